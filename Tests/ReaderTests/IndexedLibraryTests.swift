import CorpusIndex
import CorpusKit
import Foundation
import Testing

@testable import Reader

/// The browser reopened from the index's rows (no article body read until one is shown) looks
/// exactly as after a fresh load: the library with its marks, an article, a comparison.
@Suite(.serialized) struct IndexedLibraryTests {
  @Test func aReopenedLibraryShowsWhatAFreshLoadShows() throws {
    let copy = try SampleCopy("reopen")
    defer { copy.remove() }
    let (dir, corpus) = (copy.dir, copy.corpus)
    let choice = IndexChoice(path: dir + "/index.sqlite")
    func open() throws -> LibraryCorpus {
      try IndexedOpen.open(
        corpus, isSample: false, options: LoadOptions(), choice: choice, note: { _ in })
    }
    let indexFor: @Sendable () -> CorpusIndex? = {
      IndexedOpen.index(for: corpus, isSample: false, choice: choice, note: { _ in })
    }
    // The first start loads, computes the analyses and stores them.
    let first = try open()
    #expect(first.index == nil)
    var m0 = Model(library: first, corpusLabel: "c", width: 160, height: 45)
    let w0 = Analyses(library: first, index: indexFor)
    w0.start()
    drain(w0, into: &m0, until: analysesLanded)

    let reopened = try open()
    #expect(reopened.index != nil, "nothing changed: rows from the index")
    var m = Model(library: reopened, corpusLabel: "c", width: 160, height: 45)
    var f = Model(
      corpus: try CorpusLoader.load(corpus), corpusLabel: "c", width: 160, height: 45)
    #expect(reopened.rows == f.corpus.rows)
    #expect(Render.frame(m).text == Render.frame(f).text)
    let wm = Analyses(library: reopened, index: indexFor)
    let wf = Analyses(corpus: f.corpus.whole)
    wm.start()
    wf.start()
    drain(wm, into: &m, until: analysesLanded)
    drain(wf, into: &f, until: analysesLanded)
    #expect(m.duplicates.value?.pairs.isEmpty == false, "the sample has copies to mark")
    #expect(m.marks == f.marks)
    #expect(Render.frame(m).text == Render.frame(f).text)
    // The entities: read lazily when reopened (mentions decoded when asked), and the same
    // sidebar, lookups and library filter as the index recognised afresh.
    #expect(m.entities.value?.holdsMentions == false && f.entities.value?.holdsMentions == true)
    m.toggleSidebar()
    f.toggleSidebar()
    #expect(m.sidebar.items.count > 3 && m.sidebar.items == f.sidebar.items)
    #expect(Render.frame(m).text == Render.frame(f).text)
    let ids = f.sidebar.items.compactMap { item -> String? in
      if case .entity(let id, _, _) = item { return id }
      return nil
    }
    for id in ids.prefix(6) {
      m.openLookup(id)
      f.openLookup(id)
      #expect(m.screen == .lookup)
      #expect(Render.frame(m).text == Render.frame(f).text)
      m.filterByEntity()
      f.filterByEntity()
      #expect(m.library.rows == f.library.rows && !m.library.rows.isEmpty)
      #expect(Render.frame(m).text == Render.frame(f).text)
      m.clearFilters()
      f.clearFilters()
    }
    m.toggleSidebar()
    f.toggleSidebar()
    // Each article, opened from the library, reads the same.
    for i in 0..<m.corpus.count {
      m.library.cursor = i
      f.library.cursor = i
      m.press(.enter)
      f.press(.enter)
      #expect(m.screen == .article)
      #expect(Render.frame(m).text == Render.frame(f).text)
      m.press(.char("q"))
      f.press(.char("q"))
    }
    // A comparison: the picker, then both panes with their alignment.
    m.library.cursor = 0
    f.library.cursor = 0
    m.press(.char("c"))
    f.press(.char("c"))
    #expect(Render.frame(m).text == Render.frame(f).text)
    let em = m.press(.enter)
    let ef = f.press(.enter)
    #expect(em == ef && em.count == 1)
    wm.run(em[0])
    wf.run(ef[0])
    drain(wm, into: &m) { $0.compare?.alignment.value != nil }
    drain(wf, into: &f) { $0.compare?.alignment.value != nil }
    #expect(m.screen == .compare)
    #expect(Render.frame(m).text == Render.frame(f).text)
  }
}
