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
    for id in m.corpus.documents.map(\.id) { #expect(g.text.contains(id)) }
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
    let id = m.corpus.documents[m.article!.doc].id
    #expect(Render.frame(m).text.contains("id \(id)"))
  }
}
