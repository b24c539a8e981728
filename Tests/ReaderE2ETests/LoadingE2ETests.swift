import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A big corpus loads behind a loading screen with its progress; keys work meanwhile.
///
/// The corpus is a few thousand small generated files plus, last in path order, a link to a
/// named pipe: the loader blocks on it until the test writes an article into it, so the
/// loading screen can be checked at a known point without racing the loader.
@Suite(
  .enabled(
    if: tmuxPath != nil, "tmux is not installed: apt-get install tmux to run the end-to-end tests"))
struct LoadingE2ETests {
  static let files = 3000

  /// Writes the corpus into the session's folder; returns (corpus path, pipe path).
  static func makeCorpus(_ t: TmuxSession) throws -> (String, String) {
    let corpus = t.dir + "/big"
    try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
    for i in 0..<files {
      let name = String(format: "a%05d.txt", i)
      try "Council report \(i)\n\nThe council met on Tuesday to discuss item \(i) of the budget, and the mayor said the vote would follow next week.\n"
        .write(toFile: "\(corpus)/\(name)", atomically: false, encoding: .utf8)
    }
    let pipe = t.dir + "/pipe"
    #expect(mkfifo(pipe, 0o600) == 0)
    try FileManager.default.createSymbolicLink(
      atPath: corpus + "/zzz-late.txt", withDestinationPath: pipe)
    return (corpus, pipe)
  }

  /// Writes one article into the pipe the loader is blocked on (opening it for writing
  /// fails with ENXIO until the loader has opened it for reading: retried, not slept on).
  static func release(_ pipe: String, _ t: TmuxSession) {
    var fd: Int32 = -1
    _ = t.poll {
      fd = open(pipe, O_WRONLY | O_NONBLOCK)
      return fd >= 0
    }
    #expect(fd >= 0, "the loader is not waiting on the pipe")
    guard fd >= 0 else { return }
    let text = "The late article\n\nIt arrived through a pipe, last of all.\n"
    _ = text.withCString { write(fd, $0, strlen($0)) }
    close(fd)
  }

  @Test func progressThenTheLibrary() throws {
    let t = TmuxSession()
    let (corpus, pipe) = try Self.makeCorpus(t)
    t.start(["--corpus", corpus])
    let loading = t.waitUntil("the loading screen at the pipe") {
      $0.contains("Loading big…") && $0.contains("files read: 3,000 / 3,001")
    }
    #expect(loading.contains("q quits"))
    #expect(loading.components(separatedBy: "\n")[44].hasPrefix(" LOADING "))
    // Keys other than q wait; resizing re-lays out the loading screen.
    t.tmux(["send-keys", "-t", "app", "j", "Enter"])
    t.tmux(["resize-window", "-t", "app", "-x", "80", "-y", "24"])
    t.waitUntil("the loading screen at 80×24") {
      $0.components(separatedBy: "\n").count <= 25 && $0.contains("files read: 3,000 / 3,001")
    }
    t.tmux(["resize-window", "-t", "app", "-x", "160", "-y", "45"])
    Self.release(pipe, t)
    let lib = t.waitUntil("the library") { $0.contains(" LIBRARY ") }
    #expect(lib.contains("Reader · big · 3001 articles") || lib.contains("3,001 articles"))
    t.tmux(["send-keys", "-t", "app", "q"])
    #expect(t.exitStatus() == 0)
  }

  @Test(arguments: ["q", "C-c"])
  func quitWhileLoading(key: String) throws {
    let t = TmuxSession()
    let (corpus, _) = try Self.makeCorpus(t)
    t.start(["--corpus", corpus])
    t.waitUntil("the loading screen at the pipe") { $0.contains("files read: 3,000 / 3,001") }
    t.tmux(["send-keys", "-t", "app", key])
    #expect(t.exitStatus() == 0)
    #expect(t.display("#{alternate_on}") == "0")
    #expect(t.display("#{cursor_flag}") == "1")
  }

  @Test func sigtermWhileLoadingRestoresTheTerminal() throws {
    let t = TmuxSession()
    let (corpus, _) = try Self.makeCorpus(t)
    t.start(["--corpus", corpus])
    t.waitUntil("the loading screen at the pipe") { $0.contains("files read: 3,000 / 3,001") }
    guard let pid = t.appPID() else {
      Issue.record("no reader process")
      return
    }
    kill(pid, SIGTERM)
    #expect(t.exitStatus() == 143)
    #expect(t.display("#{alternate_on}") == "0")
  }
}
