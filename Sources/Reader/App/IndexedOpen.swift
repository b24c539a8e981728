import CorpusIndex
import CorpusKit
import Foundation

/// `--index PATH` / `--no-index`: which on-disk index a command uses.
struct IndexChoice: Sendable, Equatable {
  var path: String?
  var disabled = false
}

/// Opens a corpus through its on-disk index (CorpusIndex), or without one: with `--no-index`,
/// for the bundled sample (unless `--index` names a file), and when no index can be used (the
/// note says why). The index never lives inside the corpus.
enum IndexedOpen {
  /// The index for the corpus at `path`, or nil (with a note when one was wanted but cannot
  /// be used).
  static func index(
    for path: String, isSample: Bool, choice: IndexChoice, note: (String) -> Void
  ) -> CorpusIndex? {
    if choice.disabled || (isSample && choice.path == nil) { return nil }
    let file = choice.path ?? IndexLocation.databasePath(forCorpus: path)
    if choice.path == nil, isInside(file, corpus: path) {
      note("index \(file) would be inside the corpus; reading without it (pass --index PATH)")
      return nil
    }
    do {
      return try CorpusIndex.open(at: file, note: note)
    } catch {
      note("index not used: \(error)")
      return nil
    }
  }

  /// Whether `file` lies under the corpus folder.
  static func isInside(_ file: String, corpus: String) -> Bool {
    let root = IndexLocation.canonical(corpus)
    let folder = IndexLocation.canonical((file as NSString).deletingLastPathComponent)
    return folder == root || folder.hasPrefix(root + "/")
  }

  /// Loads the corpus (through the index when there is one); `progress` counts files.
  static func load(
    _ path: String, isSample: Bool, options: LoadOptions, choice: IndexChoice,
    progress: ((_ read: Int, _ total: Int) -> Void)? = nil, note: (String) -> Void
  ) throws -> Corpus {
    try loadWithIndex(
      path, isSample: isSample, options: options, choice: choice, progress: progress, note: note
    ).corpus
  }

  /// The corpus for the browser: reopened from the index's rows without reading any article
  /// body when nothing changed since it was written; otherwise loaded as `load` does.
  static func open(
    _ path: String, isSample: Bool, options: LoadOptions, choice: IndexChoice,
    progress: ((_ read: Int, _ total: Int) -> Void)? = nil, note: (String) -> Void
  ) throws -> LibraryCorpus {
    try open(
      path, options: options,
      index: index(for: path, isSample: isSample, choice: choice, note: note), progress: progress,
      note: note)
  }

  /// The browser's open: when the index holds rows for this corpus, those rows at once,
  /// without listing the folder or checking a file (the first frame never waits for 100k
  /// `stat`s), with a check (`LibraryCorpus.check`) for the background: it lists and checks
  /// the files as `open` does and gives the fresh library when anything changed. Otherwise
  /// as `open` (checked already, no check to run).
  static func openStored(
    _ path: String, isSample: Bool, options: LoadOptions, choice: IndexChoice,
    progress: ((_ read: Int, _ total: Int) -> Void)? = nil, note: (String) -> Void
  ) throws -> LibraryCorpus {
    let index = index(for: path, isSample: isSample, choice: choice, note: note)
    guard let index, let stored = index.storedRows(path, options: options) else {
      return try open(path, options: options, index: index, progress: progress, note: note)
    }
    let reload = reloader(path, options: options)
    return LibraryCorpus(index: index, rows: stored, reload: reload) {
      if let rows = index.rows(path, options: options) {
        return rows.isSame(as: stored)
          ? nil : LibraryCorpus(index: index, rows: rows, reload: reload)
      }
      do {
        let result = try index.load(path, options: options)
        let notes = result.saveProblem.map { [LoadWarning(path: "index", message: $0)] } ?? []
        return LibraryCorpus(result.corpus).adding(warnings: notes)
      } catch {
        // The corpus is gone or empty now: the library says so, as a fresh start would.
        let why = (error as? CorpusError).map { "\($0)" } ?? "\(error)"
        return LibraryCorpus(
          Corpus(documents: [], warnings: [LoadWarning(path: path, message: why)]))
      }
    }
  }

  /// Reads the corpus afresh (when the index cannot give a body any more).
  private static func reloader(_ path: String, options: LoadOptions) -> @Sendable () -> Corpus {
    {
      guard let (raw, warnings) = try? CorpusLoader.scan(path, options: options), !raw.isEmpty
      else { return Corpus(documents: []) }
      return Corpus(raw: raw, warnings: warnings)
    }
  }

  private static func open(
    _ path: String, options: LoadOptions, index: CorpusIndex?,
    progress: ((_ read: Int, _ total: Int) -> Void)?, note: (String) -> Void
  ) throws -> LibraryCorpus {
    guard let index else {
      let (raw, warnings) = try CorpusLoader.scan(path, options: options, progress: progress)
      return LibraryCorpus(
        raw.isEmpty
          ? Corpus(documents: [], warnings: warnings) : Corpus(raw: raw, warnings: warnings))
    }
    if let rows = index.rows(path, options: options) {
      return LibraryCorpus(index: index, rows: rows, reload: reloader(path, options: options))
    }
    let result = try index.load(path, options: options, progress: progress)
    if let problem = result.saveProblem { note(problem) }
    return LibraryCorpus(result.corpus)
  }

  /// Loads the corpus as `load` does, and gives the index it was read through (nil: none).
  static func loadWithIndex(
    _ path: String, isSample: Bool, options: LoadOptions, choice: IndexChoice,
    progress: ((_ read: Int, _ total: Int) -> Void)? = nil, note: (String) -> Void
  ) throws -> (corpus: Corpus, index: CorpusIndex?) {
    guard let index = index(for: path, isSample: isSample, choice: choice, note: note) else {
      let (raw, warnings) = try CorpusLoader.scan(path, options: options, progress: progress)
      return (
        raw.isEmpty
          ? Corpus(documents: [], warnings: warnings) : Corpus(raw: raw, warnings: warnings), nil
      )
    }
    let result = try index.load(path, options: options, progress: progress)
    if let problem = result.saveProblem { note(problem) }
    return (result.corpus, index)
  }

  /// The duplicate report: from the index when it holds one for these documents (else
  /// computed and stored there), computed when there is no index.
  static func duplicates(_ corpus: Corpus, index: CorpusIndex?) -> DuplicateReport {
    guard let index else { return OverlapEngine(corpus: corpus).duplicates() }
    let r = index.duplicates(of: corpus) { OverlapEngine(corpus: corpus).duplicates() }
    if let problem = r.saveProblem { Stderr.print("reader: \(problem)") }
    return r.value
  }

  /// The entity index, from the index or recognised as `duplicates` says.
  static func entities(_ corpus: Corpus, index: CorpusIndex?, recognizer: EntityRecognizer)
    -> EntityIndex
  {
    guard let index else { return EntityIndex(corpus: corpus, recognizer: recognizer) }
    let r = index.entities(of: corpus, recognizer: recognizer)
    if let problem = r.saveProblem { Stderr.print("reader: \(problem)") }
    return r.value
  }

  /// The index a command needs (`reader search`, `reader index`), also for the sample; throws
  /// when none can be used.
  static func requireIndex(for path: String, options: CorpusOptions) throws -> CorpusIndex {
    let file = options.index ?? IndexLocation.databasePath(forCorpus: path)
    do {
      return try CorpusIndex.open(at: file, note: { Stderr.print("reader: \($0)") })
    } catch {
      throw ReaderError.index("index not usable: \(error)", usage: false)
    }
  }

  /// Opens the index a command needs and brings it up to date with the corpus at
  /// `options`, with progress, the load warnings and any save problem on stderr.
  static func openForCommand(_ options: CorpusOptions) throws -> (CorpusIndex, IndexedLoad) {
    let path = try options.resolvedPath()
    let index = try requireIndex(for: path, options: options)
    let loaded = try index.load(path, options: options.loadOptions, progress: stderrProgress())
    for w in loaded.corpus.warnings { Stderr.print("warning: \(w)") }
    if let problem = loaded.saveProblem { Stderr.print("reader: \(problem)") }
    return (index, loaded)
  }

  /// Progress on stderr for a terminal: a count of files, rewritten in place; nothing when
  /// stderr is not a terminal.
  static func stderrProgress() -> ((Int, Int) -> Void)? {
    guard isatty(2) == 1 else { return nil }
    let start = Date()
    return { read, total in
      guard total > 200, read % 50 == 0 || read == total else { return }
      let elapsed = Date().timeIntervalSince(start)
      let left = read > 0 ? elapsed / Double(read) * Double(total - read) : 0
      let eta = read > 0 && read < total ? String(format: ", about %.0f s left", left) : ""
      let end = read == total ? "\n" : ""
      FileHandle.standardError.write(Data("\rindexing: \(read)/\(total) files\(eta)   \(end)".utf8))
    }
  }
}
