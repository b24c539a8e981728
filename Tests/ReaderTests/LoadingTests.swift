import CorpusKit
import Foundation
import Testing

@testable import Reader

/// The loading screen a big corpus shows while it loads in the background.
@Suite struct LoadingTests {
  @Test func showsFilesReadThenAnalysing() {
    var s = LoadingState(label: "big", width: 80, height: 24)
    s.phase = .reading(done: 1234, total: 10000)
    let g = LoadingView.frame(s, theme: .builtin)
    #expect(g.line(0).hasPrefix(" Reader · big"))
    #expect(g.text.contains("Loading big…"))
    #expect(g.text.contains("files read: 1,234 / 10,000"))
    #expect(g.text.contains("▕█████░"))  // 12% of a 48-cell bar
    #expect(g.text.contains("q quits"))
    #expect(g.line(23).hasPrefix(" LOADING "))
    #expect(!g.text.contains("LIBRARY"))
    s.phase = .analysing(articles: 10000)
    let a = LoadingView.frame(s, theme: .builtin)
    #expect(a.text.contains("analysing 10,000 articles…"))
    #expect(a.text.contains("▕" + String(repeating: "█", count: 48) + "▏"))
  }

  @Test func anySizeDraws() {
    for (w, h) in [(160, 45), (30, 8), (3, 2), (1, 1)] {
      var s = LoadingState(label: "big", width: w, height: h)
      s.phase = .reading(done: 5, total: 9)
      let g = LoadingView.frame(s, theme: .builtin)
      #expect(g.width == w && g.height == h)
      #expect(g.lines.allSatisfy { TextWidth.of($0) <= w })
    }
  }

  @Test func qQAndCtrlCQuitOtherKeysWait() {
    for k: Key in [.char("q"), .char("Q"), .ctrl("c")] {
      var s = LoadingState(label: "x", width: 80, height: 24)
      s.handle(k)
      #expect(s.quit)
    }
    var s = LoadingState(label: "x", width: 80, height: 24)
    for k: Key in [.char("j"), .enter, .escape, .char("?"), .char(":")] { s.handle(k) }
    #expect(!s.quit)
  }

  @Test func backgroundLoadReportsProgressAndTheCorpus() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "reader-load-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    for i in 0..<40 {
      try "Headline \(i)\n\nThe council met on Tuesday to discuss item \(i) of the budget.\n"
        .write(toFile: "\(dir)/a\(i).txt", atomically: false, encoding: .utf8)
    }
    let job = CorpusLoad()
    job.start(dir)
    while job.result == nil { job.wait(ms: 50) }
    let corpus = try job.result!.get()
    #expect(corpus.count == 40)
    #expect(job.phase == .analysing(articles: 40))

    let empty = dir + "/empty"
    try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
    let none = CorpusLoad()
    none.start(empty)
    while none.result == nil { none.wait(ms: 50) }
    #expect(try none.result!.get().count == 0)  // the friendly empty library
  }
}
