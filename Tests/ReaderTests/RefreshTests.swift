import CorpusIndex
import CorpusKit
import Foundation
import Testing

@testable import Reader

/// The browser draws the library from the index's stored rows before checking the files, then
/// checks them in the background: when the corpus changed, the fresh library replaces the
/// stored one and ends exactly as a fresh load shows it.
@Suite(.serialized) struct RefreshTests {
  @Test func aCorpusChangedSinceIndexingShowsStoredRowsThenTheFreshLibrary() throws {
    let copy = try SampleCopy("refresh")
    defer { copy.remove() }
    let (dir, corpus, names) = (copy.dir, copy.corpus, copy.names)
    try #require(names.count >= 3)
    let choice = IndexChoice(path: dir + "/index.sqlite")
    func open() throws -> LibraryCorpus {
      try IndexedOpen.openStored(
        corpus, isSample: false, options: LoadOptions(), choice: choice, note: { _ in })
    }
    let make: @Sendable (LibraryCorpus) -> Analyses = { library in
      Analyses(library: library) {
        IndexedOpen.index(for: corpus, isSample: false, choice: choice, note: { _ in })
      }
    }
    // The first start loads and indexes (nothing stored yet: no check to run).
    let first = try open()
    #expect(first.check == nil)
    var m0 = Model(library: first, corpusLabel: "c", width: 160, height: 45)
    let w0 = RefreshingWork(library: first, make: make)
    w0.start()
    drain(w0, into: &m0, until: analysesLanded)

    // Unchanged: the stored rows, and the check finds nothing.
    let same = try open()
    #expect(same.rows == first.rows)
    let sameCheck = try #require(same.check)
    let unchanged = sameCheck() == nil
    #expect(unchanged, "nothing changed: no refresh")

    // The corpus gains a file, loses one and one changes.
    let text = try String(contentsOfFile: corpus + "/" + names[1], encoding: .utf8)
    // A word more in the first body sentence: a different label and count in the library.
    let edited = text.replacingOccurrences(of: " agreed ", with: " formally agreed ")
    try #require(edited != text)
    try edited.write(
      toFile: corpus + "/" + names[1], atomically: true, encoding: .utf8)
    try FileManager.default.removeItem(atPath: corpus + "/" + names[0])
    try "A New Story\n\nSomething happened in a town after the index was written.\n".write(
      toFile: corpus + "/zz-added.txt", atomically: true, encoding: .utf8)

    let stored = try open()
    #expect(stored.rows == first.rows, "the first frame shows the stored rows, unchecked")
    #expect(stored.check != nil)
    var m = Model(library: stored, corpusLabel: "c", width: 160, height: 45)
    let cursorID = stored.rows[2].id
    m.library.cursor = try #require(m.library.rows.firstIndex(of: 2))
    let work = RefreshingWork(library: stored, make: make)
    work.start()
    // An effect the model of the stored rows asks for after the fresh library is posted, but
    // before the model took it, is dropped: its positions are the old library's.
    let posted = Date().addingTimeInterval(60)
    while !work.refreshWaiting, Date() < posted { usleep(2000) }
    try #require(work.refreshWaiting)
    work.run(.align(0, 1))
    var seen: [Action] = []
    drain(work, into: &m, seen: &seen, until: { $0.corpus !== stored && analysesLanded($0) })
    let later = Date().addingTimeInterval(5)
    while Date() < later {
      seen += work.take()
      usleep(20000)
    }
    #expect(!seen.contains { if case .alignmentReady = $0 { true } else { false } })
    #expect(m.corpus !== stored, "the check replaced the library")
    #expect(m.message?.hasPrefix("library refreshed") == true)
    #expect(m.message?.contains("1 new") == true)
    #expect(m.message?.contains("1 gone") == true)
    #expect(m.message?.contains("1 changed") == true)
    #expect(m.corpus.rows[m.library.rows[m.library.cursor]].id == cursorID, "same article")

    var f = Model(
      corpus: try CorpusLoader.load(corpus), corpusLabel: "c", width: 160, height: 45)
    let wf = Analyses(corpus: f.corpus.whole)
    wf.start()
    drain(wf, into: &f, until: analysesLanded)
    #expect(m.corpus.rows == f.corpus.rows)
    #expect(m.corpus.warnings == f.corpus.warnings)
    #expect(m.marks == f.marks)
    f.library.cursor = m.library.cursor
    f.refreshLibrary()
    m.message = nil
    #expect(Render.frame(m).text == Render.frame(f).text)
    for i in 0..<m.corpus.count {
      #expect(m.corpus.document(i).text == f.corpus.document(i).text)
    }
  }
  /// The check waits for the analyses, at most `checkWait` s: it runs once, and when it runs
  /// before `checkWait` both analyses have posted.
  @Test func theCheckRunsOnceAfterTheAnalysesLanded() throws {
    let corpus = try CorpusLoader.load(try #require(SampleCorpus.locate()))
    let analyses = Analyses(corpus: corpus)
    let start = Date()
    let runs = Locked<[(after: Double, posted: Int)]>([])
    RefreshingWork.start(analyses) {
      let posted = analyses.take().count
      runs.withLock { $0.append((Date().timeIntervalSince(start), posted)) }
    }
    let end = Date().addingTimeInterval(60)
    while runs.value.isEmpty, Date() < end { usleep(5000) }
    usleep(UInt32(RefreshingWork.checkWait * 1_500_000))
    let seen = runs.value
    try #require(seen.count == 1, "the check runs once")
    #expect(seen[0].posted == 2 || seen[0].after >= RefreshingWork.checkWait)
  }

  /// A name that is not UTF-8 gives a warning from the folder listing, which the index does
  /// not store: the check finds the same articles and only the status line says so.
  @Test func onlyTheListingsWarningsNewLeavesTheLibraryInPlace() throws {
    let copy = try SampleCopy("refresh")
    defer { copy.remove() }
    let (dir, corpus) = (copy.dir, copy.corpus)
    let bad = Array((corpus + "/bad-").utf8) + [0xFF] + Array(".txt".utf8) + [0]
    let fd = bad.withUnsafeBufferPointer {
      $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
    }
    try #require(fd >= 0)
    close(fd)
    let choice = IndexChoice(path: dir + "/index.sqlite")
    func openLibrary() throws -> LibraryCorpus {
      try IndexedOpen.openStored(
        corpus, isSample: false, options: LoadOptions(), choice: choice, note: { _ in })
    }
    let first = try openLibrary()
    #expect(first.warnings.isEmpty == false, "the listing warns about the name")
    let stored = try openLibrary()
    #expect(stored.rows == first.rows)
    let check = try #require(stored.check)
    let fresh = try #require(check(), "the listing's warning was not stored")
    #expect(fresh.warnings == first.warnings)
    var m = Model(library: stored, corpusLabel: "c", width: 160, height: 45)
    m.library.cursor = 2
    _ = m.update(.libraryRefreshed(fresh))
    #expect(m.corpus === stored, "the same articles: the library stays")
    #expect(m.library.cursor == 2)
    #expect(m.message == BrowseCommand.warningsMessage(first.warnings))
  }
}
