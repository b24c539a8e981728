import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Whether tmux is on PATH; the e2e suite is skipped with a message otherwise.
let tmuxPath: String? = {
  for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
  {
    let p = "\(dir)/tmux"
    if FileManager.default.isExecutableFile(atPath: p) { return p }
  }
  return nil
}()

/// Runs a program with an empty signal mask and default signal actions (test threads block
/// most signals, and a tmux server that inherits that never reaps its panes), stdout and
/// stderr to files. Returns the exit status and the output.
func spawn(_ argv: [String], env: [String: String], stdin: String = "/dev/null") -> (
  status: Int32, out: String, err: String
) {
  let dir = FileManager.default.temporaryDirectory.path
  let outPath = "\(dir)/reader-e2e-\(UUID().uuidString).out"
  let errPath = outPath + ".err"
  defer {
    unlink(outPath)
    unlink(errPath)
  }
  var fa = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&fa)
  posix_spawn_file_actions_addopen(&fa, 0, stdin, O_RDONLY, 0)
  posix_spawn_file_actions_addopen(&fa, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
  posix_spawn_file_actions_addopen(&fa, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
  var attr = posix_spawnattr_t()
  posix_spawnattr_init(&attr)
  var empty = sigset_t()
  sigemptyset(&empty)
  posix_spawnattr_setsigmask(&attr, &empty)
  var defaults = sigset_t()
  sigemptyset(&defaults)
  for s in [SIGCHLD, SIGINT, SIGTERM, SIGPIPE, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2] {
    sigaddset(&defaults, s)
  }
  posix_spawnattr_setsigdefault(&attr, &defaults)
  posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
  let cargs = argv.map { strdup($0) } + [nil]
  let cenv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
  defer {
    for p in cargs { free(p) }
    for p in cenv { free(p) }
    posix_spawn_file_actions_destroy(&fa)
    posix_spawnattr_destroy(&attr)
  }
  var pid: pid_t = 0
  let rc = posix_spawnp(&pid, argv[0], &fa, &attr, cargs, cenv)
  guard rc == 0 else { return (-1, "", "spawn failed: \(rc)") }
  var status: Int32 = 0
  while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
  let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
  let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
  let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
  return (code, out, err)
}

/// The built `reader` binary next to the test bundle.
var readerBinary: String { Bundle.main.bundleURL.appendingPathComponent("reader").path }

/// One private tmux server running `reader` in a fixed-size window, synchronised on the
/// frame counter the app writes after every refresh and on a settled screen (no blind sleeps).
final class TmuxSession {
  let dir: String
  let socket: String
  let frameFile: String
  let exitFile: String
  var environment: [String: String]

  init() {
    dir =
      FileManager.default.temporaryDirectory.appendingPathComponent(
        "reader-e2e-\(UUID().uuidString)"
      ).path
    try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    socket = dir + "/sock"
    frameFile = dir + "/frames"
    exitFile = dir + "/exit"
    let conf =
      "set -g remain-on-exit on\nset -g status off\nset -g default-terminal tmux-256color\nset -g history-limit 2000\n"
    try! conf.write(toFile: dir + "/tmux.conf", atomically: true, encoding: .utf8)
    environment = [
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": dir,
      "LANG": "C.UTF-8",
      "TERM": "xterm-256color",
    ]
  }

  deinit {
    _ = tmux(["kill-server"])
    try? FileManager.default.removeItem(atPath: dir)
  }

  @discardableResult
  func tmux(_ args: [String]) -> (status: Int32, out: String, err: String) {
    spawn([tmuxPath ?? "tmux", "-S", socket, "-f", dir + "/tmux.conf"] + args, env: environment)
  }

  /// Starts `reader ARGS` at width × height with extra environment variables for the app;
  /// `binary` is the build to run (the debug one by default).
  func start(
    _ args: [String] = [], width: Int = 160, height: Int = 45, env: [String: String] = [:],
    binary: String = readerBinary
  ) {
    var cmd = ["new-session", "-d", "-s", "app", "-x", String(width), "-y", String(height)]
    let appEnv = env.merging([
      "READER_TEST_FRAME_FILE": frameFile, "READER_EXIT_FILE": exitFile,
      "XDG_CONFIG_HOME": dir + "/config",
    ]) { a, _ in a }
    for (k, v) in appEnv.sorted(by: { $0.key < $1.key }) { cmd += ["-e", "\(k)=\(v)"] }
    // tmux sets TERM in the pane from default-terminal; a TERM for the app goes through env.
    if let term = env["TERM"] { cmd += ["env", "TERM=\(term)"] }
    // The shell stays a moment after the app exits, so the pane's terminal state can be read.
    cmd +=
      ["sh", "-c", "\"$0\" \"$@\"; echo $? > \"$READER_EXIT_FILE\"; sleep 20", binary] + args
    let r = tmux(cmd)
    precondition(r.status == 0, "tmux new-session failed: \(r.err)")
  }

  var frame: Int { Int((try? String(contentsOfFile: frameFile, encoding: .utf8)) ?? "") ?? 0 }

  func capture(colors: Bool = false, history: Bool = false) -> String {
    var args = ["capture-pane", "-p", "-t", "app"]
    if colors { args.append("-e") }
    if history { args += ["-S", "-"] }
    return tmux(args).out
  }

  func lines() -> [String] { capture().components(separatedBy: "\n") }

  func display(_ format: String) -> String {
    tmux(["display", "-p", "-t", "app", format]).out.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// How long any wait may take. CI and the shared machines have two cores and a load
  /// average that can reach 5–7 while the background analyses run, so waits are generous:
  /// they end as soon as the awaited state shows, and the timeout only bounds a real failure.
  static let patience: Double = 60

  /// Polls `condition` every 15 ms until it holds or the deadline passes.
  func poll(seconds: Double = TmuxSession.patience, _ condition: () -> Bool) -> Bool {
    let end = Date().addingTimeInterval(seconds)
    while Date() < end {
      if condition() { return true }
      usleep(15_000)
    }
    return condition()
  }

  /// Waits until two captures 40 ms apart are the same.
  func settle() {
    var last = capture()
    _ = poll(seconds: 10) {
      usleep(40_000)
      let now = capture()
      defer { last = now }
      return now == last
    }
  }

  /// Sends tmux key names (or literal text with `literal`) and waits for the next frame, then
  /// for the screen to settle.
  @discardableResult
  func press(
    _ keys: String..., literal: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
  ) -> String {
    let n = frame
    tmux(["send-keys", "-t", "app"] + (literal ? ["-l"] : []) + keys)
    if !poll({ frame > n }) {
      Issue.record(
        "no new frame after \(keys); screen:\n\(capture())", sourceLocation: sourceLocation)
    }
    settle()
    return capture()
  }

  /// Waits until the screen (with history, so it works after exit too) contains `text`.
  @discardableResult
  func waitFor(
    _ text: String, seconds: Double = TmuxSession.patience,
    sourceLocation: SourceLocation = #_sourceLocation
  ) -> String {
    waitUntil(
      text.debugDescription, seconds: seconds, history: true, sourceLocation: sourceLocation
    ) {
      $0.contains(text)
    }
  }

  /// Waits until `condition` holds for the screen (a state the test needs, e.g. an analysis
  /// has landed); records `what` and the screen when it does not within `seconds`. Returns the
  /// settled screen.
  @discardableResult
  func waitUntil(
    _ what: String, seconds: Double = TmuxSession.patience, history: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation, _ condition: (String) -> Bool
  ) -> String {
    var screen = ""
    if !poll(
      seconds: seconds,
      {
        screen = capture(history: history)
        return condition(screen)
      })
    {
      Issue.record(
        "timed out after \(Int(seconds)) s waiting for \(what); screen:\n\(screen)",
        sourceLocation: sourceLocation)
    }
    settle()
    return capture()
  }

  /// Waits until the background analyses (duplicate report, entity index) have landed: the
  /// title bar no longer says "computing…".
  @discardableResult
  func waitForAnalyses(sourceLocation: SourceLocation = #_sourceLocation) -> String {
    waitUntil("the analyses to land", sourceLocation: sourceLocation) { s in
      let top = s.components(separatedBy: "\n").first ?? ""
      return top.contains("overlaps:") && top.contains("entities:") && !top.contains("computing")
    }
  }

  /// Waits for the first frame of the browser proper after start (not a loading screen):
  /// the status bar shows its mode badge.
  func waitForStart(sourceLocation: SourceLocation = #_sourceLocation) {
    if !poll({ frame > 0 }) {
      Issue.record(
        "the app drew no frame; screen:\n\(capture(history: true))", sourceLocation: sourceLocation)
      return
    }
    waitUntil("the library", sourceLocation: sourceLocation) { s in
      s.contains(" LIBRARY ") && !s.contains("Loading")
    }
  }

  /// The app's exit status, once it has exited.
  func exitStatus() -> Int32? {
    var s: Int32? = nil
    _ = poll {
      s = (try? String(contentsOfFile: exitFile, encoding: .utf8)).flatMap {
        Int32($0.trimmingCharacters(in: .whitespacesAndNewlines))
      }
      return s != nil
    }
    return s
  }

  /// The pid of the reader process (the child of the pane's shell).
  /// (`ps --ppid` of the pane's shell; there is exactly one child while the app runs.)
  func appPID() -> pid_t? {
    let shell = display("#{pane_pid}")
    let r = spawn(["ps", "-o", "pid=", "--ppid", shell], env: environment)
    return r.out.split(separator: "\n").compactMap {
      pid_t($0.trimmingCharacters(in: .whitespaces))
    }.first
  }
}
