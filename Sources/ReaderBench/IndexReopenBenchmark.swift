import CorpusIndex
@_spi(Bench) import CorpusKit
import Foundation

/// `reader-bench index-reopen [--runs R] [--dir PATH] [--generate N] [--marks 0]`: opening a corpus with
/// no index, building its index from nothing (cold), reopening through it (warm, nothing
/// changed), reopening after one file changed, and searching it; the index's size. Default
/// corpus: the 2,225 BBC articles in ../shared; `--generate N` writes N synthetic articles
/// (SyntheticNews) into a temporary folder first (into `--dir` when given, kept and reused); `--marks 0` skips timing "all marks ready"
/// (the library, the duplicate report and the entity index, with and without the index;
/// `--baseline 0` skips the run without it, for very large corpora). The index is written to
/// a temporary folder.
enum IndexReopenBenchmark {
  static func run(_ args: [String]) throws {
    let options = BenchOptions(args)
    let runs = options.int("--runs", default: 3)
    let work = FileManager.default.temporaryDirectory.appendingPathComponent(
      "reader-bench-index-\(getpid())"
    ).path
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: work) }
    var folder = options.string("--dir", default: BenchPaths.shared + "/corpus/bbc")
    let generate = options.int("--generate", default: 0)
    if generate > 0 {
      // With --dir, the generated corpus is kept there and reused by the next run.
      let keep = options.string("--dir", default: "")
      folder = keep.isEmpty ? work + "/corpus" : keep
      let present = (try? FileManager.default.contentsOfDirectory(atPath: folder).count) ?? 0
      if present != generate { try writeSynthetic(generate, to: folder) }
    }
    if runs == 0 { return }  // `--generate N --dir D --runs 0`: only write the corpus
    let file = work + "/index.sqlite"

    var plain: [Double] = []
    var plainCPU: [Double] = []
    for _ in 0..<runs {
      let t = Clock.now
      let c = ProcessCPU.seconds
      _ = try CorpusLoader.load(folder)
      plain.append(Clock.now - t)
      plainCPU.append(ProcessCPU.seconds - c)
    }
    var cold: [Double] = []
    var coldCPU: [Double] = []
    for _ in 0..<runs {
      for s in ["", "-wal", "-shm"] { unlink(file + s) }
      let t = Clock.now
      let c = ProcessCPU.seconds
      let loaded = try CorpusIndex.open(at: file).load(folder)
      cold.append(Clock.now - t)
      coldCPU.append(ProcessCPU.seconds - c)
      precondition(!loaded.restored && loaded.saveProblem == nil)
    }
    var warm: [Double] = []
    var warmCPU: [Double] = []
    var corpus: Corpus?
    for _ in 0..<runs {
      let t = Clock.now
      let c = ProcessCPU.seconds
      let loaded = try CorpusIndex.open(at: file).load(folder)
      warm.append(Clock.now - t)
      warmCPU.append(ProcessCPU.seconds - c)
      precondition(loaded.restored)
      corpus = loaded.corpus
    }
    // Reopen as the browser does: the library's rows only, no article body.
    var rowsOnly: [Double] = []
    for _ in 0..<runs {
      let t = Clock.now
      let rows = try CorpusIndex.open(at: file).rows(folder)
      rowsOnly.append(Clock.now - t)
      precondition(rows?.rows.count == corpus?.documents.count)
    }
    let index = try CorpusIndex.open(at: file)
    let queries = ["government", "\"prime minister\"", "econom*", "film AND award NOT oscar"]
    var search: [Double] = []
    var hits = 0
    for _ in 0..<max(3, runs) {
      for q in queries {
        let t = Clock.now
        hits += try index.search(q, limit: 20).count
        search.append(Clock.now - t)
      }
    }
    let stats = try index.stats()
    let n = corpus!.documents.count
    print("corpus: \(folder) (\(n) articles, \(stats.files) files); \(runs) runs, medians")
    print(
      String(
        format: "no index (read + clean):      %.3f s wall, %.3f s CPU", median(plain),
        median(plainCPU)))
    print(
      String(
        format: "cold index build:             %.3f s wall (%.2f× no index), %.3f s CPU (%.2f×)",
        median(cold), median(cold) / median(plain), median(coldCPU),
        median(coldCPU) / median(plainCPU)))
    print(
      String(
        format: "warm reopen (restored):       %.3f s wall (%.2f× no index), %.3f s CPU (%.2f×)",
        median(warm), median(warm) / median(plain), median(warmCPU),
        median(warmCPU) / median(plainCPU)))
    print(
      String(
        format: "reopen, library rows only:    %.3f s wall (%.3f× no index)", median(rowsOnly),
        median(rowsOnly) / median(plain)))
    print(
      String(
        format: "search (4 queries, top 20):   %.1f ms median, %d hits", median(search) * 1000, hits
      ))
    print(
      String(
        format: "index size:                   %.1f MB", Double(stats.bytes) / 1_048_576))
    if options.int("--marks", default: 1) == 1 {
      try marks(
        folder: folder, file: file, runs: runs, baseline: options.int("--baseline", default: 1) == 1
      )
    }
  }

  /// "Reopen until all marks are ready": the library (the corpus loaded), the duplicate report
  /// and the entity index, one after the other on one thread. Without an index all three are
  /// computed (as every start did before); with it, the first start computes and stores the
  /// two analyses, and a reopen with nothing changed restores them.
  static func marks(folder: String, file: String, runs: Int, baseline: Bool) throws {
    let recognizer = try EntityRecognizer.loadDefault()
    var plain: [Double] = []
    var plainCPU: [Double] = []
    var pairs = 0
    var entities = 0
    for _ in 0..<(baseline ? max(1, runs / 2) : 0) {
      let t = Clock.now
      let c = ProcessCPU.seconds
      let corpus = try CorpusLoader.load(folder)
      pairs = OverlapEngine(corpus: corpus).duplicates().pairs.count
      entities = EntityIndex(corpus: corpus, recognizer: recognizer).entities.count
      plain.append(Clock.now - t)
      plainCPU.append(ProcessCPU.seconds - c)
    }
    // The first start with an index computes the analyses and stores them.
    let t = Clock.now
    let c = ProcessCPU.seconds
    let index = try CorpusIndex.open(at: file)
    let corpus = try index.load(folder).corpus
    let d = index.duplicates(of: corpus) { OverlapEngine(corpus: corpus).duplicates() }
    let e = index.entities(of: corpus, recognizer: recognizer)
    let first = Clock.now - t
    let firstCPU = ProcessCPU.seconds - c
    precondition(d.saveProblem == nil && e.saveProblem == nil && !d.restored && !e.restored)
    var warm: [Double] = []
    var warmCPU: [Double] = []
    var parts: [[Double]] = [[], [], [], []]
    for _ in 0..<runs {
      let t0 = Clock.now
      let c0 = ProcessCPU.seconds
      let index = try CorpusIndex.open(at: file)
      let loaded = try index.load(folder)
      let t1 = Clock.now
      let keys = AnalysisKeys(loaded.corpus)
      let t2 = Clock.now
      let d = index.duplicates(of: loaded.corpus, keys: keys) {
        OverlapEngine(corpus: loaded.corpus).duplicates()
      }
      let t3 = Clock.now
      let e = index.entities(of: loaded.corpus, recognizer: recognizer, keys: keys)
      let t4 = Clock.now
      warm.append(t4 - t0)
      warmCPU.append(ProcessCPU.seconds - c0)
      for (k, v) in [t1 - t0, t2 - t1, t3 - t2, t4 - t3].enumerated() { parts[k].append(v) }
      precondition(loaded.restored && d.restored && e.restored)
      precondition(
        !baseline || (d.value.pairs.count == pairs && e.value.entities.count == entities))
    }
    // As the browser reopens: rows, then both analyses from the stored keys (no body read).
    var fromRows: [Double] = []
    for _ in 0..<runs {
      let t0 = Clock.now
      let index = try CorpusIndex.open(at: file)
      guard let rows = index.rows(folder) else { preconditionFailure("rows not reusable") }
      let d = index.duplicates(keys: rows.keys) { preconditionFailure("report not stored") }
      let e = index.entities(keys: rows.keys, recognizer: recognizer) {
        preconditionFailure("entities not stored")
      }
      fromRows.append(Clock.now - t0)
      precondition(d.restored && e.restored)
    }
    print("all marks ready (library + duplicate report + entity index), one thread:")
    if baseline {
      print(
        String(
          format:
            "  no index (load, compute both):   %.3f s wall, %.3f s CPU (%d pairs, %d entities)",
          median(plain), median(plainCPU), pairs, entities))
    }
    print(
      String(
        format:
          "  first start with index (store):  %.3f s wall, %.3f s CPU (one run; %d pairs, %d entities)",
        first, firstCPU, d.value.pairs.count, e.value.entities.count))
    print(
      String(
        format: "  reopen, nothing changed:         %.3f s wall (%.3f× no index), %.3f s CPU",
        median(warm), baseline ? median(warm) / median(plain) : .nan, median(warmCPU)))
    print(
      String(
        format: "  reopen from the rows (no bodies): %.3f s wall (%.3f× no index)",
        median(fromRows), baseline ? median(fromRows) / median(plain) : .nan))
    print(
      String(
        format:
          "    of which: load %.3f s, document keys %.3f s, duplicates %.3f s, entities %.3f s",
        median(parts[0]), median(parts[1]), median(parts[2]), median(parts[3])))
  }

  /// N synthetic articles, one .txt file each.
  static func writeSynthetic(_ n: Int, to folder: String) throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let model = try SyntheticNews(folder: BenchPaths.shared + "/corpus/bbc")
    var rng = SplitMix(seed: 12)
    for k in 0..<n {
      let a = model.article(&rng, paragraphs: 3 + Int(rng.next() % 3))
      try SyntheticNews.text(a).write(
        toFile: folder + String(format: "/gen-%06d.txt", k), atomically: false, encoding: .utf8)
    }
  }
}
