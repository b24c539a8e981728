import ArgumentParser
import CorpusKit
import Foundation

/// `reader bench-reopen`: start → first frame and start → all marks ready (duplicate marks and
/// entities landed, the frame drawn again), in process, without a terminal: the browser's own
/// path (`IndexedOpen.open`, the model, the analyses, the render). With the index (built first
/// when missing) and without it (`--no-index` as today), alternating. See BENCHMARKS.md.
struct BenchReopenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench-reopen", abstract: "Benchmark reopening the browser (hidden).",
    shouldDisplay: false)

  @OptionGroup var corpusOptions: CorpusOptions
  @Option(help: "Runs of each (medians are printed).") var runs = 3
  @Option(help: "Runs without the index (0: none, for very large corpora).") var baseline = 1
  @Option(help: "Screen width.") var width = 160
  @Option(help: "Screen height.") var height = 45

  struct Times {
    var frame: Double
    var marks: Double
    /// Start → the files checked against the shown rows (-1: changed; 0: checked before).
    var checked: Double
    var rows: Int
    var pairs: Int
    var entities: Int
    var fromRows: Bool
    /// Open (rows or load), model, first render.
    var parts: [Double]
    /// Process CPU (all threads) to the first frame, and to all marks ready.
    var frameCPU: Double
    var marksCPU: Double
    /// The entity marks of one article (the middle one) when it is first opened.
    var articleMarks: Double
  }

  /// User + system CPU of the process so far.
  static func cpu() -> Double {
    var u = rusage()
    getrusage(RUSAGE_SELF.rawValue, &u)
    return Double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
      + Double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6
  }

  func run() throws {
    let path = try corpusOptions.resolvedPath()
    let withIndex = corpusOptions.indexChoice
    // A first start builds the index and stores the analyses (not timed as a reopen).
    let first = try once(path, choice: withIndex)
    print(
      String(
        format: "first start (index built, analyses stored): frame %.3f s, all marks %.3f s",
        first.frame, first.marks))
    var reopen: [Times] = []
    var plain: [Times] = []
    for r in 0..<max(runs, baseline) {
      if r < runs { reopen.append(try once(path, choice: withIndex)) }
      if r < baseline { plain.append(try once(path, choice: IndexChoice(disabled: true))) }
    }
    let last = reopen.last!
    print(
      "corpus: \(path) (\(last.rows) articles; \(last.pairs) pairs, \(last.entities) entities);"
        + " reopen from the index's rows: \(last.fromRows)")
    func line(_ name: String, _ t: [Times]) {
      print(
        String(
          format:
            "%@ first frame %.3f s, all marks ready %.3f s, files checked %.3f s (medians of %d)",
          name, median(t.map(\.frame)), median(t.map(\.marks)), median(t.map(\.checked)),
          t.count))
      print(
        String(
          format:
            "    of the first frame: open %.3f s, model %.3f s, render %.3f s; CPU to it %.3f s, to all marks %.3f s",
          median(t.map { $0.parts[0] }), median(t.map { $0.parts[1] }),
          median(t.map { $0.parts[2] }), median(t.map(\.frameCPU)), median(t.map(\.marksCPU))))
      print(
        String(
          format: "    then an article's entity marks, first opened: %.3f s",
          median(t.map(\.articleMarks))))
    }
    line("reopen with the index:  ", reopen)
    if !plain.isEmpty {
      line("no index (as today):    ", plain)
      print(
        String(
          format: "ratio reopen / no index: first frame %.3f×, all marks %.3f×",
          median(reopen.map(\.frame)) / median(plain.map(\.frame)),
          median(reopen.map(\.marks)) / median(plain.map(\.marks))))
    }
  }

  /// One start: open, model, first frame; then the analyses until both have landed.
  func once(_ path: String, choice: IndexChoice) throws -> Times {
    let t0 = Date()
    let c0 = Self.cpu()
    let corpus = try IndexedOpen.openStored(
      path, isSample: corpusOptions.corpus == nil, options: corpusOptions.loadOptions,
      choice: choice, note: { Stderr.print("reader: \($0)") })
    let t1 = Date()
    var m = Model(library: corpus, corpusLabel: "bench", width: width, height: height)
    let t2 = Date()
    _ = Render.frame(m).changes(from: nil)
    let frame = Date().timeIntervalSince(t0)
    let frameCPU = Self.cpu() - c0
    let parts = [
      t1.timeIntervalSince(t0), t2.timeIntervalSince(t1), frame - t2.timeIntervalSince(t0),
    ]
    let work = Analyses(
      library: corpus,
      index: { [isSample = corpusOptions.corpus == nil] in
        IndexedOpen.index(for: path, isSample: isSample, choice: choice, note: { _ in })
      })
    // The browser checks the files after the first frame (rows drawn from the index first),
    // once the analyses landed (`RefreshingWork.start`).
    let checked = Locked<Double?>(corpus.check == nil ? 0 : nil)
    if let check = corpus.check {
      RefreshingWork.start(work) {
        let changed = check() != nil
        checked.withLock { $0 = changed ? -1 : Date().timeIntervalSince(t0) }
      }
    } else {
      work.start()
    }
    var dups = false
    var ents = false
    while !(dups && ents) {
      for a in work.take() {
        switch a {
        case .duplicatesReady: dups = true
        case .entitiesReady, .entitiesFailed: ents = true
        default: break
        }
        _ = m.update(a)
      }
      if !(dups && ents) { usleep(1000) }
    }
    _ = Render.frame(m).changes(from: nil)
    let marks = Date().timeIntervalSince(t0)
    let marksCPU = Self.cpu() - c0
    // A reopened index finds a document's entities on first use.
    let a0 = Date()
    if let idx = m.entities.value, corpus.count > 0 {
      _ = idx.mentions(inDocument: m.corpus.rows[corpus.count / 2].id)
    }
    let articleMarks = Date().timeIntervalSince(a0)
    while checked.value == nil { usleep(1000) }
    return Times(
      frame: frame, marks: marks, checked: checked.value!, rows: corpus.count,
      pairs: m.duplicates.value?.pairs.count ?? 0,
      entities: m.entities.value?.count ?? 0, fromRows: corpus.index != nil, parts: parts,
      frameCPU: frameCPU, marksCPU: marksCPU, articleMarks: articleMarks)
  }

  private func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.isEmpty ? .nan : s[s.count / 2]
  }
}
