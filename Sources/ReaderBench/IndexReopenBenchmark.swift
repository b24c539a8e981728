import CorpusIndex
@_spi(Bench) import CorpusKit
import Foundation

/// `reader-bench index-reopen [--runs R] [--dir PATH] [--generate N] [--marks 0]`: opening a corpus with
/// no index, building its index from nothing (cold), reopening through it (warm, nothing
/// changed), reopening after one file changed, and searching it; the index's size. Default
/// corpus: the 2,225 BBC articles in ../shared; `--generate N` writes N synthetic articles
/// (SyntheticNews) into a temporary folder first; `--marks 0` skips the duplicate report. The
/// index is written to a temporary folder.
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
      folder = work + "/corpus"
      try writeSynthetic(generate, to: folder)
    }
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
    let t = Clock.now
    let report =
      options.int("--marks", default: 1) == 1 ? OverlapEngine(corpus: corpus!).duplicates() : nil
    let marks = Clock.now - t
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
        format: "search (4 queries, top 20):   %.1f ms median, %d hits", median(search) * 1000, hits
      ))
    print(
      String(
        format: "index size:                   %.1f MB", Double(stats.bytes) / 1_048_576))
    print(
      String(
        format: "duplicate report (not stored, computed after reopen): %.3f s, %d pairs", marks,
        report?.pairs.count ?? -1))
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
