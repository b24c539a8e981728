import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// End-to-end: the built `reader` binary in a private tmux server at 160×45, driven with
/// send-keys and synchronised on its frame counter and a settled screen.
@Suite(
  .enabled(
    if: tmuxPath != nil, "tmux is not installed: apt-get install tmux to run the end-to-end tests"))
struct BrowseE2ETests {
  @Test func opensTheSampleLibrary() {
    let t = TmuxSession()
    t.start()
    t.waitForStart()
    let screen = t.waitFor("Reader · sample · 5 articles")
    let rows = screen.components(separatedBy: "\n")
    #expect(rows[1].contains("ID") && rows[1].contains("TITLE"))
    for (i, id) in ["000", "001", "002", "003", "004"].enumerated() {
      #expect(rows[2 + i].hasPrefix(" " + id))
    }
    #expect(rows[44].contains("LIBRARY"))
    #expect(t.display("#{alternate_on}") == "1")
    // Once the overlap report is in, 000 carries its mark if the engine found the rewrite.
    let landed = t.waitForAnalyses().components(separatedBy: "\n")
    let top = landed[0]
    if top.contains(" pair") {
      #expect(landed[2].contains("rewrite of 001"))
    } else {
      #expect(top.contains("overlaps: none found") || top.contains("overlaps: unavailable"))
    }
  }

  @Test func articleSearchHighlightsMatches() {
    let t = TmuxSession()
    t.start()
    t.waitForStart()
    t.press("Enter")
    t.waitFor("575 words")
    t.press("/")
    t.press("Lukashenko", literal: true)
    let s = t.press("Enter")
    #expect(s.contains("matches for “Lukashenko”"))
    let colours = t.capture(colors: true)
    // The search role.
    #expect(colours.contains("\u{1B}[38;5;16m\u{1B}[48;5;226m") || colours.contains("48;5;226"))
    let n = t.press("n")
    #expect(n.contains("match 2/"))
  }

  @Test func compareOpensSideBySide() {
    let t = TmuxSession()
    t.start()
    t.waitForStart()
    t.press("c")
    t.waitFor("Compare 000 with…")
    t.press("Enter")
    // On a loaded machine the first capture can still show the picker: wait for the compare header.
    t.waitFor("Compare 000 ↔")
    let s = t.capture()
    #expect(s.components(separatedBy: "\n")[0].contains("Compare 000 ↔ 0"))
    let rows = t.waitFor("│").components(separatedBy: "\n")
    // The divider stays in one column on every body row.
    let cols = Set(
      rows[1..<44].compactMap { row -> Int? in
        guard let r = row.range(of: "│") else { return nil }
        return row[..<r.lowerBound].count
      })
    #expect(cols.count == 1)
    // The alignment is computed in the background (slow on a loaded machine): wait for it.
    t.waitUntil("the alignment to land") {
      // The header under the titles: "71% of 000 found in 001 · …".
      $0.components(separatedBy: "\n").prefix(4).contains {
        $0.contains("% of 0") && $0.contains(" found in ")
      }
        || $0.contains("overlaps: none found") || $0.contains("overlaps: unavailable")
    }
    let after = t.press("]")
    #expect(after.contains("passage 1/") || after.contains("none found"))
    let back = t.press("q")
    #expect(back.contains("LIBRARY"))
  }

  @Test func entitySidebarShowsWhatTheRecogniserGives() {
    let t = TmuxSession()
    t.start()
    t.waitForStart()
    t.press("Enter")
    let s = t.press("e")
    #expect(s.contains("Entities · 000"))
    let screen = t.waitForAnalyses()
    if screen.contains("entities: unavailable") {
      #expect(screen.contains("ARTICLE·ENTITIES"))
    } else if screen.contains("Alexander Lukashenko") {
      // Move the sidebar cursor (reverse video) onto him.
      func selected() -> Bool {
        t.capture(colors: true).components(separatedBy: "\n").contains { line in
          line.contains("Alexander Lukashenko")
            && (line.contains("\u{1B}[7m") || line.contains(";7m") || line.contains("[7;")
              || line.contains(";7;"))
        }
      }
      for _ in 0..<40 where !selected() { t.press("j") }
      #expect(selected())
      let lookup = t.press("Enter")
      #expect(lookup.contains("Lookup · Alexander Lukashenko"))
      #expect(lookup.contains("mentions in"))
      let open = t.press("Enter")
      #expect(open.contains("ARTICLE"))
      #expect(t.press("q").contains("Lookup · Alexander Lukashenko"))
    }
  }

  @Test func helpAndThemes() {
    let t = TmuxSession()
    t.start()
    t.waitForStart()
    let help = t.press("?")  // opens at the library's section
    #expect(help.contains("Library") && help.contains("next aligned passage"))
    #expect(t.press("g").contains("Everywhere"))
    t.press("Escape")
    let dark = t.capture(colors: true).components(separatedBy: "\n")[0]
    #expect(dark.contains("48;5;24"))  // dark title bar
    let light = t.press("T")
    #expect(light.contains("theme: light"))
    #expect(t.capture(colors: true).components(separatedBy: "\n")[0].contains("48;5;152"))
    #expect(t.press("T").contains("theme: high-contrast"))
    #expect(t.press("T").contains("theme: mono"))
  }

  @Test func commandLineThemesSortsAndQuits() {
    let t = TmuxSession()
    t.start()
    t.waitForStart()
    t.press(":", literal: true)
    t.press("theme light", literal: true)
    // A frame of the analyses landing may come between the keys; wait for the typed text.
    t.waitFor(":theme light")
    #expect(t.capture().components(separatedBy: "\n")[44].hasPrefix(" :theme light"))
    #expect(t.press("Enter").contains("theme: light"))
    #expect(t.capture(colors: true).components(separatedBy: "\n")[0].contains("48;5;152"))
    t.press(":", literal: true)
    t.press("sort title", literal: true)
    #expect(t.press("Enter").contains("library sorted by title"))
    t.press(":", literal: true)
    t.press("nope", literal: true)
    #expect(t.press("Enter").contains("unknown command: nope"))
    t.press(":", literal: true)
    t.press("q", literal: true)
    t.press("Escape")  // cancels: still running
    #expect(t.display("#{alternate_on}") == "1")
    t.press(":", literal: true)
    t.press("q", literal: true)
    t.tmux(["send-keys", "-t", "app", "Enter"])
    #expect(t.exitStatus() == 0)
    #expect(t.display("#{alternate_on}") == "0")
  }

  @Test func resizeToTooSmallAndBack() {
    let t = TmuxSession()
    t.start()
    t.waitForStart()
    t.press("Enter")
    t.tmux(["resize-window", "-t", "app", "-x", "30", "-y", "8"])
    t.waitFor("terminal too small")
    #expect(t.capture().contains("have 30×8"))
    t.tmux(["resize-window", "-t", "app", "-x", "80", "-y", "24"])
    let s = t.waitUntil("the article at 80×24") {
      $0.contains("ARTICLE") && !$0.contains("too small")
    }
    #expect(!s.contains("too small"))
    #expect(s.components(separatedBy: "\n").prefix(24).allSatisfy { $0.count <= 80 })
    t.tmux(["resize-window", "-t", "app", "-x", "160", "-y", "45"])
    let big = t.waitUntil("the article at 160×45") {
      $0.components(separatedBy: "\n").count > 44
        && $0.components(separatedBy: "\n")[44].contains("ARTICLE")
    }
    #expect(big.components(separatedBy: "\n")[44].contains("ARTICLE"))
  }

  @Test func qLeavesTheTerminalClean() {
    let t = TmuxSession()
    t.start()
    t.waitForStart()
    t.press("Enter")
    t.press("Escape")
    t.press("Escape")  // Esc never quits
    #expect(t.display("#{alternate_on}") == "1")
    t.tmux(["send-keys", "-t", "app", "q"])
    #expect(t.exitStatus() == 0)
    #expect(t.display("#{alternate_on}") == "0")
    #expect(t.display("#{cursor_flag}") == "1")
  }

  @Test(arguments: [(SIGTERM, Int32(143)), (SIGINT, Int32(130))])
  func signalsRestoreTheTerminal(signal: Int32, status: Int32) {
    let t = TmuxSession()
    t.start()
    t.waitForStart()
    t.press("Enter")
    guard let pid = t.appPID() else {
      Issue.record("no reader process")
      return
    }
    kill(pid, signal)
    #expect(t.exitStatus() == status)
    #expect(t.display("#{alternate_on}") == "0")
  }

  @Test func aThrownErrorRestoresTheTerminal() {
    let t = TmuxSession()
    t.start(env: ["READER_TEST_THROW": "2"])
    t.waitForStart()
    t.tmux(["send-keys", "-t", "app", "j"])
    #expect(t.exitStatus() == 1)
    #expect(t.display("#{alternate_on}") == "0")
    t.waitFor("the terminal was restored")
  }

  @Test func notATerminalPointsToTheCLI() {
    let r = spawn(
      [readerBinary], env: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "xterm"])
    #expect(r.status == 2)
    #expect(r.err.contains("reader list") && r.err.contains("tty"))
  }

  /// A terminal that cannot address the cursor gets the same message and status as one
  /// terminfo does not know (TERM=dumb used to get a blank screen).
  @Test(arguments: ["dumb", "no-such-terminal"])
  func undrivableTerminalsAreAClearError(term: String) {
    let t = TmuxSession()
    t.start(env: ["TERM": term])
    #expect(t.exitStatus() == 2)
    t.waitFor("cannot drive terminal type '\(term)' (TERM); try TERM=xterm-256color")
  }

  @Test func emptyCorpusIsFriendly() throws {
    let t = TmuxSession()
    let empty = t.dir + "/empty"
    try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
    t.start(["--corpus", empty])
    t.waitForStart()
    let s = t.waitFor("No articles here yet.")
    #expect(s.contains("empty"))
    t.press("j")
    t.press("Enter")
    t.tmux(["send-keys", "-t", "app", "q"])
    #expect(t.exitStatus() == 0)
  }

  @Test func noColorAndBrokenThemes() throws {
    let t = TmuxSession()
    let themes = t.dir + "/config/reader/themes"
    try FileManager.default.createDirectory(atPath: themes, withIntermediateDirectories: true)
    try "[roles\n".write(toFile: themes + "/broken.toml", atomically: true, encoding: .utf8)
    t.start(env: ["NO_COLOR": "1"])
    t.waitForStart()
    let s = t.waitFor("broken.toml")
    #expect(s.contains("theme file skipped (1):") && s.contains("broken.toml:1:"))
    let c = t.capture(colors: true)
    #expect(!c.contains("38;5;") && !c.contains("48;5;"))
    #expect(c.contains("\u{1B}[7m") || c.contains("\u{1B}[1;7m"))  // attributes remain
  }

  @Test func eightColourTerminalsGetTheNearestBasicColours() {
    let t = TmuxSession()
    t.start(env: ["TERM": "screen"])
    t.waitForStart()
    t.waitFor("Reader · sample")
    let c = t.capture(colors: true)
    #expect(!c.contains("38;5;") && !c.contains("48;5;"))
    let top = c.components(separatedBy: "\n")[0]
    // A basic background.
    #expect((0...7).contains { top.contains("[4\($0)m") || top.contains(";4\($0)m") })
  }

  @Test func wideCharactersKeepColumns() throws {
    let t = TmuxSession()
    let corpus = t.dir + "/wide"
    try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
    let body = String(
      repeating: "中文新闻报道 “引号” — emoji 📰 and café naïve e\u{301}te\u{301}. ", count: 12)
    try "北京新闻标题 — Headline 📰\n\n\(body)\n\n\(body)\n".write(
      toFile: corpus + "/cjk.txt", atomically: true, encoding: .utf8)
    try "Second article\n\nPlain text here for the second one.\n".write(
      toFile: corpus + "/plain.txt", atomically: true, encoding: .utf8)
    t.start(["--corpus", corpus])
    t.waitForStart()
    t.waitFor("北京新闻标题")
    t.press("Enter")
    let s = t.press("e")
    let rows = s.components(separatedBy: "\n")
    // The sidebar border sits in the same display column on every body row.
    func column(_ row: String) -> Int? {
      guard let r = row.range(of: "│") else { return nil }
      return row[..<r.lowerBound].unicodeScalars.reduce(0) { w, u in
        w
          + ((0x4E00...0x9FFF).contains(u.value) || (0x3000...0x303F).contains(u.value)
            || u.value == 0x1F4F0 ? 2 : (u.value == 0x301 ? 0 : 1))
      }
    }
    let cols = Set(rows[1..<44].compactMap(column))
    #expect(cols.count == 1, "\(cols)")
    #expect(s.contains("中文新闻报道"))
  }
}
