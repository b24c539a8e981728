import Testing

@_spi(Bench) @testable import CorpusKit
@testable import Reader

@Suite struct GridTests {
  @Test func wideCharactersTakeTwoCellsAndKeepColumns() {
    var g = Grid(width: 20, height: 2)
    let end = g.text("中文📰 “q”—é", x: 0, y: 0, style: .plain)
    // 中 文 📰 = 6 columns, space, “ q ” — = 4, e + combining acute = 1.
    #expect(end == 6 + 1 + 4 + 1)
    #expect(g[0, 0].width == 2 && g[1, 0].isContinuation)
    #expect(g.line(0).hasPrefix("中文📰 “q”—é"))
    #expect(g[11, 0].text == "e\u{301}")
  }

  @Test func aWideCharacterThatDoesNotFitIsNotHalfDrawn() {
    var g = Grid(width: 5, height: 1)
    let end = g.text("abcd中", x: 0, y: 0, style: .plain)
    #expect(end == 4)
    #expect(g.line(0) == "abcd ")
  }

  @Test func clippingEndsInAnEllipsisAndRespectsWidth() {
    #expect(TextWidth.clip("中文中文中文", 7) == "中文中…")
    #expect(TextWidth.of(TextWidth.clip("中文中文中文", 7)) <= 7)
    #expect(TextWidth.clip("short", 10) == "short")
  }

  @Test func controlsAndTabsAreSanitised() {
    #expect(TextWidth.visible("\t") == " ")
    #expect(TextWidth.visible("\u{1}") == "\u{2401}")
    var g = Grid(width: 6, height: 1)
    g.text("a\u{FE0F}b", x: 0, y: 0, style: .plain)
    #expect(g.line(0) == "ab    ")
  }

  /// The browser shares the CLI's stand-ins (TerminalSafeText): ESC, DEL and C1 are symbols,
  /// and a bidi override takes a cell of its own instead of joining the previous one unseen.
  @Test func escapesAndBidiControlsAreShownNotSent() {
    var g = Grid(width: 12, height: 1)
    g.text("a\u{1B}]0;\u{7F}\u{9B}\u{202E}b\u{2066}", x: 0, y: 0, style: .plain)
    #expect(g.line(0) == "a␛]0;␡\u{FFFD}\u{FFFD}b\u{FFFD}  ")
  }

  @Test func changesListOnlyTheDifferentCells() {
    var a = Grid(width: 10, height: 3)
    a.text("hello", x: 0, y: 0, style: .plain)
    var b = a
    b.text("J", x: 0, y: 0, style: .plain)
    b.text("x", x: 9, y: 2, style: Style(attrs: .bold))
    let c = b.changes(from: a)
    #expect(c.count == 2)
    #expect(b.changes(from: nil).count == 30)
  }
}

@Suite struct TextLayoutTests {
  func widths(_ d: Document, _ l: TextLayout) -> [Int] {
    l.lines.map { line in line.range.reduce(0) { $0 + TextWidth.of(d.text.scalars[$1]) } }
  }

  @Test(arguments: [20, 37, 80, 100]) func noLineIsWiderThanTheColumn(width: Int) {
    for d in Fixture.sample.documents {
      let l = TextLayout(document: d, width: width, showFurniture: true)
      #expect(widths(d, l).allSatisfy { $0 <= width })
    }
  }

  @Test func wideTextWrapsByColumns() {
    let text = "标题\n\n中文新闻报道中文新闻报道中文新闻报道 “quoted” — emoji 📰📰📰 and e\u{301}te\u{301}.\n"
    let c = Corpus(raw: [RawDocument(id: "cjk", path: "cjk.txt", text: text)])
    let d = c.documents[0]
    let l = TextLayout(document: d, width: 11, showFurniture: true)
    #expect(widths(d, l).allSatisfy { $0 <= 11 })
    // Every scalar of the shown paragraphs is on some line, once.
    var covered = 0
    for line in l.lines {
      covered += line.range.filter { !TextLayout.isSeparator(d.text.scalars[$0]) }.count
    }
    let expected = d.paragraphs.reduce(0) {
      $0 + $1.range.filter { !TextLayout.isSeparator(d.text.scalars[$0]) }.count
    }
    #expect(covered == expected)
    var g = Grid(width: 11, height: l.lines.count)
    TextPane.draw(
      d, l, top: 0, in: Rect(x: 0, y: 0, width: 11, height: l.lines.count), spans: [],
      theme: .builtin, into: &g)
    #expect(g.text.contains("中文新闻报"))
  }

  @Test func lineContainingFindsOffsets() {
    let d = Fixture.doc("001")
    let l = TextLayout(document: d, width: 60, showFurniture: false)
    let r = Fixture.range(of: "Golovchenko", in: d)
    let i = l.line(containing: r.lowerBound)!
    #expect(l.lines[i].range.contains(r.lowerBound))
    // Hidden text (furniture) maps to the nearest line after it, or the last line.
    #expect(l.line(containing: d.text.count - 1) == l.lines.count - 1)
  }

  @Test func furnitureIsHiddenUnlessAsked() {
    let d = Fixture.doc("001")
    let hidden = TextLayout(document: d, width: 80, showFurniture: false)
    let shown = TextLayout(document: d, width: 80, showFurniture: true)
    #expect(hidden.lines.allSatisfy { $0.kind == nil || $0.kind!.isArticleText })
    #expect(shown.lines.contains { $0.kind != nil && !$0.kind!.isArticleText })
  }
}
