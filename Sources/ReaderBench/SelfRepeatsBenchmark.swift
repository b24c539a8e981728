@_spi(Bench) import CorpusKit
import Foundation

/// `reader-bench self-repeats [--dir PATH]...`: which documents of a corpus the overlap engine
/// takes for one that tells its story more than once (and aligns telling by telling), with
/// their tellings; by default over the sample, the reuse dev set's essays, the boilerplate dev
/// set's news pages and the BBC corpus. The gate should let through the sample's 000 (three
/// tellings of 001) and almost nothing else.
enum SelfRepeatsBenchmark {
  static func run(_ args: [String]) throws {
    var dirs: [String] = []
    var i = 0
    while i + 1 < args.count {
      if args[i] == "--dir" { dirs.append(args[i + 1]) }
      i += 1
    }
    if dirs.isEmpty {
      dirs = [
        "/corpus/seeds", "/eval/dev/reuse-pan13/docs", "/corpus/bbc",
      ].map { BenchPaths.shared + $0 }
    }
    for dir in dirs {
      let c0 = ProcessCPU.seconds
      let corpus = try CorpusLoader.load(dir)
      let engine = OverlapEngine(corpus: corpus)
      var repeating = 0
      let l0 = ProcessCPU.seconds
      for d in corpus.documents {
        let t = engine.tellings(of: d)
        if args.contains("--chains") {
          let c = engine.repeatChains(of: d)
          if c.count > 1 { print("  \(d.id): \(c[0]), \(c.count - 1) chains, \(t.count) tellings") }
        }
        guard t.count > 1 else { continue }
        repeating += 1
        print("  \(d.id): \(t.count) tellings \(t.map { "\($0.lowerBound)-\($0.upperBound)" })")
        if args.contains("--chains") {
          let chains = engine.repeatChains(of: d).dropFirst().sorted {
            ($0.split(separator: " ")[4].count, $0.split(separator: " ")[4]) > (
              $1.split(separator: " ")[4].count, $1.split(separator: " ")[4]
            )
          }
          for c in chains.prefix(6) { print("    " + c) }
          if chains.count > 6 { print("    … \(chains.count) chains") }
        }
      }
      print(
        String(
          format: "%@: %d of %d documents repeat themselves (load %.1f s, tellings %.1f s CPU)",
          dir, repeating, corpus.documents.count, l0 - c0, ProcessCPU.seconds - l0))
    }
  }
}
