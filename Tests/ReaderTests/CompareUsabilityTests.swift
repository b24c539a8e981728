import CorpusKit
import Testing

@testable import Reader

/// Issue 15's compare screen: the legend, the numbered current pair, drift per pair, wrapping.
@Suite struct CompareUsabilityTests {
  @Test(arguments: [(80, 24), (160, 45)]) func theLegendExplainsTheStylesInTheThemesWords(
    size: (Int, Int)
  ) {
    var m = Fixture.model(width: size.0, height: size.1)
    m.openCompare000()
    let g = Render.frame(m)
    let legend = Geometry(m).legend
    #expect(legend.height >= 1)
    let text = (legend.y..<legend.maxY).map { g.line($0) }.joined(separator: " ")
    #expect(text.contains("verbatim bold: copied"))
    #expect(text.contains("paraphrase italic: reworded"))
    #expect(text.contains("drift red, bold, underlined: fact changed"))
    #expect(legend.height == (size.0 < 100 ? 2 : 1))
    #expect(g.style(of: "verbatim", in: legend)?.attrs.contains(.bold) == true)
    #expect(g.style(of: "paraphrase", in: legend)?.attrs.contains(.italic) == true)
    #expect(g.style(of: "drift", in: legend) == Theme.builtin[.drift])
    // The panes end above it.
    #expect(Geometry(m).comparePanes.left.maxY == legend.y)
    m.press(.char("L"))
    #expect(Geometry(m).legendRows == 0)
    #expect(!Render.frame(m).text.contains("copied word for word"))
  }

  @Test func theLegendFollowsTheTheme() {
    let mono = Theme.builtin.monochrome()
    let lines = CompareLegend.helpLines(mono).joined(separator: "\n")
    #expect(lines.contains("underlined"))
    #expect(!lines.contains("red,") && !lines.contains("on pale"))
    #expect(CompareLegend.describe(Theme.builtin.pair(0)).contains("on pale blue"))
  }

  @Test func helpHasTheLegend() {
    var m = Fixture.model(width: 100, height: 200)
    m.openCompare000()
    m.press(.char("?"))
    let text = Render.frame(m).text
    #expect(text.contains("Compare legend (theme dark)"))
    #expect(text.contains("bold: copied word for word"))
    #expect(text.contains("red, bold, underlined: in the current pair, a number, name or date"))
  }

  @Test(arguments: [(80, 24), (160, 45), (161, 45)]) func theCurrentPairIsNumberedOnBothSides(
    size: (Int, Int)
  ) {
    var m = Fixture.model(width: size.0, height: size.1)
    m.openCompare000()
    m.press(.char("]"), .char("]"))
    let panes = Geometry(m).comparePanes
    #expect(panes.left.width == panes.right.width)
    let g = Render.frame(m)
    let rows = (panes.left.y..<panes.left.maxY).filter {
      g.line($0).contains(" 2") && g[panes.left.x - 2, $0].text == "2"
    }
    #expect(rows.count == 1)
    guard let y = rows.first else { return }
    #expect(g[panes.right.x - 2, y].text == "2")
    #expect(g[panes.left.x - 2, y].style.attrs.contains(.bold))
    #expect(g[panes.left.x - 2, y].style.bg == g[panes.right.x - 2, y].style.bg)
    // The pair starts on that row on both sides.
    let al = m.compare!.alignment.value!
    let p = al.passages[m.compare!.current!]
    let (la, lb) = m.compareLayouts(m.compare!)
    #expect(la.line(containing: p.a.lowerBound)! - m.compare!.topA == y - panes.left.y)
    #expect(lb.line(containing: p.b.lowerBound)! - m.compare!.topB == y - panes.left.y)
  }

  @Test func aReusedColourStaysApartFromTheCurrentPair() {
    var two = Theme.builtin
    two.pairs = Array(two.pairs.prefix(2))
    let al = Fixture.alignment  // three pairs: 0 and 2 share colour 0 with two colours
    let (a, _) = CompareView.pairSpans(al, theme: two, current: 0)
    let cur = a.first { $0.range == al.passages[0].a }!.style.bg
    let other = a.first { $0.range == al.passages[2].a }!.style.bg
    #expect(cur != other)
    // Without a current pair, the palette is used in turn.
    let (b, _) = CompareView.pairSpans(al, theme: two, current: nil)
    #expect(
      b.first { $0.range == al.passages[0].a }!.style.bg
        == b.first { $0.range == al.passages[2].a }!.style.bg)
  }

  @Test func identicalTextsWrapTheSameOnBothSides() {
    var m = Fixture.model(width: 161, height: 45)
    m.library.cursor = 0
    m.press(.enter, .char("c"))
    let from = m.picker!.from
    _ = m.openCompare(from, from == 0 ? 1 : 0)
    m.compare!.b = m.compare!.a
    let (la, lb) = m.compareLayouts(m.compare!)
    #expect(la.lines.map(\.range) == lb.lines.map(\.range))
  }

  @Test func bracketPastTheLastSaysItWrapped() {
    var m = Fixture.model()
    m.openCompare000()
    m.press(.char("]"))
    #expect(m.message?.hasPrefix("passage 1/3") == true)
    m.press(.char("]"), .char("]"))
    #expect(m.message?.contains("wrapped") != true)
    m.press(.char("]"))
    #expect(m.message?.hasPrefix("wrapped to the first · passage 1/3") == true)
    m.press(.char("["))
    #expect(m.message?.hasPrefix("wrapped to the last · passage 3/3") == true)
    #expect(Render.frame(m).line(m.height - 1).contains("wrapped to the last"))
  }

  @Test func countsReadAsEnglish() {
    #expect(English.count(1, "passage") == "1 passage")
    #expect(English.count(2, "passage") == "2 passages")
    #expect(English.count(1, "match", "matches") == "1 match")
    #expect(Model.searchMessage("war", 1) == "1 match for “war”")
    #expect(Model.searchMessage("war", 3) == "3 matches for “war”")
    var c = CompareState(a: 0, b: 1)
    var al = Fixture.alignment
    al.passages = [al.passages[0]]
    c.alignment = .ready(al)
    #expect(CompareView.coverageLines(c, "000", "001").0.contains("1 passage · ] next"))
    c.only = .verbatim
    #expect(CompareView.coverageLines(c, "000", "001").0.contains("1 verbatim passage · ] next"))
  }

  @Test func driftIsMarkedOnlyInTheCurrentPairAndListedInFull() {
    let al = Fixture.alignment
    let withDrift = al.passages.firstIndex { !$0.drift.isEmpty }!
    let other = al.passages.indices.first { $0 != withDrift }!
    let drift = al.passages[withDrift].drift[0].a!
    let t = Theme.builtin
    #expect(!CompareView.pairSpans(al, theme: t, current: other).0.contains { $0.range == drift })
    #expect(
      CompareView.pairSpans(al, theme: t, current: withDrift).0.contains { $0.range == drift })
    #expect(
      CompareView.pairSpans(al, theme: t, current: nil, allDrift: true).0.contains {
        $0.range == drift
      })
    var m = Fixture.model(width: 80, height: 24)
    m.openCompare000()
    m.press(.char("d"))
    #expect(m.message == "no current pair: ] picks one")
    while m.compare!.current != withDrift { m.press(.char("]")) }
    #expect(Model.describe(al.passages[withDrift], index: 1, of: 3).hasSuffix("(d lists)"))
    m.press(.char("d"))
    #expect(m.compare!.showDriftList)
    let g = Render.frame(m)
    #expect(g.text.contains("Drift in passage \(withDrift + 1) (paraphrase 0.70)"))
    #expect(g.text.contains("number: 000 “30” → 001 “(dropped)”"))
    #expect(g.style(of: "number: 000")?.fg == t[.drift].fg)
    m.press(.char("q"))
    #expect(m.screen == .compare && !m.compare!.showDriftList)
    m.press(.char("D"))
    #expect(m.compare!.allDrift)
    m.press(.char("]"))
    m.press(.char("d"))
    #expect(m.message == "no drift in this pair: its numbers, names and dates agree")
  }

  @Test func theCompareSidebarMarksWhatBothReportsShare() {
    var m = Fixture.model()
    m.openCompare000()
    m.press(.char("e"))
    #expect(m.focus == .sidebar)
    let idx = Fixture.entities
    let a = Set(idx.mentions(inDocument: m.corpus.rows[m.compare!.a].id).map(\.entityID))
    let b = Set(idx.mentions(inDocument: m.corpus.rows[m.compare!.b].id).map(\.entityID))
    for id in a.union(b) {
      let want: CompareSide = a.contains(id) ? (b.contains(id) ? .both : .left) : .right
      #expect(m.sidebar.sides[id] == want, "\(id)")
    }
    let g = Render.frame(m)
    #expect(g.text.contains("= both, < 000, > 001"))
    if let both = a.intersection(b).first {
      let row = g.row(of: both)!
      #expect(g.line(row).contains("= "))
      m.press(.char("="))
      #expect(m.selectedEntity.map { a.contains($0) && b.contains($0) } == true)
      #expect(m.message?.hasSuffix(": in both") == true)
    }
    m.press(.char("<"))
    if a.subtracting(b).isEmpty {
      #expect(m.message == "nothing only on the left")
    } else {
      #expect(m.selectedEntity.map { a.contains($0) && !b.contains($0) } == true)
    }
  }
}
