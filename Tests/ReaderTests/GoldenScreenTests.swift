import CorpusKit
import Foundation
import Testing

@testable import Reader

/// Whole screens (every cell's text and style) compared with files in Tests/GoldenScreens,
/// so layout drift that `contains` checks miss shows up as a diff.
///
/// Regenerate after a deliberate change with
/// `READER_UPDATE_GOLDEN=1 swift test --filter GoldenScreenTests`: a screen that changed (or
/// had no file) is written and its test fails once, so a new baseline is always looked at.
@Suite struct GoldenScreenTests {
  /// A screen to keep: its name and how to get there from the library.
  struct Screen: Sendable, CustomStringConvertible {
    var name: String
    var keys: [Key]
    var description: String { name }
  }

  static let screens: [Screen] = [
    Screen(name: "library", keys: []),
    Screen(name: "article", keys: [.enter]),
    Screen(name: "compare", keys: [.enter, .char("c"), .enter, .char("]")]),
    Screen(name: "sidebar", keys: [.enter, .char("e")]),
    Screen(name: "lookup", keys: [.enter, .char("e"), .enter]),
    Screen(name: "help", keys: [.char("?")]),
  ]

  static let sizes = [(80, 24), (160, 45)]

  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("GoldenScreens")

  /// The screen after its keys, on the sample with the fixture's analyses and the built-in theme.
  static func render(_ s: Screen, width: Int, height: Int) -> Grid {
    var m = Fixture.model(width: width, height: height)
    for k in s.keys {
      if case .align = m.handle(k).first {
        _ = m.update(.alignmentReady(Fixture.alignment))
      }
    }
    return Render.frame(m)
  }

  @Test(arguments: screens)
  func screenMatchesItsGoldenFile(_ s: Screen) throws {
    for (w, h) in Self.sizes {
      let name = "\(s.name)-\(w)x\(h).txt"
      let actual = GoldenScreen.encode(
        Self.render(s, width: w, height: h), title: "\(s.name) \(w)×\(h)")
      try GoldenScreen.check(actual, file: Self.folder.appendingPathComponent(name))
    }
  }

  @Test func everyGoldenFileBelongsToAScreen() throws {
    let expected = Set(
      Self.screens.flatMap { s in Self.sizes.map { "\(s.name)-\($0.0)x\($0.1).txt" } })
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
    #expect(Set(files.filter { $0.hasSuffix(".txt") }) == expected)
  }

  @Test func theEncodingShowsTextAndStyleChanges() {
    var a = Grid(width: 6, height: 2)
    a.text("ab中", x: 0, y: 0, style: .plain)
    var b = a
    b.restyle(Rect(x: 1, y: 0, width: 1, height: 1)) { $0.merged(Style(attrs: .bold)) }
    let ea = GoldenScreen.encode(a, title: "t")
    let eb = GoldenScreen.encode(b, title: "t")
    #expect(ea.contains("|ab中  |"), "a wide character takes two columns")
    #expect(ea != eb, "a style change alone changes the encoding")
    #expect(eb.contains("B fg - bg - bold"))
    #expect(GoldenScreen.firstDifference(ea, eb) != nil)
    #expect(GoldenScreen.firstDifference(ea, ea) == nil)
  }
}

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
