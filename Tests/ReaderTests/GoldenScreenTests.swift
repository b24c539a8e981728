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
