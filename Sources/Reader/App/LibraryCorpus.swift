import CorpusIndex
import CorpusKit
import Foundation

/// The corpus as the browser holds it: one row per article (what the library lists) from the
/// start, and each article's body when a view needs it. From a load, every body is in memory;
/// reopened from an index with nothing changed, only the rows are, and a body is read from
/// the index when an article, compare or lookup shows it (kept in one small cache). Work over
/// every document (the overlap engine, an in-memory search) asks for `whole`, which reads
/// them all once.
final class LibraryCorpus: Sendable {
  /// One row per article, in corpus order.
  let rows: [LibraryRow]
  /// What the loader had to say (and the index's notes).
  let warnings: [LoadWarning]
  /// The stored analyses' keys when the rows came from an index (nil: compute from documents).
  let storedKeys: AnalysisKeys?
  /// Rows shown from the index before the files were checked: the check, run in the
  /// background, gives the fresh library when the corpus changed since (nil when nothing
  /// did). Nil: these rows were checked (or loaded) already.
  let check: (@Sendable () -> LibraryCorpus?)?
  /// Each id's position, made on first use (not before the first frame: 100k ids on reopen).
  private let indexByID = Locked<[String: Int]?>(nil)
  private let source: Source
  private let bodies = Locked<[Int: Document]>([:])
  private let loaded = Locked<Corpus?>(nil)
  private let loading = Locked(())

  private enum Source: Sendable {
    case memory(Corpus)
    /// Rows from `index`; `reload` reads the corpus afresh if the index cannot give a body.
    case index(CorpusIndex, IndexedRows, reload: @Sendable () -> Corpus)
  }

  /// Bodies kept at once when read from the index.
  private static let cacheLimit = 256

  /// A loaded corpus: every body in memory.
  convenience init(_ corpus: Corpus) {
    self.init(
      rows: corpus.documents.map(LibraryRow.init), warnings: corpus.warnings, keys: nil,
      source: .memory(corpus))
    loaded.withLock { $0 = corpus }
  }

  /// Rows read from `index`; `reload` reads the corpus afresh (used only if the index cannot
  /// give a body any more).
  convenience init(
    index: CorpusIndex, rows stored: IndexedRows, reload: @escaping @Sendable () -> Corpus,
    check: (@Sendable () -> LibraryCorpus?)? = nil
  ) {
    self.init(
      rows: stored.rows, warnings: stored.warnings, keys: stored.keys,
      source: .index(index, stored, reload: reload), check: check)
  }

  private init(
    rows: [LibraryRow], warnings: [LoadWarning], keys: AnalysisKeys?, source: Source,
    check: (@Sendable () -> LibraryCorpus?)? = nil
  ) {
    self.rows = rows
    self.warnings = warnings
    storedKeys = keys
    self.source = source
    self.check = check
  }

  /// The same corpus with `extra` warnings after its own (the index's notes).
  func adding(warnings extra: [LoadWarning]) -> LibraryCorpus {
    guard !extra.isEmpty else { return self }
    switch source {
    case .memory(let c):
      return LibraryCorpus(Corpus(documents: c.documents, warnings: c.warnings + extra))
    case .index:
      return LibraryCorpus(
        rows: rows, warnings: warnings + extra, keys: storedKeys, source: source, check: check)
    }
  }

  private static func positions(_ rows: [LibraryRow]) -> [String: Int] {
    var index: [String: Int] = [:]
    for (i, r) in rows.enumerated() where index[r.id] == nil { index[r.id] = i }
    return index
  }

  var count: Int { rows.count }

  /// The position of the article with this id.
  func index(of id: String) -> Int? {
    indexByID.withLock { positions in
      if positions == nil { positions = Self.positions(rows) }
      return positions![id]
    }
  }

  /// The article at position `i`, with its body.
  func document(_ i: Int) -> Document {
    if let c = loaded.value { return c.documents[i] }
    guard case .index(let index, let stored, _) = source else { return whole.documents[i] }
    if let d = bodies.withLock({ $0[i] }) { return d }
    guard let d = index.document(stored, at: i) else { return whole.documents[i] }
    bodies.withLock {
      if $0.count >= Self.cacheLimit { $0.removeAll() }
      $0[i] = d
    }
    return d
  }

  /// Every article with its body (read once from the index, or the corpus afresh when the
  /// index cannot give them).
  var whole: Corpus {
    if let c = loaded.value { return c }
    // One reader of every body at a time; `document` meanwhile still answers from the index
    // (it never waits for this lock).
    return loading.withLock { _ in
      if let c = loaded.value { return c }
      let c: Corpus
      switch source {
      case .memory(let m): c = m
      case .index(let index, let stored, let reload):
        c = Corpus(
          documents: index.documents(stored) ?? Self.matching(rows, reload().documents),
          warnings: warnings)
      }
      loaded.withLock { $0 = c }
      return c
    }
  }

  /// `documents` in the order of `rows`: an article that is gone (the corpus changed under a
  /// broken index) is shown empty rather than another in its place.
  private static func matching(_ rows: [LibraryRow], _ documents: [Document]) -> [Document] {
    var byID: [String: Document] = [:]
    for d in documents where byID[d.id] == nil { byID[d.id] = d }
    return rows.map { r in
      byID[r.id]
        ?? DocumentBuilder.restore(
          id: r.id, path: r.path, text: "", kinds: [], title: r.label, date: r.date,
          outlet: r.outlet, url: nil, format: r.format)!
    }
  }

  /// The index the rows came from (nil: loaded without one).
  var index: CorpusIndex? {
    if case .index(let i, _, _) = source { return i }
    return nil
  }
}
