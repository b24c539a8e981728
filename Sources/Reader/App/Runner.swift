import CorpusKit
import Dispatch
import Foundation

/// Actions posted by background work, picked up by the main loop.
final class Inbox: @unchecked Sendable {
  private let lock = NSLock()
  private var actions: [Action] = []

  func post(_ a: Action) {
    lock.lock()
    actions.append(a)
    lock.unlock()
  }

  func take() -> [Action] {
    lock.lock()
    defer { lock.unlock() }
    let a = actions
    actions = []
    return a
  }
}

/// One overlap engine for the session, built on first use off the main thread.
final class EngineBox: @unchecked Sendable {
  private let lock = NSLock()
  private let corpus: Corpus
  private var engine: OverlapEngine?

  init(corpus: Corpus) { self.corpus = corpus }

  func get() -> OverlapEngine {
    lock.lock()
    defer { lock.unlock() }
    if let e = engine { return e }
    let e = OverlapEngine(corpus: corpus)
    engine = e
    return e
  }
}

/// Starts the analyses in the background and runs effects; results arrive as actions.
///
/// The duplicate report and the entity index are computed in the background at start (the
/// first frame never waits for them; the title bar says "computing…" until they land).
final class Analyses: @unchecked Sendable {
  let inbox = Inbox()
  let engines: EngineBox
  let corpus: Corpus

  init(corpus: Corpus) {
    self.corpus = corpus
    engines = EngineBox(corpus: corpus)
  }

  func start() {
    let corpus = self.corpus
    let inbox = self.inbox
    let engines = self.engines
    DispatchQueue.global(qos: .userInitiated).async {
      inbox.post(.duplicatesReady(engines.get().duplicates()))
    }
    DispatchQueue.global(qos: .userInitiated).async {
      do {
        let r = try EntityRecognizer.loadDefault()
        inbox.post(.entitiesReady(EntityIndex(corpus: corpus, recognizer: r)))
      } catch {
        inbox.post(.entitiesFailed("\(error)"))
      }
    }
  }

  func run(_ effect: Effect) {
    let inbox = self.inbox
    let engines = self.engines
    let corpus = self.corpus
    switch effect {
    case .align(let a, let b):
      DispatchQueue.global(qos: .userInitiated).async {
        inbox.post(.alignmentReady(engines.get().align(corpus.documents[a], corpus.documents[b])))
      }
    }
  }
}

/// The main loop: draw, wait for a key, a resize, a background result or a signal; repeat.
enum Runner {
  /// Runs until quit; returns the exit status (128+signal when a signal stopped it).
  static func run(
    _ model: inout Model, backend: NcursesBackend, analyses: Analyses, throwAfterFrames: Int? = nil
  ) throws -> Int32 {
    (model.width, model.height) = backend.size
    model.clampLists()
    analyses.start()
    let firstFrame = backend.frames
    var dirty = true
    while !model.quit {
      if dirty {
        backend.draw(Render.frame(model))
        dirty = false
        if let n = throwAfterFrames, backend.frames - firstFrame >= n {
          throw TerminalError(
            description: "test failure injected after \(n) frames (READER_TEST_THROW)")
        }
      }
      let key = backend.readKey(timeoutMS: 100)
      let sig = backend.pendingSignal()
      if sig != 0 { return 128 + sig }
      for a in analyses.inbox.take() {
        for e in model.update(a) { analyses.run(e) }
        dirty = true
      }
      guard let key else { continue }
      switch key {
      case .resize:
        let (w, h) = backend.size
        _ = model.update(.resize(width: w, height: h))
        backend.invalidate()
      case .ctrl("l"):
        backend.invalidate()
      case .mouseWheelUp: _ = model.update(.moveUp)
      case .mouseWheelDown: _ = model.update(.moveDown)
      default:
        for e in model.handle(key) { analyses.run(e) }
      }
      dirty = true
    }
    return 0
  }
}
