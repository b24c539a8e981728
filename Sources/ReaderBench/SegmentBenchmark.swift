@_spi(Bench) import CorpusKit
import Foundation

/// `reader-bench segment [--mb N] [--runs R] [--dir PATH]`: load + decode + clean + segment
/// throughput on a generated corpus, against reading the same files (the I/O floor) in the
/// same run.
enum SegmentBenchmark {
  static func run(_ args: [String]) throws {
    let options = BenchOptions(args)
    let mb = options.int("--mb", default: 60)
    let runs = options.int("--runs", default: 5)
    let dir = options.string("--dir", default: NSTemporaryDirectory() + "reader-bench-segment")
    let seedFolder = BenchPaths.sample
    let marker = dir + "/.generated-\(mb)mb"
    if !FileManager.default.fileExists(atPath: marker) {
      try? FileManager.default.removeItem(atPath: dir)
      let g = try SeedCorpusGenerator(seedFolder: seedFolder)
      let (files, bytes) = try g.write(to: dir, bytes: mb * 1_000_000)
      FileManager.default.createFile(atPath: marker, contents: nil)
      print("generated \(files) articles, \(bytes) bytes in \(dir)")
    }
    var readTimes: [Double] = []
    var fullTimes: [Double] = []
    var bytes = 0
    var docs = 0
    var tokens = 0
    for _ in 0..<runs {
      let t0 = Clock.now
      let raw = try CorpusLoader.readRaw(dir)
      let t1 = Clock.now
      let corpus = Corpus(raw: raw.0, warnings: raw.1)
      let t2 = Clock.now
      bytes = raw.0.reduce(0) { $0 + $1.text.utf8.count }
      docs = corpus.documents.count
      tokens = corpus.documents.reduce(0) { $0 + $1.tokens.count }
      readTimes.append(t1 - t0)
      fullTimes.append(t2 - t0)
    }
    // Phase breakdown on the last load: scalars + lines, tokens alone.
    let raw = try CorpusLoader.readRaw(dir).0
    let p0 = Clock.now
    let texts = raw.map { ScalarText($0.text) }
    let p1 = Clock.now
    var tokenCount = 0
    for t in texts { tokenCount += Tokenizer.tokenize(t.scalars).count }
    let p2 = Clock.now
    let mbs = Double(bytes) / 1e6
    print(
      "phases: scalars \(String(format: "%.3f", p1 - p0)) s, tokenize \(String(format: "%.3f", p2 - p1)) s (\(tokenCount) tokens, \(String(format: "%.0f", (p2 - p1) / Double(max(1, tokenCount)) * 1e9)) ns/token)"
    )
    let read = median(readTimes)
    let full = median(fullTimes)
    print("corpus: \(docs) articles, \(String(format: "%.1f", mbs)) MB, \(tokens) tokens")
    print(
      "read + decode only:          median \(String(format: "%.3f", read)) s  = \(String(format: "%.1f", mbs / read)) MB/s"
    )
    print(
      "load + decode + clean + segment: median \(String(format: "%.3f", full)) s  = \(String(format: "%.1f", mbs / full)) MB/s"
    )
    print("ratio full / read: \(String(format: "%.2f", full / read))x  (runs: \(runs))")
  }
}

/// Wall-clock seconds from a monotonic clock.
enum Clock {
  static var now: Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }
}

func median(_ xs: [Double]) -> Double {
  let s = xs.sorted()
  guard !s.isEmpty else { return 0 }
  return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

/// Paths the benchmarks read.
enum BenchPaths {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let sample = root.appendingPathComponent("Sources/Reader/Resources/Sample").path
  static let shared = root.deletingLastPathComponent().appendingPathComponent("shared").path
}
