import CorpusKit
import Testing

@testable import Reader

/// Issue 15's library: whole ids, empty columns hidden, the partner's title on demand.
@Suite struct LibraryUsabilityTests {
  /// A corpus of long ids, no dates or outlets, and a long mark.
  static func longIDs() -> Model {
    let raw = (0..<4).map { i in
      RawDocument(
        id: "entertainment-04\(i)", path: "entertainment-04\(i).txt",
        text: "Title number \(i) of a rather long headline that goes on and on\n\n"
          + "The body text of article \(i) is here, long enough to be an article.")
    }
    let corpus = Corpus(raw: raw)
    var m = Model(corpus: corpus, corpusLabel: "long", width: 80, height: 24)
    let ids = corpus.documents.map(\.id)
    _ = m.update(
      .duplicatesReady(
        DuplicateReport(
          pairs: [
            DocumentPair(
              a: ids[0], b: ids[1], similarity: 0.9, sharedA: 0.9, sharedB: 0.9,
              relation: .sharedPassages, derived: nil)
          ], clusters: [], repeats: [])))
    return m
  }
}

extension LibraryUsabilityTests {
  @Test(arguments: [80, 100, 160]) func idsAndMarksAreWholeAndEmptyColumnsHidden(width: Int) {
    var m = LibraryUsabilityTests.longIDs()
    _ = m.update(.resize(width: width, height: 24))
    let g = Render.frame(m)
    let header = g.line(1)
    #expect(!header.contains("DATE") && !header.contains("OUTLET"))
    #expect(header.contains("OVERLAP"))
    for id in m.corpus.rows.map(\.id) { #expect(g.text.contains(id)) }
    #expect(g.text.contains("shares with entertainment-041"))
    #expect(g.text.contains("shares with entertainment-040"))
    // The picker shows whole ids too.
    m.press(.char("c"))
    #expect(Render.frame(m).text.contains("entertainment-041"))
  }

  @Test func theSampleKeepsItsDateAndOutletColumns() {
    let g = Render.frame(Fixture.model())
    #expect(g.line(1).contains("DATE") && g.line(1).contains("OUTLET"))
  }

  @Test func pGivesThePartnersTitle() {
    var m = LibraryUsabilityTests.longIDs()
    m.press(.char("p"))
    #expect(m.message == "entertainment-040 shares with entertainment-041: “\(m.entries[1].title)”")
    m.press(.char("j"), .char("j"), .char("p"))
    #expect(m.message == "entertainment-042: no overlap found")
  }

  @Test func theArticleGivesTheFullIDWhenTheLibraryShortensIt() {
    var m = Fixture.model()
    m.press(.enter)
    let id = m.corpus.rows[m.article!.doc].id
    #expect(Render.frame(m).text.contains("id \(id)"))
  }
}

extension LibraryUsabilityTests {
  @Test func sortByDateSaysWhenThereAreNoDates() {
    var m = LibraryUsabilityTests.longIDs()
    m.press(.char("s"))
    #expect(m.library.sort == .date)
    #expect(m.message == "library sorted by date: no dates in this corpus (corpus order)")
    var s = Fixture.model()
    s.press(.char("s"))
    #expect(s.message == "library sorted by date")
  }

  @Test func sortBySimilarityPutsCopiesTogether() {
    // Six articles: a cluster {1, 4, 5} and a pair 0–3 outside clusters; 2 overlaps nothing.
    let raw = (0..<6).map { i in
      RawDocument(
        id: "doc-\(i)", path: "doc-\(i).txt",
        text: "Headline \(i)\n\nArticle \(i) has a body of its own that is long enough.")
    }
    let c = Corpus(raw: raw)
    var m = Model(corpus: c, corpusLabel: "six", width: 160, height: 45)
    let id = c.documents.map(\.id)
    func pair(_ a: Int, _ b: Int, _ s: Double, _ r: Relation) -> DocumentPair {
      DocumentPair(
        a: id[a], b: id[b], similarity: s, sharedA: s, sharedB: s, relation: r,
        derived: r == .sharedPassages ? nil : id[b])
    }
    _ = m.update(
      .duplicatesReady(
        DuplicateReport(
          pairs: [
            pair(0, 3, 0.95, .sharedPassages), pair(1, 4, 0.9, .duplicate),
            pair(4, 5, 0.8, .rewrite),
          ], clusters: [[id[1], id[4], id[5]]], repeats: [])))
    m.library.sort = .title
    m.press(.char("s"))
    #expect(m.library.sort == .similarity)
    #expect(m.library.rows == [1, 4, 5, 0, 3, 2])
    #expect(m.message == "library sorted by similarity: copies together, closest groups first")
  }
}

extension LibraryUsabilityTests {
  @Test func aFilterThatMatchesNothingSaysSo() {
    var m = Fixture.model()
    m.press(.char("/"), .char("z"), .char("q"), .char("x"), .enter)
    #expect(m.library.rows.isEmpty)
    #expect(m.message == "no article matches “zqx” (F clears the filters)")
    #expect(Render.frame(m).line(m.height - 1).contains("no article matches “zqx”"))
    m.press(.char("F"), .char("e"), .char("/"), .char("z"), .char("q"), .enter)
    #expect(m.message == "no entity matches “zq” (/ then ^U clears)")
  }

  @Test func helpOpensAtTheSectionOfTheScreen() {
    var m = Fixture.model(width: 100, height: 24)
    m.openCompare000()
    m.press(.char("?"))
    #expect(Render.frame(m).line(1).contains("Compare"))
    m.press(.escape, .char("q"), .char("q"))  // back to the library
    #expect(m.screen == .library)
    m.press(.char("?"))
    #expect(Render.frame(m).line(1).contains("Library"))
    m.press(.escape, .char("e"), .char("?"))  // the sidebar has the focus
    #expect(Render.frame(m).line(1).contains("Entity sidebar"))
  }
}

/// Issue 9, item 6: a same-story pair is marked as such in the library and the compare
/// picker, apart from copies, and the compare view draws no pair for it.
extension LibraryUsabilityTests {
  static func sameStory() -> Model {
    let raw = (0..<3).map { i in
      RawDocument(
        id: "world-00\(i)", path: "world-00\(i).txt",
        text: "Headline \(i)\n\nThe body text of article \(i) is here, long enough to be one.")
    }
    let corpus = Corpus(raw: raw)
    var m = Model(corpus: corpus, corpusLabel: "story", width: 120, height: 30)
    _ = m.update(
      .duplicatesReady(
        DuplicateReport(
          pairs: [], clusters: [], repeats: [],
          sameStory: [
            DocumentPair(
              a: "world-000", b: "world-002", similarity: 0.62, sharedA: 0, sharedB: 0,
              relation: .sameStory, derived: nil)
          ])))
    return m
  }

  @Test func aSameStoryPairIsMarkedAndPickedButDrawsNoPair() {
    var m = Self.sameStory()
    let g = Render.frame(m)
    #expect(g.text.contains("same story as world-002"))
    #expect(g.text.contains("same story as world-000"))
    #expect(!g.text.contains("world-001  same story"))
    // The picker lists the partner first, with its relation.
    m.press(.char("c"))
    #expect(m.picker?.candidates.first?.doc == 2)
    #expect(m.picker?.candidates.first?.relation == .sameStory)
    #expect(Render.frame(m).text.contains("same-story"))
    _ = m.openCompare(0, 2)
    #expect(m.compare?.sameStory == true)
    _ = m.update(
      .alignmentReady(
        Alignment(a: "world-000", b: "world-002", coverageA: 0, coverageB: 0, passages: [])))
    #expect(Render.frame(m).text.contains("same story: one event in other words, no text copied"))
    _ = m.openCompare(0, 1)
    #expect(m.compare?.sameStory == false)
  }
}
