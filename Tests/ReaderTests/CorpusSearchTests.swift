import CorpusIndex
import CorpusKit
import Foundation
import Testing

@testable import Reader

/// `*` in the library: a corpus-wide search listing articles with a highlighted snippet; Enter
/// opens the article at its first match and `n` / `N` step through the rest (issue 12).
@Suite struct CorpusSearchTests {
  @Test func starSearchesTheCorpusAndEnterOpensAtTheMatch() throws {
    var m = Fixture.model()
    var effects = m.press(.char("*"))
    #expect(m.prompt?.kind == .corpusSearch)
    for c in "Belarus" { effects = m.press(.char(c)) }
    effects = m.press(.enter)
    #expect(effects == [.searchCorpus("Belarus")])
    // The search itself (no index for the sample: every document's text).
    let found = CorpusSearch.hits("Belarus", corpus: m.corpus, index: nil)
    #expect(!found.isEmpty)
    for h in found {
      let d = m.corpus.document(h.doc)
      #expect(!h.matches.isEmpty)
      for r in h.matches { #expect(Normalizer.fold(d.slice(r)) == Normalizer.fold("Belarus")) }
    }
    _ = m.update(.corpusSearchReady("Belarus", found))
    #expect(m.screen == .hits)
    let frame = Render.frame(m)
    let first = m.entries[found[0].doc].shortID
    #expect(frame.row(of: first) != nil)
    #expect(frame.style(of: "Belarus")?.merged(.plain) != frame.style(of: first))
    m.press(.enter)
    #expect(m.screen == .article)
    let a = try #require(m.article)
    #expect(a.doc == found[0].doc)
    #expect(a.search?.current == 0)
    if found[0].matches.count > 1 {
      m.press(.char("n"))
      #expect(m.article?.search?.current == 1)
      m.press(.char("N"))
      #expect(m.article?.search?.current == 0)
    }
    m.press(.char("q"))
    #expect(m.screen == .hits)
  }

  @Test func theIndexAnswersLikeReaderSearch() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "reader-tui-search-\(UUID().uuidString)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try FileManager.default.createDirectory(atPath: dir + "/c", withIntermediateDirectories: true)
    try "Ferry strike\n\nFerry crews struck at the harbour of Dover.\n".write(
      toFile: dir + "/c/a.txt", atomically: true, encoding: .utf8)
    try "Harbour reopens\n\nThe café by the harbour reopened.\n".write(
      toFile: dir + "/c/b.txt", atomically: true, encoding: .utf8)
    let index = try CorpusIndex.open(at: dir + "/i.sqlite")
    let corpus = try index.load(dir + "/c").corpus
    let hits = CorpusSearch.hits("cafe harbour", corpus: corpus, index: index)
    #expect(hits.map { corpus.documents[$0.doc].id } == ["b"])
    #expect(hits[0].matches == (try index.search("cafe harbour")).first?.matches)
  }

  @Test func noMatchSaysSo() {
    var m = Fixture.model()
    _ = m.update(.corpusSearchReady("zzzz", []))
    #expect(m.screen == .hits)
    #expect(m.message == "no article matches “zzzz”")
    #expect(Render.frame(m).row(of: "No article matches.") != nil)
  }
}
