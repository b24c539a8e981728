import Foundation

/// Finds the bundled sample corpus wherever the binary runs from.
enum SampleCorpus {
  static let folder = "Sample"

  /// The sample folder: `READER_SAMPLE`, the SwiftPM resource bundle next to the executable,
  /// an installed share folder, or the source tree the binary was built from.
  static func locate() -> String? {
    let fm = FileManager.default
    var candidates: [String] = []
    if let env = ProcessInfo.processInfo.environment["READER_SAMPLE"], !env.isEmpty {
      candidates.append(env)
    }
    let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    let dir = exe.deletingLastPathComponent().path
    let ownDir = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
      .deletingLastPathComponent().path
    for d in [dir, ownDir] {
      candidates.append("\(d)/Reader_Reader.resources/\(folder)")
      candidates.append("\(d)/reader_Reader.resources/\(folder)")
      candidates.append("\(d)/../share/reader/\(folder)")
    }
    let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
    candidates.append(source.appendingPathComponent("Resources/\(folder)").path)
    var isDir: ObjCBool = false
    return candidates.first { fm.fileExists(atPath: $0, isDirectory: &isDir) && isDir.boolValue }
  }
}
