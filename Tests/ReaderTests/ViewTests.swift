import Foundation
import Testing

@_spi(Bench) @testable import CorpusKit
@testable import Reader

@Suite struct LibraryViewTests {
  @Test(arguments: [(80, 24), (160, 45)]) func libraryLayout(size: (Int, Int)) {
    let m = Fixture.model(width: size.0, height: size.1)
    let g = Render.frame(m)
    #expect(g.width == size.0 && g.height == size.1)
    #expect(g.line(0).contains("Reader · sample · 5 articles"))
    #expect(g.line(1).contains("ID") && g.line(1).contains("DATE") && g.line(1).contains("TITLE"))
    // One row per article, in corpus order, each fitting the width.
    for (i, d) in Fixture.sample.documents.enumerated() {
      #expect(g.line(2 + i).hasPrefix(" " + d.id.prefix(3)))
    }
    #expect(g.line(size.1 - 1).contains("LIBRARY"))
    #expect(g.lines.allSatisfy { TextWidth.of($0) == size.0 })
  }

  @Test func duplicateMarkNamesTheSource() {
    let g = Render.frame(Fixture.model())
    let row = g.row(of: " 000 ")!
    #expect(g.line(row).contains("rewrite of 001"))
    #expect(g.style(of: "rewrite of 001")?.fg == Theme.builtin[.mark].fg)
  }

  @Test func withoutTheReportTheTitleBarSaysSo() {
    var m = Fixture.model(analyses: false)
    #expect(Render.frame(m).line(0).contains("overlaps: computing…"))
    _ = m.update(.duplicatesReady(DuplicateReport(pairs: [], clusters: [], repeats: [])))
    _ = m.update(.entitiesFailed(Fixture.noModel))
    let top = Render.frame(m).line(0)
    #expect(top.contains("overlaps: none found"))
    #expect(top.contains("entities: unavailable — Entities/Model"))
    #expect(!Render.frame(m).text.contains("rewrite of"))
  }

  @Test func sortByTitleAndFilterByText() {
    var m = Fixture.model()
    m.press(.char("s"), .char("s"))  // corpus → date → title
    #expect(m.library.sort == .title)
    let titles = m.library.rows.map { m.entries[$0].title.lowercased() }
    #expect(titles == titles.sorted())
    m.press(.char("/"))
    for c in "moscow" { m.press(.char(c)) }
    m.press(.enter)
    #expect(m.library.rows.map { m.entries[$0].shortID } == ["004"])
    #expect(Render.frame(m).line(m.height - 1).contains("filter “moscow”"))
    m.press(.char("F"))
    #expect(m.library.rows.count == 5)
  }

  @Test func sortBySimilarityPutsThePairFirst() {
    var m = Fixture.model()
    m.library.sort = .date
    m.press(.char("s"))
    #expect(m.library.sort == .title)
    m.press(.char("s"))
    #expect(m.library.sort == .similarity)
    #expect(Set(m.library.rows.prefix(2).map { m.entries[$0].shortID }) == ["000", "001"])
  }

  @Test func emptyCorpusIsAFriendlyScreen() {
    var m = Model(corpus: Corpus(documents: []), corpusLabel: "empty-folder", width: 80, height: 24)
    let g = Render.frame(m)
    #expect(g.text.contains("No articles here yet."))
    #expect(g.text.contains("empty-folder"))
    for k: Key in [
      .enter, .char("j"), .char("c"), .char("e"), .tab, .char("/"), .escape, .char("G"), .char("s"),
    ] { m.press(k) }
    _ = Render.frame(m)
    #expect(!m.quit)
    m.press(.escape)
    m.press(.char("q"))
    #expect(m.quit)
  }
}

@Suite struct ArticleViewTests {
  func openArticle(_ prefix: String, _ m: inout Model) {
    m.library.cursor = m.library.rows.firstIndex { m.entries[$0].shortID == prefix }!
    m.press(.enter)
  }

  @Test func headingsAreStyledAndFurnitureToggles() {
    var m = Fixture.model()
    openArticle("004", &m)
    #expect(m.screen == .article)
    let d = m.corpus.document(m.article!.doc)
    let heading = d.paragraphs.first { $0.kind == .heading }
    var g = Render.frame(m)
    if let heading {
      let words = d.slice(heading.range).split(separator: " ").prefix(2).joined(separator: " ")
      m.article!.top = m.articleLayout(m.article!).line(containing: heading.range.lowerBound)!
      g = Render.frame(m)
      #expect(g.style(of: words)?.attrs.contains(.bold) == true)
    }
    let furniture = d.paragraphs.first { !$0.kind.isArticleText && $0.range.count > 12 }!
    let snippet = String(d.slice(furniture.range).prefix(12))
    m.article!.top = 0
    #expect(!Render.frame(m).text.contains(snippet))
    m.press(.char("a"))
    m.press(.char("g"))
    var seen = false
    for _ in 0..<20 {
      let f = Render.frame(m)
      if f.text.contains(snippet) {
        #expect(f.style(of: snippet) == Theme.builtin[.furniture])
        seen = true
        break
      }
      m.press(.pageDown)
    }
    #expect(seen)
  }

  @Test func entitiesAreColouredByType() {
    var m = Fixture.model()
    openArticle("000", &m)
    let g = Render.frame(m)
    #expect(g.style(of: "Lukashenko")?.fg == Theme.builtin[.entityPER].fg)
    #expect(g.style(of: "Minsk")?.fg == Theme.builtin[.entityLOC].fg)
  }

  @Test func searchFindsAndStepsThroughMatches() {
    var m = Fixture.model(width: 80, height: 24)
    openArticle("004", &m)
    m.press(.char("/"))
    for c in "lukashenko" { m.press(.char(c)) }
    #expect(Render.frame(m).line(23).contains("search: lukashenko"))
    m.press(.enter)
    let s = m.article!.search!
    #expect(s.matches.count >= 3)
    #expect(s.current == 0)
    m.press(.char("n"), .char("n"))
    #expect(m.article!.search!.current == 2)
    m.press(.char("N"))
    #expect(m.article!.search!.current == 1)
    let g = Render.frame(m)
    #expect(g.line(23).contains("match 2/"))
    // The current match is on screen, highlighted.
    let d = m.corpus.document(m.article!.doc)
    let r = s.matches[1]
    let layout = m.articleLayout(m.article!)
    let line = layout.line(containing: r.lowerBound)!
    #expect(line >= m.article!.top && line < m.article!.top + Geometry(m).articleText.height)
    #expect(d.slice(r).lowercased() == "lukashenko")
    #expect(g.style(of: "Lukashenko")?.bg == Theme.builtin[.search].bg)
  }

  @Test func paragraphJumpsAndClosestCompare() {
    var m = Fixture.model()
    openArticle("004", &m)
    m.press(.char("}"))
    let lines = m.articleLayout(m.article!).lines
    #expect(m.article!.top > 0 && lines[m.article!.top - 1].kind == nil)
    let first = m.article!.top
    m.press(.char("}"), .char("{"))
    #expect(m.article!.top == first)
    m.press(.char("{"))
    #expect(m.article!.top == 0)
    // o: 004's closest article in the report is 002.
    let effects = m.press(.char("o"))
    #expect(m.screen == .compare && m.entries[m.compare!.b].shortID == "002")
    #expect(effects == [.align(m.compare!.a, m.compare!.b)])
    m.press(.char("q"))
    openArticle("003", &m)
    m.press(.char("q"))
    m.library.cursor = 3
    m.press(.enter, .char("o"))
    #expect(m.screen == .article && m.message!.contains("no other article"))
  }

  @Test func qGoesBackAndEscNeverQuits() {
    var m = Fixture.model()
    openArticle("001", &m)
    m.press(.escape)
    #expect(m.screen == .library && !m.quit)
    m.press(.escape, .escape)
    #expect(!m.quit)
    openArticle("001", &m)
    m.press(.char("q"))
    #expect(m.screen == .library && !m.quit)
    m.press(.char("q"))
    #expect(m.quit)
  }

  @Test func unknownKeysAreIgnored() {
    var m = Fixture.model()
    let before = Render.frame(m).lines
    for k: Key in [.char("z"), .char("%"), .char("中"), .unknown, .delete, .ctrl("y"), .char("@")] {
      m.press(k)
    }
    #expect(Render.frame(m).lines == before)
    #expect(!m.quit)
  }

  @Test func quitFromAnywhere() {
    var m = Fixture.model()
    openArticle("001", &m)
    m.press(.char("Q"))
    #expect(m.quit)
    var n = Fixture.model()
    n.press(.ctrl("c"))
    #expect(n.quit)
  }
}

@Suite struct CompareViewTests {
  @Test func pickerRanksBySimilarity() {
    var m = Fixture.model()
    m.library.cursor = 0
    m.press(.char("c"))
    #expect(m.screen == .picker)
    #expect(m.entries[m.picker!.candidates[0].doc].shortID == "001")
    #expect(Render.frame(m).text.contains("0.71"))
  }

  @Test(arguments: [(80, 24), (160, 45)]) func pairsShareAColourOnBothSides(size: (Int, Int)) {
    var m = Fixture.model(width: size.0, height: size.1)
    m.openCompare000()
    #expect(m.screen == .compare)
    let g = Render.frame(m)
    #expect(g.text.contains("62% of 000 found in 001"))
    #expect(g.text.contains("80% of 001 found in 000"))
    let div = Geometry(m).comparePanes.divider
    for y in 1..<Geometry(m).legend.y { #expect(g[div, y].text == "│") }
    // Passage 1 (verbatim) is drawn in pair colour 0 on both sides, bold.
    let left = Geometry(m).comparePanes.left
    let right = Geometry(m).comparePanes.right
    var leftStyles: [Style] = []
    var rightStyles: [Style] = []
    for y in left.y..<left.maxY {
      for x in left.x..<left.maxX where g[x, y].style.bg == Theme.builtin.pairs[0].bg {
        leftStyles.append(g[x, y].style)
      }
      for x in right.x..<right.maxX where g[x, y].style.bg == Theme.builtin.pairs[0].bg {
        rightStyles.append(g[x, y].style)
      }
    }
    #expect(!leftStyles.isEmpty && !rightStyles.isEmpty)
    #expect(leftStyles.allSatisfy { $0.attrs.contains(.bold) })
  }

  @Test func verbatimParaphraseAndDriftLookDifferent() {
    let t = Theme.builtin
    let (a, b) = CompareView.pairSpans(
      Fixture.alignment, theme: t, current: nil, allDrift: true)
    let kinds = Fixture.alignment.passages.map(\.kind)
    let v = kinds.firstIndex(of: .verbatim)!
    let p = kinds.firstIndex(of: .paraphrase)!
    #expect(Set(a.map(\.range)).isSuperset(of: Fixture.alignment.passages.map(\.a)))
    let spanOf = { (i: Int) in a.first { $0.range == Fixture.alignment.passages[i].a }!.style }
    #expect(spanOf(v).attrs.contains(.bold) && !spanOf(v).attrs.contains(.italic))
    #expect(spanOf(p).attrs.contains(.italic))
    #expect(spanOf(v).bg != spanOf(p).bg)
    let drift = a.last!
    #expect(drift.range == Fixture.alignment.passages.first { !$0.drift.isEmpty }!.drift[0].a)
    #expect(drift.style == t[.drift] && drift.style.attrs.contains(.underline))
    #expect(b.count == Fixture.alignment.passages.count)  // the dropped fact has no B side
    // In monochrome the kinds still differ.
    let mono = t.monochrome()
    let (ma, _) = CompareView.pairSpans(Fixture.alignment, theme: mono, current: nil)
    #expect(ma.allSatisfy { $0.style.fg == nil && $0.style.bg == nil })
    let monoOf = { (i: Int) in ma.first { $0.range == Fixture.alignment.passages[i].a }!.style }
    #expect(monoOf(v).attrs != monoOf(p).attrs)
  }

  @Test func aNestedPassageKeepsItsColourOnBothSides() {
    let a = Fixture.doc("000")
    let b = Fixture.doc("001")
    let inner = Passage(
      a: Fixture.range(of: "Li Qiang", in: a), b: Fixture.range(of: "Li Qiang", in: b),
      kind: .verbatim, score: 1)
    let outerA = Fixture.range(of: "Chinese Premier Li Qiang visited", in: a)
    let outerB = Fixture.range(of: "Chinese Premier Li Qiang visited", in: b)
    let outer = Passage(
      a: outerA.lowerBound..<(outerA.upperBound + 30),
      b: outerB.lowerBound..<(outerB.upperBound + 30), kind: .paraphrase,
      score: 0.7,
      drift: [
        Drift(
          a: Fixture.range(of: "Li Qiang", in: a), b: nil, aText: "Li", bText: nil, category: .name
        )
      ])
    let al = Alignment(a: a.id, b: b.id, coverageA: 0.1, coverageB: 0.1, passages: [outer, inner])
    let (sa, sb) = CompareView.pairSpans(al, theme: .builtin, current: nil, allDrift: true)
    func style(at offset: Int, _ spans: [Span]) -> Style {
      spans.filter { $0.range.contains(offset) }.reduce(Style()) { $0.merged($1.style) }
    }
    #expect(style(at: inner.a.lowerBound, sa).bg == Theme.builtin.pair(1).bg)
    #expect(style(at: inner.b.lowerBound, sb).bg == Theme.builtin.pair(1).bg)
    #expect(style(at: inner.a.lowerBound, sa).fg == Theme.builtin[.drift].fg)  // drift on top
    #expect(style(at: outer.b.upperBound - 1, sb).bg == Theme.builtin.pair(0).bg)
  }

  @Test func theCurrentPairShowsItsColourWhereSeveralPairsShareOneSide() {
    // One sentence of B restated twice in A: both pairs cover the same B range.
    let a = Fixture.doc("000")
    let b = Fixture.doc("001")
    let shared = Fixture.range(of: "Chinese Premier Li Qiang visited", in: b)
    let first = Passage(
      a: Fixture.range(of: "Chinese Premier Li Qiang visited", in: a), b: shared, kind: .verbatim,
      score: 1)
    let second = Passage(
      a: Fixture.range(of: "Belarus", in: a), b: shared, kind: .paraphrase, score: 0.6)
    let al = Alignment(a: a.id, b: b.id, coverageA: 0.1, coverageB: 0.1, passages: [first, second])
    func style(at offset: Int, _ spans: [Span]) -> Style {
      spans.filter { $0.range.contains(offset) }.reduce(Style()) { $0.merged($1.style) }
    }
    for current in [0, 1] {
      let (sa, sb) = CompareView.pairSpans(al, theme: .builtin, current: current)
      let p = al.passages[current]
      #expect(style(at: p.a.lowerBound, sa).bg == Theme.builtin.pair(current).bg)
      #expect(style(at: shared.lowerBound, sb).bg == Theme.builtin.pair(current).bg)
      #expect(style(at: shared.lowerBound, sb).attrs.contains(.underline))
    }
  }

  @Test(arguments: [(80, 24), (160, 45)]) func bracketsLineThePairsUpOnOneRow(size: (Int, Int)) {
    var m = Fixture.model(width: size.0, height: size.1)
    m.openCompare000()
    let panes = Geometry(m).comparePanes
    for step in 0..<Fixture.alignment.passages.count * 2 {
      m.press(.char("]"))
      let cur = m.compare!.current!
      #expect(cur == step % Fixture.alignment.passages.count)
      let p = Fixture.alignment.passages[cur]
      let (la, lb) = m.compareLayouts(m.compare!)
      let rowA = la.line(containing: p.a.lowerBound)! - m.compare!.topA
      let rowB = lb.line(containing: p.b.lowerBound)! - m.compare!.topB
      #expect(rowA == rowB)
      #expect(rowA >= 0 && rowA < panes.left.height)
      let g = Render.frame(m)
      // The row shows pair colour on both sides.
      let y = panes.left.y + rowA
      let st = Theme.builtin.pair(cur).bg
      #expect((panes.left.x..<panes.left.maxX).contains { g[$0, y].style.bg == st })
      #expect((panes.right.x..<panes.right.maxX).contains { g[$0, y].style.bg == st })
    }
    m.press(.char("["))
    #expect(m.compare!.current == Fixture.alignment.passages.count - 2)
    // The status line explains the pair, drift included.
    let withDrift = Fixture.alignment.passages.firstIndex { !$0.drift.isEmpty }!
    while m.compare!.current != withDrift { m.press(.char("]")) }
    #expect(Render.frame(m).line(size.1 - 1).contains("paraphrase 0.70"))
    #expect(m.message!.contains("drift: 30 → (dropped)"))
  }

  @Test func theSidebarKeepsThePairLinedUpAndTheArticleInPlace() {
    var m = Fixture.model(width: 160, height: 45)
    m.openCompare000()
    m.press(.char("]"), .char("]"), .char("]"))
    for _ in 0..<2 {  // open, then close the sidebar: the panes re-wrap either way
      m.press(.char("e"))
      let p = Fixture.alignment.passages[m.compare!.current!]
      let (la, lb) = m.compareLayouts(m.compare!)
      #expect(
        la.line(containing: p.a.lowerBound)! - m.compare!.topA
          == lb.line(containing: p.b.lowerBound)! - m.compare!.topB)
    }
    // An article at 80 columns keeps its top paragraph when the sidebar narrows it.
    var a = Fixture.model(width: 120, height: 30)
    a.press(.enter, .char("j"), .char("j"), .char("j"), .char("j"), .char("j"))
    let before = a.topOffset(a.article!)
    a.press(.char("e"))
    #expect(Geometry(a).sidebar != nil)
    let layout = a.articleLayout(a.article!)
    let top = layout.lines[a.article!.top].range
    #expect(top.lowerBound <= before && before <= top.upperBound + 1)
  }

  @Test func vShowsOneKindOfPassage() {
    var m = Fixture.model()
    m.openCompare000()
    m.press(.char("v"))
    #expect(m.compare!.only == .verbatim)
    let verbatim = Fixture.alignment.passages.indices.filter {
      Fixture.alignment.passages[$0].kind == .verbatim
    }
    m.press(.char("]"))
    #expect(m.compare!.current == verbatim[0])
    m.press(.char("]"))
    #expect(m.compare!.current == verbatim[0])  // the only verbatim pair
    let g = Render.frame(m)
    #expect(g.text.contains("passage 1/\(verbatim.count) verbatim"))
    // Paraphrases are not drawn.
    let para = Fixture.alignment.passages.first { $0.kind == .paraphrase }!
    let (a, _) = CompareView.pairSpans(
      Fixture.alignment, theme: .builtin, current: nil, only: .verbatim)
    #expect(!a.contains { $0.range == para.a })
    m.press(.char("v"))
    #expect(m.compare!.only == .paraphrase && m.compare!.current == nil)
    m.press(.char("v"))
    #expect(m.compare!.only == nil)
  }

  /// `+` raises the confidence threshold (less reliable passages hidden, the header says how
  /// many), `-` lowers it; stepping with `]` skips hidden passages.
  @Test func plusAndMinusChangeTheConfidenceThreshold() {
    var m = Fixture.model()
    m.openCompare000()
    var al = Fixture.alignment
    for k in al.passages.indices { al.passages[k].confidence = [0.95, 0.6, 0.3][k % 3] }
    _ = m.update(.alignmentReady(al))
    let low = al.passages.filter { $0.confidence < Alignment.defaultMinConfidence }.count
    #expect(low == 1)
    #expect(m.compare!.shown(al).count == al.passages.count - low)
    #expect(Render.frame(m).text.contains("\(low) hidden"))
    m.press(.char("-"))
    #expect(m.compare!.minConfidence < 0.3)
    #expect(m.compare!.shown(al).count == al.passages.count)
    #expect(!Render.frame(m).text.contains("hidden below"))
    m.press(.char("+"), .char("+"))
    #expect(m.compare!.minConfidence == 0.75)
    let shown = m.compare!.shown(al)
    #expect(shown.count == 1 && al.passages[shown[0]].confidence == 0.95)
    m.press(.char("]"))
    #expect(m.compare!.current == shown[0])
    m.press(.char("]"))
    #expect(m.compare!.current == shown[0])
    let (spansA, _) = CompareView.pairSpans(
      al, theme: .builtin, current: nil, minConfidence: m.compare!.minConfidence)
    let hiddenPassage = al.passages.first { $0.confidence == 0.3 }!
    #expect(!spansA.contains { $0.range == hiddenPassage.a })
    #expect(Render.frame(m).text.contains("2 hidden"))
  }

  @Test func scrollTogetherThenIndependently() {
    var m = Fixture.model()
    m.openCompare000()
    m.press(.char("j"), .char("j"))
    #expect(m.compare!.topA == 2 && m.compare!.topB == 2)
    m.press(.char("s"))
    #expect(!m.compare!.locked)
    m.press(.tab)
    #expect(m.focus == .other)
    m.press(.char("j"))
    #expect(m.compare!.topA == 2 && m.compare!.topB == 3)
    m.press(.tab, .char("k"))
    #expect(m.focus == .main || m.focus == .sidebar)
  }

  @Test func narrowCompareDropsTheSidebarFirst() {
    var m = Fixture.model(width: 80, height: 24)
    m.openCompare000()
    m.press(.char("e"))
    #expect(Geometry(m).sidebar == nil && m.focus == .main)
    #expect(m.message == "sidebar needs 103 cols (have 80); e hides it")
    _ = m.update(.resize(width: 160, height: 45))
    #expect(Geometry(m).sidebar != nil)
    m.press(.tab, .tab)
    #expect(m.focus == .sidebar)
    _ = m.update(.resize(width: 90, height: 30))
    #expect(m.focus == .main)
    m.press(.char("j"))
    #expect(m.compare!.topA == 1)
  }

  @Test func swapKeepsPairsTogether() {
    var m = Fixture.model()
    m.openCompare000()
    m.press(.char("x"))
    let c = m.compare!
    #expect(m.entries[c.a].shortID == "001")
    #expect(Render.frame(m).text.contains("80% of 001 found in 000"))
    guard case .ready(let al) = c.alignment else {
      Issue.record("no alignment")
      return
    }
    #expect(Set(al.passages.map(\.a)) == Set(Fixture.alignment.passages.map(\.b)))
  }

  @Test func noPassagesIsSaidPlainly() {
    var m = Fixture.model()
    m.openCompare000()
    _ = m.update(
      .alignmentReady(
        Alignment(
          a: m.corpus.rows[m.compare!.a].id, b: m.corpus.rows[m.compare!.b].id,
          coverageA: 0, coverageB: 0, passages: [])))
    let g = Render.frame(m)
    #expect(g.text.contains("overlaps: none found"))
    m.press(.char("]"))
    #expect(Render.frame(m).line(m.height - 1).contains("none found"))
  }

  @Test func alignmentPendingIsShown() {
    var m = Fixture.model()
    m.library.cursor = 0
    m.press(.char("c"), .enter)
    #expect(Render.frame(m).text.contains("overlaps: aligning…"))
  }
}

@Suite struct SidebarAndLookupTests {
  func openArticle(_ prefix: String, _ m: inout Model) {
    m.library.cursor = m.library.rows.firstIndex { m.entries[$0].shortID == prefix }!
    m.press(.enter)
  }

  @Test func sidebarGroupsByTypeWithCounts() {
    var m = Fixture.model()
    openArticle("000", &m)
    m.press(.char("e"))
    #expect(m.focus == .sidebar)
    let g = Render.frame(m)
    let text = g.text
    #expect(text.contains("Entities · 000"))
    #expect(text.contains("People (PER) · 2"))
    #expect(text.contains("Places (LOC) · 2"))
    let per = g.row(of: "People (PER)")!
    let loc = g.row(of: "Places (LOC)")!
    let luka = g.row(of: "Alexander Lukashenko")!
    #expect(per < luka && luka < loc)
    let count = Fixture.entities.entity(id: "Alexander Lukashenko")!.countsByDocument[
      m.corpus.rows[m.article!.doc].id]!
    #expect(g.line(luka).hasSuffix(" \(count) ") || g.line(luka).contains(" \(count)"))
  }

  @Test func captionOnlyEntitiesComeLastAndCreditsAndRelativeDatesStayOut() {
    var m = Fixture.model()
    let doc = m.corpus.document(m.corpus.rows.firstIndex { $0.id.hasPrefix("001") }!)
    func mention(_ id: String, _ type: EntityType, _ region: MentionRegion, value: String? = nil)
      -> EntityMention
    {
      EntityMention(
        doc: doc.id, range: 0..<3, text: id, type: type, entityID: id, region: region,
        value: value)
    }
    func entity(_ ms: [EntityMention]) -> Entity {
      Entity(id: ms[0].entityID, type: ms[0].type, aliases: [ms[0].entityID], mentions: ms)
    }
    let index = EntityIndex(entities: [
      entity([mention("Minsk", .location, .text), mention("Minsk", .location, .caption)]),
      entity([mention("Tiananmen Square", .location, .caption)]),
      entity([mention("Getty Images", .organization, .credit)]),
      entity([mention("last week", .date, .text)]),
      entity([mention("28 Feb 2023", .date, .caption, value: "2023-02-28")]),
    ])
    _ = m.update(.entitiesReady(index))
    openArticle("001", &m)
    m.press(.char("e"))
    let g = Render.frame(m)
    let places = g.row(of: "Places (LOC) · 1")!
    let minsk = g.row(of: "Minsk")!
    let captions = g.row(of: "Only in captions · 2")!
    let square = g.row(of: "Tiananmen Square")!
    let feb = g.row(of: "28 Feb 2023")!
    #expect(places < minsk && minsk < captions && captions < square && square < feb)
    #expect(g.row(of: "last week") != nil)
    #expect(g.row(of: "Getty Images") == nil)
    // On the library (the corpus-wide list), the relative date is gone too.
    var lib = Fixture.model()
    _ = lib.update(.entitiesReady(index))
    lib.press(.char("e"))
    let library = Render.frame(lib)
    #expect(library.text.contains("Entities · corpus"))
    #expect(library.row(of: "last week") == nil)
    #expect(library.row(of: "Tiananmen Square") != nil)
  }

  @Test func cursorHighlightsTheMentions() {
    var m = Fixture.model()
    openArticle("000", &m)
    m.press(.char("e"))
    #expect(m.selectedEntity == "Alexander Lukashenko")
    let text = Geometry(m).articleText
    var g = Render.frame(m)
    #expect(g.style(of: "Lukashenko", in: text)?.bg == Theme.builtin[.highlight].bg)
    m.press(.char("j"))
    #expect(m.selectedEntity == "Li Qiang")
    g = Render.frame(m)
    #expect(g.style(of: "Li Qiang", in: text)?.bg == Theme.builtin[.highlight].bg)
    #expect(g.style(of: "Lukashenko", in: text)?.bg == nil)
    // Tab back to the text: no highlight, entity colour again.
    m.press(.tab)
    #expect(m.focus == .main)
    #expect(Render.frame(m).style(of: "Li Qiang", in: text)?.fg == Theme.builtin[.entityPER].fg)
  }

  @Test func lookupListsMentionsByArticleAndJumps() {
    var m = Fixture.model()
    openArticle("000", &m)
    m.press(.char("e"), .enter)
    #expect(m.screen == .lookup)
    let g = Render.frame(m)
    let e = Fixture.entities.entity(id: "Alexander Lukashenko")!
    let docs = Set(e.mentions.map(\.doc))
    #expect(g.text.contains("\(e.mentions.count) mentions in \(docs.count) articles"))
    for d in docs { #expect(g.text.contains(Model.shortIDs([d])[0] + " · ")) }
    #expect(g.text.contains("Mentioned with"))
    #expect(
      g.text.contains("Entities · corpus") && g.text.contains("Shanghai Cooperation Organization"))
    // KWIC: the mention sits in the same column on every mention row.
    let cols = (0..<g.height).compactMap { y -> Int? in
      guard g.line(y).hasPrefix("   "), let x = g.column(of: "Lukashenko", row: y) else {
        return nil
      }
      return x
    }
    #expect(cols.count >= 3 && Set(cols).count == 1)
    // Enter jumps to the mention in its article.
    let target = m.lookup!.rows[m.lookup!.cursor]
    m.press(.enter)
    #expect(m.screen == .article)
    guard case .mention(let doc, let range) = target else {
      Issue.record("not a mention")
      return
    }
    #expect(m.article!.doc == doc && m.article!.mark == range)
    #expect(
      Render.frame(m).style(of: "Lukashenko", in: Geometry(m).articleText)?.bg
        == Theme.builtin[.highlight].bg)
    m.press(.char("q"))
    #expect(m.screen == .lookup)
  }

  @Test func fFiltersTheLibrary() {
    var m = Fixture.model()
    openArticle("000", &m)
    m.press(.char("e"), .enter, .char("f"))
    #expect(m.screen == .library)
    let expected = Set(Fixture.entities.entity(id: "Alexander Lukashenko")!.mentions.map(\.doc))
    #expect(Set(m.library.rows.map { m.corpus.rows[$0].id }) == expected)
    #expect(Render.frame(m).line(m.height - 1).contains("mention Alexander Lukashenko"))
    m.press(.escape)
    #expect(m.library.rows.count == 5 && !m.quit)
  }

  @Test func libraryFilterByEntityFromTheCorpusSidebar() {
    var m = Fixture.model()
    m.press(.char("f"))
    #expect(m.sidebar.visible && m.focus == .sidebar)
    #expect(Render.frame(m).text.contains("Entities · corpus"))
    while m.selectedEntity != "Li Qiang" { m.press(.char("j")) }
    m.press(.char("f"))
    #expect(m.library.rows.map { m.entries[$0].shortID } == ["000", "001", "003"])
  }

  @Test func sidebarFiltersByNameAndType() {
    var m = Fixture.model()
    m.press(.char("e"), .char("/"))
    for c in "LI" { m.press(.char(c)) }
    #expect(Render.frame(m).line(m.height - 1).contains("entity: LI"))
    let ids = m.sidebar.items.compactMap { item -> String? in
      if case .entity(let id, _, _) = item { return id }
      return nil
    }
    #expect(ids == ["Li Qiang"])
    m.press(.escape)  // cancels: the filter typed so far goes
    #expect(m.sidebar.nameFilter.isEmpty && m.sidebar.items.count > 3)
    m.press(.char("t"))
    #expect(m.sidebar.typeFilter == .person)
    #expect(Render.frame(m).text.contains("Entities · corpus · PER"))
    #expect(
      m.sidebar.items.allSatisfy {
        if case .entity(_, let t, _) = $0 { return t == .person }
        return $0 == .header(.person, 2)
      })
    m.press(.char("t"), .char("t"))
    #expect(m.sidebar.typeFilter == .location)
    m.press(.char("/"), .char("m"), .enter)
    #expect(m.sidebar.nameFilter == "m" && m.selectedEntity == "Minsk")
  }

  @Test func libraryFilterEscRestoresThePreviousFilter() {
    var m = Fixture.model()
    m.press(.char("/"), .char("m"), .char("o"), .enter)
    #expect(m.library.textFilter == "mo")
    m.press(.char("/"), .char("x"))
    #expect(m.library.rows.isEmpty)
    m.press(.escape)
    #expect(m.library.textFilter == "mo" && !m.library.rows.isEmpty)
  }

  @Test func entitiesUnavailableIsShownInTheSidebar() {
    var m = Fixture.model(analyses: false)
    _ = m.update(.entitiesFailed(Fixture.noModel))
    openArticle("000", &m)
    m.press(.char("e"))
    let g = Render.frame(m)
    #expect(g.text.contains("entities: unavailable"))
    m.press(.enter, .char("j"), .char("f"))
    #expect(m.screen == .article)
  }
}

@Suite struct ScreenTests {
  @Test func helpListsEveryBindingFromTheTable() {
    var m = Fixture.model(width: 100, height: 200)
    m.press(.char("?"))
    let text = Render.frame(m).text
    for b in KeyMap.bindings {
      #expect(text.contains(b.help), "help is missing: \(b.help)")
    }
    m.press(.escape)
    #expect(!m.showHelp && !m.quit)
  }

  @Test func docsKeyTableMatchesTheKeyMap() throws {
    let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("docs/tui.md")
    let text = try String(contentsOf: docs, encoding: .utf8)
    for b in KeyMap.bindings {
      let row = "| " + b.keys.map { "`\($0.label)`" }.joined(separator: " ") + " | \(b.help) |"
      #expect(text.contains(row), "docs/tui.md lacks: \(row)")
    }
  }

  @Test func readmeKeyRowsAreRowsOfTheDocsTable() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let docs = try String(contentsOf: root.appendingPathComponent("docs/tui.md"), encoding: .utf8)
    let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    let rows = readme.split(separator: "\n").filter { $0.hasPrefix("| `") && $0.contains("` |") }
      .filter { !$0.contains("reader") }
    #expect(rows.count >= 10, "README has no key table")
    for row in rows { #expect(docs.contains(row), "README key row not in docs/tui.md: \(row)") }
  }

  @Test func everyActionOfTheTableHasKeysAndText() {
    for b in KeyMap.bindings { #expect(!b.keys.isEmpty && !b.help.isEmpty) }
    // The issue's fixed keys.
    let fixed: [(Key, KeyContext)] = [
      (.char("c"), .article), (.char("]"), .compare), (.char("["), .compare),
      (.char("e"), .global), (.tab, .global), (.char("?"), .global), (.char("q"), .global),
      (.char("Q"), .global),
      (.char("/"), .article), (.char("n"), .article), (.char("N"), .article), (.char("T"), .global),
      (.char("f"), .lookup),
    ]
    for (k, c) in fixed { #expect(KeyMap.action(for: k, in: [c]) != nil, "\(k) in \(c)") }
  }

  @Test func tooSmallAndBack() {
    var m = Fixture.model()
    m.press(.enter)
    _ = m.update(.resize(width: 30, height: 8))
    let g = Render.frame(m)
    #expect(g.text.contains("terminal too small"))
    #expect(g.text.contains("have 30×8"))
    m.press(.char("j"), .char("q"), .escape)
    #expect(!m.quit && m.screen == .article)
    _ = m.update(.resize(width: 120, height: 30))
    let h = Render.frame(m)
    #expect(!h.text.contains("too small"))
    #expect(h.line(29).contains("ARTICLE"))
  }

  @Test func resizeRelaysOutAndKeepsThePlace() {
    var m = Fixture.model(width: 160, height: 45)
    m.library.cursor = 3
    m.press(.enter, .char("j"), .char("j"), .char("j"), .char("j"))
    let before = m.topOffset(m.article!)
    _ = m.update(.resize(width: 80, height: 24))
    let after = m.topOffset(m.article!)
    let g = Render.frame(m)
    #expect(g.width == 80 && g.lines.allSatisfy { TextWidth.of($0) == 80 })
    // The paragraph text that was at the top is still on the first text row.
    let layout = m.articleLayout(m.article!)
    #expect(layout.lines[m.article!.top].range.contains(before) || abs(after - before) < 120)
  }

  @Test func themeCycles() {
    var m = Model(
      corpus: Fixture.sample, corpusLabel: "sample", width: 80, height: 24,
      themes: ThemeLoader.loadAll(environment: [:]).themes)
    #expect(m.theme.name == "dark")
    m.press(.char("T"))
    #expect(m.theme.name == "light")
    #expect(Render.frame(m).line(23).contains("theme: light"))
    #expect(Render.frame(m)[0, 0].style.bg == m.theme[.titleBar].bg)
    m.press(.char("T"), .char("T"), .char("T"))
    #expect(m.theme.name == "dark")
  }
}

@Suite struct HostileInputTests {
  @Test func rangesPastTheTextDoNotCrash() {
    let d = Fixture.doc("000")
    let n = d.text.count
    var m = Fixture.model()
    let bogus = Entity(
      id: "Bogus", type: .misc, aliases: ["Bogus"],
      mentions: [
        EntityMention(
          doc: d.id, range: (n - 2)..<(n + 50), text: "x", type: .misc, entityID: "Bogus"),
        EntityMention(
          doc: d.id, range: (n + 10)..<(n + 20), text: "y", type: .misc, entityID: "Bogus"),
      ])
    _ = m.update(.entitiesReady(EntityIndex(entities: [bogus])))
    m.library.cursor = 0
    m.press(.enter, .char("e"))
    _ = Render.frame(m)
    m.press(.enter)
    #expect(m.screen == .lookup)
    _ = Render.frame(m)
    m.press(.enter)
    _ = Render.frame(m)
    m.press(.char("q"), .char("q"), .char("c"), .enter)
    _ = m.update(
      .alignmentReady(
        Alignment(
          a: m.corpus.rows[m.compare!.a].id, b: m.corpus.rows[m.compare!.b].id,
          coverageA: 2, coverageB: -1,
          passages: [
            Passage(
              a: (n - 5)..<(n + 100), b: 0..<999_999, kind: .verbatim, score: 1,
              drift: [
                Drift(a: (n + 1)..<(n + 3), b: nil, aText: nil, bText: nil, category: .number)
              ])
          ])))
    m.press(.char("]"), .char("j"), .char("G"), .char("x"), .char("["))
    let g = Render.frame(m)
    #expect(g.text.contains("200% of") || g.text.contains("found in"))
  }
}
