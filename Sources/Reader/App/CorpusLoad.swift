import CorpusKit
import Dispatch
import Foundation

/// Loads a corpus on a background thread; the loading screen polls its phase and result.
final class CorpusLoad: Sendable {
  private let done = DispatchSemaphore(value: 0)
  private let state = Locked<(phase: LoadingState.Phase, result: Result<LibraryCorpus, Error>?)>(
    (.listing, nil))

  var phase: LoadingState.Phase { state.withLock { $0.phase } }

  var result: Result<LibraryCorpus, Error>? { state.withLock { $0.result } }

  private func set(_ p: LoadingState.Phase) { state.withLock { $0.phase = p } }

  /// Starts reading `path` on a background thread. An empty corpus is a result too (the
  /// friendly empty library, with the warnings that say what was skipped); other errors are
  /// passed on. `index`: the on-disk index to read through (none unless the browser's options
  /// name one, so in-process tests never write to the user's cache).
  func start(
    _ path: String, options: LoadOptions = LoadOptions(),
    index: IndexChoice = IndexChoice(disabled: true), isSample: Bool = false
  ) {
    DispatchQueue.global(qos: .userInitiated).async {
      let r: Result<LibraryCorpus, Error>
      let notes = Locked([String]())
      do {
        let opened = try IndexedOpen.openStored(
          path, isSample: isSample, options: options, choice: index,
          progress: { read, total in
            self.set(.reading(done: read, total: total))
            LoadGate.wait(read: read, total: total)
            if read == total { self.set(.analysing(articles: total)) }
          }, note: { n in notes.withLock { $0.append(n) } })
        // The index's notes (an index rebuilt, not saved) show with the load warnings.
        r = .success(
          opened.adding(warnings: notes.value.map { LoadWarning(path: "index", message: $0) }))
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
