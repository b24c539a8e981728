import CorpusKit

/// A load the loading screen shows: its phase now, and its result once there (`CorpusLoad`;
/// a script in tests).
protocol LoadingJob: AnyObject {
  var phase: LoadingState.Phase { get }
  var result: Result<LibraryCorpus, Error>? { get }
}

extension CorpusLoad: LoadingJob {}

extension Runner {
  /// How loading ended.
  enum Loaded {
    case corpus(LibraryCorpus)
    /// The user quit (status 0) or a signal stopped it (128+signal).
    case stopped(Int32)
  }

  /// Loads `path` in the background while the screen shows its progress. Keys still work:
  /// `q`, `Q` and Ctrl-C quit; a resize re-lays out. Throws what the loader threw.
  static func load(
    _ path: String, label: String, terminal: some Terminal, theme: Theme, graceMS: Int = 120,
    options: LoadOptions = LoadOptions(), index: IndexChoice = IndexChoice(disabled: true),
    isSample: Bool = false
  ) throws -> Loaded {
    let job = CorpusLoad()
    job.start(path, options: options, index: index, isSample: isSample)
    job.wait(ms: graceMS)
    return try showLoading(job, label: label, terminal: terminal, theme: theme)
  }

  /// The loading screen's loop: shows `job`'s progress until it has a result, the user quits
  /// or a signal stops it.
  static func showLoading(
    _ job: some LoadingJob, label: String, terminal: some Terminal, theme: Theme
  ) throws -> Loaded {
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
      case let k? where KeyMap.isRedraw(k): terminal.invalidate()
      case let k?: state.handle(k)
      }
      if state.quit { return .stopped(0) }
    }
  }
}
