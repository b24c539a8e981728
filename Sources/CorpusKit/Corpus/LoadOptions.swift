import Foundation

/// Limits the loader applies to every file.
public struct LoadOptions: Sendable, Equatable {
  /// Files larger than this many bytes are skipped with a warning (a single huge file would
  /// otherwise hold the whole corpus's memory). The CLI's `--max-file-size` sets it.
  public var maxFileSize: Int

  /// 32 MB: far above any article, low enough that one stray dump cannot eat the machine.
  public static let defaultMaxFileSize = 32 * 1024 * 1024

  /// Options with the given file size limit (the default unless the user set one).
  public init(maxFileSize: Int = LoadOptions.defaultMaxFileSize) {
    self.maxFileSize = maxFileSize
  }

  /// A byte count as people read it: "32 MB", "1.5 MB", "512 KB", "900 bytes".
  public static func describe(bytes: Int) -> String {
    func figure(_ v: Double) -> String {
      let r = (v * 10).rounded() / 10
      return r == r.rounded() ? String(Int(r)) : String(r)
    }
    if bytes >= 1 << 30 { return figure(Double(bytes) / Double(1 << 30)) + " GB" }
    if bytes >= 1 << 20 { return figure(Double(bytes) / Double(1 << 20)) + " MB" }
    if bytes >= 1 << 10 { return figure(Double(bytes) / Double(1 << 10)) + " KB" }
    return "\(bytes) bytes"
  }

  /// Parses a size as `--max-file-size` takes it: bytes, or a number with K, M or G (powers of
  /// 1024, an optional trailing B, any case): "32M", "500k", "1.5GB", "1048576".
  public static func parseSize(_ text: String) -> Int? {
    var s = text.trimmingCharacters(in: .whitespaces).uppercased()
    if s.hasSuffix("B"), s.count > 1 { s.removeLast() }
    var unit = 1.0
    switch s.last {
    case "K"?: unit = 1024
    case "M"?: unit = 1024 * 1024
    case "G"?: unit = 1024 * 1024 * 1024
    default: break
    }
    if unit > 1 { s.removeLast() }
    guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
      let v = Double(s), v.isFinite, v > 0
    else { return nil }
    let bytes = v * unit
    guard bytes < Double(Int.max / 2) else { return nil }
    return Int(bytes.rounded())
  }
}
