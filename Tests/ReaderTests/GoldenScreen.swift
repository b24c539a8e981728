import Foundation
import Testing

@testable import Reader

/// The golden-file format and comparison: the text rows between bars, a legend of the styles
/// used (a letter each, in order of first use), and the style of every cell as letters.
enum GoldenScreen {
  static let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

  static func encode(_ g: Grid, title: String) -> String {
    var legend: [Style: Character] = [:]
    var order: [Style] = []
    var styleRows: [String] = []
    for y in 0..<g.height {
      var row = ""
      for x in 0..<g.width {
        let st = g[x, y].style
        if legend[st] == nil {
          legend[st] = order.count < letters.count ? letters[order.count] : "?"
          order.append(st)
        }
        row.append(legend[st]!)
      }
      styleRows.append(row)
    }
    var out = ["# \(title)", "## text"]
    out += g.lines.map { "|" + $0 + "|" }
    out.append("## styles")
    for st in order { out.append("\(legend[st]!) \(describe(st))") }
    out.append("## cells")
    out += styleRows
    return out.joined(separator: "\n") + "\n"
  }

  static func describe(_ s: Style) -> String {
    func color(_ c: TermColor?) -> String {
      switch c {
      case nil: return "-"
      case .standard?: return "default"
      case .index(let i)?: return String(i)
      }
    }
    var parts = ["fg \(color(s.fg))", "bg \(color(s.bg))"]
    let names: [(Attrs, String)] = [
      (.bold, "bold"), (.dim, "dim"), (.underline, "underline"), (.italic, "italic"),
      (.reverse, "reverse"),
    ]
    for (a, n) in names where s.attrs.contains(a) { parts.append(n) }
    return parts.joined(separator: " ")
  }

  /// The first line where two encodings differ, as "line N: expected … / actual …".
  static func firstDifference(_ expected: String, _ actual: String) -> String? {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for i in 0..<max(e.count, a.count) {
      let x = i < e.count ? String(e[i]) : "(none)"
      let y = i < a.count ? String(a[i]) : "(none)"
      if x != y { return "line \(i + 1):\n  expected \(x)\n  actual   \(y)" }
    }
    return nil
  }

  /// Compares `actual` with `file`; with READER_UPDATE_GOLDEN=1 writes it when it differs.
  static func check(_ actual: String, file: URL, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let update = ProcessInfo.processInfo.environment["READER_UPDATE_GOLDEN"] == "1"
    let expected = try? String(contentsOf: file, encoding: .utf8)
    guard let diff = expected.map({ firstDifference($0, actual) }) ?? "no golden file yet" else {
      return
    }
    if update {
      try FileManager.default.createDirectory(
        at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try actual.write(to: file, atomically: true, encoding: .utf8)
      let note = "recorded \(file.lastPathComponent): look at the diff, then run again (\(diff))"
      Issue.record(Comment(rawValue: note), sourceLocation: sourceLocation)
    } else {
      let note =
        "\(file.lastPathComponent) differs: \(diff)\n(if the change is meant, regenerate with "
        + "READER_UPDATE_GOLDEN=1 swift test --filter GoldenScreenTests)"
      Issue.record(Comment(rawValue: note), sourceLocation: sourceLocation)
    }
  }
}
