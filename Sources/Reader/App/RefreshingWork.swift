import CorpusKit
import Dispatch

/// The browser's background work when the library was drawn from the index's stored rows
/// before the files were checked (`LibraryCorpus.check`): the analyses of what is shown, and
/// the check. When the check finds the corpus changed, the fresh library replaces the shown
/// one (`Action.libraryRefreshed`, posted before anything of the new analyses) and its own
/// analyses take over; what the old ones still post is dropped.
final class RefreshingWork: BackgroundWork, Sendable {
  private let check: (@Sendable () -> LibraryCorpus?)?
  private let make: @Sendable (LibraryCorpus) -> Analyses
  private let state: Locked<(current: Analyses, posted: [Action])>

  /// `make`: the analyses of a library (the shown one now, the fresh one after a refresh).
  init(library: LibraryCorpus, make: @escaping @Sendable (LibraryCorpus) -> Analyses) {
    check = library.check
    self.make = make
    state = Locked((make(library), []))
  }

  /// The analyses running now.
  var current: Analyses { state.withLock { $0.current } }

  func start() {
    guard let check else { return current.start() }
    Self.start(current) { [make, state] in
      guard let fresh = check() else { return }
      let analyses = make(fresh)
      state.withLock { $0 = (analyses, $0.posted + [.libraryRefreshed(fresh)]) }
      analyses.start()
    }
  }

  /// How long the check waits for the analyses at most (computed rather than restored, they
  /// may take minutes; the check must not).
  static let checkWait = 1.0

  /// Starts `analyses`, and `check` in the background once both analyses have landed or after
  /// `checkWait` s, whichever comes first: restored marks (a reopen at 100k decodes millions
  /// of entity mentions) do not share the cores with listing and stat'ing every file.
  static func start(_ analyses: Analyses, check: @escaping @Sendable () -> Void) {
    let once = Locked(false)
    let run: @Sendable () -> Void = {
      let first = once.withLock { ran in
        defer { ran = true }
        return !ran
      }
      guard first else { return }
      DispatchQueue.global(qos: .utility).async { check() }
    }
    analyses.start(then: run)
    DispatchQueue.global(qos: .utility).asyncAfter(deadline: .now() + checkWait) { run() }
  }

  /// Runs `effect` on the current analyses, unless a refresh is posted and not yet taken: the
  /// effect was then asked for by the model of the old library, and its article positions may
  /// not exist in the fresh one (the refresh resets the views that asked).
  func run(_ effect: Effect) {
    let target: Analyses? = state.withLock { Self.refreshIn($0.posted) ? nil : $0.current }
    target?.run(effect)
  }

  /// Whether the fresh library is posted and the model has not taken it yet.
  var refreshWaiting: Bool { state.withLock { Self.refreshIn($0.posted) } }

  private static func refreshIn(_ posted: [Action]) -> Bool {
    posted.contains { if case .libraryRefreshed = $0 { true } else { false } }
  }

  func take() -> [Action] {
    state.withLock { s in
      defer { s.posted = [] }
      return s.posted + s.current.take()
    }
  }
}
