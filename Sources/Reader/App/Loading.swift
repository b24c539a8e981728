import CorpusKit
import Dispatch
import Foundation

/// The state of the loading screen shown while a corpus loads in the background.
struct LoadingState: Equatable {
  enum Phase: Equatable, Sendable {
    /// Listing the folder.
    case listing
    /// Reading and decoding files.
    case reading(done: Int, total: Int)
    /// Building the documents (line statistics, cleaning, segmentation).
    case analysing(articles: Int)
  }

  /// What the title bar calls the corpus.
  var label: String
  var width: Int
  var height: Int
  var phase: Phase = .listing
  var quit = false

  /// Keys during loading: `q`, `Q` and Ctrl-C quit (nothing else is open yet); the rest
  /// is ignored.
  mutating func handle(_ key: Key) {
    switch key {
    case .char("q"), .char("Q"), .ctrl("c"): quit = true
    default: break
    }
  }
}

/// Loads a corpus on a background thread; the loading screen polls its phase and result.
final class CorpusLoad: Sendable {
  private let done = DispatchSemaphore(value: 0)
  private let state = Locked<(phase: LoadingState.Phase, result: Result<Corpus, Error>?)>(
    (.listing, nil))

  var phase: LoadingState.Phase { state.withLock { $0.phase } }

  var result: Result<Corpus, Error>? { state.withLock { $0.result } }

  private func set(_ p: LoadingState.Phase) { state.withLock { $0.phase = p } }

  /// Starts reading `path` on a background thread. An empty corpus is a result too (the
  /// friendly empty library); other errors are passed on.
  func start(_ path: String) {
    DispatchQueue.global(qos: .userInitiated).async {
      let r: Result<Corpus, Error>
      do {
        let (raw, warnings) = try CorpusLoader.readRaw(path) { read, total in
          self.set(.reading(done: read, total: total))
        }
        self.set(.analysing(articles: raw.count))
        r = .success(Corpus(raw: raw, warnings: warnings))
      } catch CorpusError.noReadableArticles {
        r = .success(Corpus(documents: []))
      } catch {
        r = .failure(error)
      }
      self.state.withLock { $0.result = r }
      self.done.signal()
    }
  }

  /// Waits up to `ms` for the result (so a small corpus opens without a flash of the
  /// loading screen).
  func wait(ms: Int) {
    if done.wait(timeout: .now() + .milliseconds(ms)) == .success { done.signal() }
  }
}

extension Runner {
  /// How loading ended.
  enum Loaded {
    case corpus(Corpus)
    /// The user quit (status 0) or a signal stopped it (128+signal).
    case stopped(Int32)
  }

  /// Loads `path` in the background while the screen shows its progress. Keys still work:
  /// `q`, `Q` and Ctrl-C quit; a resize re-lays out. Throws what the loader threw.
  static func load(
    _ path: String, label: String, terminal: some Terminal, theme: Theme, graceMS: Int = 120
  ) throws -> Loaded {
    let job = CorpusLoad()
    job.start(path)
    job.wait(ms: graceMS)
    let size = terminal.size
    var state = LoadingState(label: label, width: size.width, height: size.height)
    var drawn: LoadingState?
    while true {
      if let r = job.result {
        switch r {
        case .success(let c): return .corpus(c)
        case .failure(let e): throw e
        }
      }
      state.phase = job.phase
      if state != drawn {
        try terminal.draw(LoadingView.frame(state, theme: theme))
        drawn = state
      }
      let key = terminal.readKey(timeoutMS: 50)
      let sig = terminal.pendingSignal()
      if sig != 0 { return .stopped(128 + sig) }
      switch key {
      case nil: break
      case .resize?:
        (state.width, state.height) = terminal.size
        terminal.invalidate()
      case .ctrl("l")?: terminal.invalidate()
      case let k?: state.handle(k)
      }
      if state.quit { return .stopped(0) }
    }
  }
}
