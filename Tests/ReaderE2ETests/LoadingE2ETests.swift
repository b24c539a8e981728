import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A big corpus loads behind a loading screen with its progress; keys work meanwhile.
///
/// The corpus is a few thousand small generated files; the reader runs with
/// `READER_TEST_LOAD_GATE` naming a file that does not exist yet, and its loader waits for that
/// file before reading the last article, so the loading screen can be checked at a known point
/// without racing the loader. (A named pipe used to hold the loader; pipes are no longer read.)
@Suite(
  .enabled(
    if: tmuxPath != nil, "tmux is not installed: apt-get install tmux to run the end-to-end tests"))
struct LoadingE2ETests {
  static let files = 3000

  /// Writes the corpus into the session's folder; returns the corpus path and the environment
  /// that holds the loader before the last file.
  static func makeCorpus(_ t: TmuxSession) throws -> (String, [String: String]) {
    let corpus = t.dir + "/big"
    try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
    for i in 0..<files {
      let name = String(format: "a%05d.txt", i)
      try
        "Council report \(i)\n\nThe council met on Tuesday to discuss item \(i) of the budget, and the mayor said the vote would follow next week.\n"
        .write(toFile: "\(corpus)/\(name)", atomically: false, encoding: .utf8)
    }
    try "The late article\n\nIt arrived after the gate opened, last of all.\n"
      .write(toFile: corpus + "/zzz-late.txt", atomically: false, encoding: .utf8)
    return (corpus, ["READER_TEST_LOAD_GATE": gate(t)])
  }

  static func gate(_ t: TmuxSession) -> String { t.dir + "/gate" }

  /// Lets the loader read its last file.
  static func release(_ t: TmuxSession) {
    #expect(FileManager.default.createFile(atPath: gate(t), contents: nil))
  }

  @Test func progressThenTheLibrary() throws {
    let t = TmuxSession()
    let (corpus, env) = try Self.makeCorpus(t)
    t.start(["--corpus", corpus], env: env)
    let loading = t.waitUntil("the loading screen before the last file") {
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
    Self.release(t)
    let lib = t.waitUntil("the library") { $0.contains(" LIBRARY ") }
    #expect(lib.contains("Reader · big · 3001 articles") || lib.contains("3,001 articles"))
    t.tmux(["send-keys", "-t", "app", "q"])
    #expect(t.exitStatus() == 0)
  }

  @Test(arguments: ["q", "C-c"])
  func quitWhileLoading(key: String) throws {
    let t = TmuxSession()
    let (corpus, env) = try Self.makeCorpus(t)
    t.start(["--corpus", corpus], env: env)
    t.waitUntil("the loading screen before the last file") {
      $0.contains("files read: 3,000 / 3,001")
    }
    t.tmux(["send-keys", "-t", "app", key])
    #expect(t.exitStatus() == 0)
    #expect(t.display("#{alternate_on}") == "0")
    #expect(t.display("#{cursor_flag}") == "1")
  }

  @Test func sigtermWhileLoadingRestoresTheTerminal() throws {
    let t = TmuxSession()
    let (corpus, env) = try Self.makeCorpus(t)
    t.start(["--corpus", corpus], env: env)
    t.waitUntil("the loading screen before the last file") {
      $0.contains("files read: 3,000 / 3,001")
    }
    guard let pid = t.appPID() else {
      Issue.record("no reader process")
      return
    }
    kill(pid, SIGTERM)
    #expect(t.exitStatus() == 143)
    #expect(t.display("#{alternate_on}") == "0")
  }
}
