import Foundation

/// Paths to the project's sample and to ../shared (present in CI, absent in a user's clone).
enum SharedData {
  /// The package root: three levels above this file.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
  static let sample = root.appendingPathComponent("Sources/Reader/Resources/Sample").path

  static func path(_ relative: String) -> String { shared.appendingPathComponent(relative).path }
  static func exists(_ relative: String) -> Bool {
    FileManager.default.fileExists(atPath: path(relative))
  }
}
