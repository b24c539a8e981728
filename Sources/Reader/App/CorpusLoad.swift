import CorpusKit
import Dispatch
import Foundation

/// Loads a corpus on a background thread; the loading screen polls its phase and result.
final class CorpusLoad: Sendable {
  private let done = DispatchSemaphore(value: 0)
  private let state = Locked<(phase: LoadingState.Phase, result: Result<Corpus, Error>?)>(
    (.listing, nil))

  var phase: LoadingState.Phase { state.withLock { $0.phase } }

  var result: Result<Corpus, Error>? { state.withLock { $0.result } }

  private func set(_ p: LoadingState.Phase) { state.withLock { $0.phase = p } }

  /// Starts reading `path` on a background thread. An empty corpus is a result too (the
  /// friendly empty library, with the warnings that say what was skipped); other errors are
  /// passed on.
  func start(_ path: String, options: LoadOptions = LoadOptions()) {
    DispatchQueue.global(qos: .userInitiated).async {
      let r: Result<Corpus, Error>
      do {
        let (raw, warnings) = try CorpusLoader.scan(path, options: options) { read, total in
          self.set(.reading(done: read, total: total))
          LoadGate.wait(read: read, total: total)
        }
        self.set(.analysing(articles: raw.count))
        r = .success(
          raw.isEmpty
            ? Corpus(documents: [], warnings: warnings) : Corpus(raw: raw, warnings: warnings))
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
