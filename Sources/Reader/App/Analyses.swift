import CorpusIndex
import CorpusKit
import Dispatch

/// Work the main loop starts and collects from: the analyses in production, a script in tests.
protocol BackgroundWork: AnyObject {
  /// Starts what runs from the beginning (the duplicate report, the entity index).
  func start()
  /// Starts one effect of an update; its result comes back through `take`.
  func run(_ effect: Effect)
  /// The results that arrived since the last call, oldest first.
  func take() -> [Action]
}

/// Actions posted by background work, picked up by the main loop.
final class Inbox: Sendable {
  private let actions = Locked<[Action]>([])

  func post(_ a: Action) { actions.withLock { $0.append(a) } }

  /// Everything posted since the last call, oldest first.
  func take() -> [Action] {
    actions.withLock { actions in
      defer { actions = [] }
      return actions
    }
  }
}

/// One overlap engine for the session, built on first use off the main thread.
final class EngineBox: Sendable {
  private let corpus: LibraryCorpus
  private let engine = Locked<OverlapEngine?>(nil)
  /// Whether the compare view also finds rewrites with the sentence encoder.
  private let semantic: Bool

  init(corpus: LibraryCorpus, semantic: Bool = false) {
    self.corpus = corpus
    self.semantic = semantic
  }

  func get() -> OverlapEngine {
    engine.withLock { engine in
      if let e = engine { return e }
      let e = OverlapEngine(
        corpus: corpus.whole, encoder: semantic ? SemanticOptions.load(quiet: true) : nil)
      engine = e
      return e
    }
  }
}

/// The corpus's on-disk index, opened on first use off the main thread (so the first frame
/// never waits for it); nil when there is none.
final class IndexBox: Sendable {
  private let open: @Sendable () -> CorpusIndex?
  private let state = Locked<CorpusIndex??>(nil)

  init(_ open: @escaping @Sendable () -> CorpusIndex?) { self.open = open }

  func get() -> CorpusIndex? {
    state.withLock { state in
      if let opened = state { return opened }
      let opened = open()
      state = .some(opened)
      return opened
    }
  }
}

/// Starts the analyses in the background and runs effects; results arrive as actions.
///
/// The duplicate report and the entity index are computed in the background at start (the
/// first frame never waits for them; the title bar says "computing…" until they land). With
/// an on-disk index they are read from it when no document changed since they were stored,
/// and stored there when computed.
final class Analyses: BackgroundWork, Sendable {
  let inbox = Inbox()
  let engines: EngineBox
  let corpus: LibraryCorpus
  /// The corpus's on-disk index, for the stored analyses and the corpus-wide search (none:
  /// compute the analyses and search the texts in memory).
  let index: IndexBox

  /// Alignments made this session, by the two documents' positions.
  let alignments = Locked<[String: Alignment]>([:])
  /// The corpus's analysis keys, hashed once (the stored ones on reopen).
  private let keys = Locked<AnalysisKeys?>(nil)

  /// The analysis keys of the corpus, computed on first use.
  func analysisKeys() -> AnalysisKeys {
    keys.withLock { keys in
      if let k = keys { return k }
      let k = corpus.storedKeys ?? AnalysisKeys(corpus.whole)
      keys = k
      return k
    }
  }

  /// The alignment of documents `a` and `b` (positions): made once a session (memo) and once
  /// a build (the index), whoever asks (the compare view, the picker's same-story check).
  func aligned(_ a: Int, _ b: Int) -> Alignment {
    let memoKey = "\(a) \(b)"
    if let al = alignments.withLock({ $0[memoKey] }) { return al }
    let engine = engines.get()
    let (da, db) = (corpus.document(a), corpus.document(b))
    let al: Alignment
    if let index = index.get() {
      al =
        index.alignment(da, db, corpus: analysisKeys().corpus, mode: engine.mode) {
          engine.align(da, db)
        }.value
    } else {
      al = engine.align(da, db)
    }
    alignments.withLock { memo in
      if memo.count >= 256 { memo.removeAll() }
      memo[memoKey] = al
    }
    return al
  }

  /// Where corpus searches run, one at a time, never waiting for the analyses.
  static let searchQueue = DispatchQueue(label: "reader.corpus-search", qos: .userInteractive)
  /// Where the picker's same-story checks run, one at a time, in the background.
  static let storyQueue = DispatchQueue(label: "reader.story-check", qos: .utility)
  /// How many articles the picker checks for the same story (the closest by shared names
  /// and figures): the encoder takes about half a second for each.
  static let storyChecks = 5

  convenience init(
    corpus: Corpus, index: @escaping @Sendable () -> CorpusIndex? = { nil }, semantic: Bool = false
  ) {
    self.init(library: LibraryCorpus(corpus), index: index, semantic: semantic)
  }

  /// The analyses of `corpus`; its own index (rows reopened from one) is used when it has one.
  init(
    library corpus: LibraryCorpus, index: @escaping @Sendable () -> CorpusIndex? = { nil },
    semantic: Bool = false
  ) {
    self.corpus = corpus
    if let own = corpus.index {
      self.index = IndexBox { own }
    } else {
      self.index = IndexBox(index)
    }
    engines = EngineBox(corpus: corpus, semantic: semantic)
  }

  func start() { start(then: {}) }

  /// Starts the analyses; `landed` runs once both have posted (ready or failed).
  func start(then landed: @escaping @Sendable () -> Void) {
    let corpus = self.corpus
    let inbox = self.inbox
    let posts = Locked(0)
    let post: @Sendable (Action) -> Void = { a in
      inbox.post(a)
      if posts.withLock({
        $0 += 1
        return $0 == 2
      }) {
        landed()
      }
    }
    let engines = self.engines
    let box = self.index
    DispatchQueue.global(qos: .userInitiated).async {
      let index = box.get()
      // Reopened from the index: the stored keys, so a stored report or entity index needs
      // no article body.
      let keys = index.map { _ in self.analysisKeys() }
      DispatchQueue.global(qos: .userInitiated).async {
        guard let index, let keys else {
          return post(.duplicatesReady(engines.get().duplicates()))
        }
        let stored = index.duplicates(keys: keys) { engines.get().duplicates() }
        post(.duplicatesReady(stored.value))
      }
      // Stored: no recogniser to load.
      if let index, let keys, let stored = index.storedEntities(keys: keys) {
        post(.entitiesReady(stored))
        // Read lazily: each document's entities found now, before an article is opened.
        return stored.prepareDocuments()
      }
      do {
        let r = try EntityRecognizer.loadDefault()
        if let index, let keys {
          post(
            .entitiesReady(index.entities(keys: keys, recognizer: r) { corpus.whole }.value))
        } else {
          post(.entitiesReady(EntityIndex(corpus: corpus.whole, recognizer: r)))
        }
      } catch {
        post(.entitiesFailed(ReaderError(error)))
      }
    }
  }

  func take() -> [Action] { inbox.take() }

  func run(_ effect: Effect) {
    let inbox = self.inbox
    let engines = self.engines
    let corpus = self.corpus
    switch effect {
    case .align(let a, let b):
      DispatchQueue.global(qos: .userInitiated).async {
        inbox.post(.alignmentReady(self.aligned(a, b)))
      }
    case .checkStories(let from):
      // One at a time, after the compare view's own alignments: each takes the encoder
      // about half a second.
      Self.storyQueue.async {
        let engine = engines.get()
        guard engine.checksStories else { return }  // no encoder: nothing to check
        let d = corpus.document(from)
        for id in engine.storyCandidates(for: d, limit: Self.storyChecks) {
          guard let j = corpus.index(of: id), j != from else { continue }
          // Kept like the compare view's: opening a checked pair aligns nothing again.
          inbox.post(.storyChecked(self.aligned(from, j)))
        }
      }
    case .cite: break  // the runner writes citations itself (Runner.perform)
    case .searchCorpus(let query):
      let box = self.index
      // Its own queue: the global queues' threads may all be busy with the analyses.
      Self.searchQueue.async {
        inbox.post(
          .corpusSearchReady(query, CorpusSearch.hits(query, corpus: corpus, index: box.get())))
      }
    }
  }
}
