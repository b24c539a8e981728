@_spi(Bench) import CorpusKit
import Foundation

/// `reader-bench same-story [--corpus PATH] [--min-cosine X] [--min-shared N] [--min-numbers N]
/// [--list N] [--seed S]`: the same-story pairs of a corpus (default: the BBC corpus in
/// ../shared) with both titles, N of them drawn at random to judge by hand; and on the dev
/// set's negative pairs (essays on other topics), how many are reported, both inside the
/// whole dev corpus and as two-document corpora.
enum SameStoryBenchmark {
  static func run(_ args: [String]) throws {
    let o = BenchOptions(args)
    var finder = SameStoryFinder()
    finder.minCosine = o.double("--min-cosine", default: finder.minCosine)
    finder.minShared = o.int("--min-shared", default: finder.minShared)
    finder.minSharedNumbers = o.int("--min-numbers", default: finder.minSharedNumbers)
    let folder = o.string("--corpus", default: BenchPaths.shared + "/corpus/bbc")
    let corpus = try CorpusLoader.load(folder)
    let t = Clock.now
    let report = OverlapEngine(corpus: corpus).duplicates()
    let related = Set(report.pairs.map { SameStoryFinder.Pair($0.a, $0.b) })
    let t1 = Clock.now
    let pairs = finder.pairs(
      corpus.documents, excluding: related, copied: Set(report.clusters.joined()))
    let storyTime = Clock.now - t1
    let title = Dictionary(
      corpus.documents.map { ($0.id, ($0.title ?? "").prefix(50)) }, uniquingKeysWith: { a, _ in a }
    )
    print(
      "corpus: \(corpus.documents.count) articles; copy pairs \(report.pairs.count); same-story \(pairs.count) (finder \(String(format: "%.3f", storyTime)) s, whole report \(String(format: "%.2f", t1 - t)) s)"
    )
    var rng = SplitMix(seed: UInt64(o.int("--seed", default: 9)))
    var pick = pairs
    let list = o.int("--list", default: 30)
    if pick.count > list {
      for k in 0..<list { pick.swapAt(k, k + Int(rng.next() % UInt64(pick.count - k))) }
      pick = Array(pick.prefix(list))
    }
    for p in pick {
      print(
        "  \(String(format: "%.2f", p.similarity))  \(p.a) | \(p.b)  “\(title[p.a] ?? "")” | “\(title[p.b] ?? "")”"
      )
    }
    try negatives(finder)
  }

  /// Same-story pairs among the dev negatives: in the whole dev corpus and pair by pair.
  static func negatives(_ finder: SameStoryFinder) throws {
    let dir = BenchPaths.shared + "/eval/dev/reuse-pan13"
    guard let list = try? String(contentsOfFile: dir + "/negative-pairs", encoding: .utf8) else {
      print("dev negatives: ../shared/eval/dev absent; skipped")
      return
    }
    let negatives = list.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
      .filter { $0.count == 2 }
    let corpus = try CorpusLoader.load(dir + "/docs")
    let byId = Dictionary(corpus.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let all = finder.pairs(corpus.documents, excluding: [])
    let found = Set(all.map { SameStoryFinder.Pair($0.a, $0.b) })
    func id(_ f: String) -> String { (f as NSString).deletingPathExtension }
    let inCorpus = negatives.filter { found.contains(SameStoryFinder.Pair(id($0[0]), id($0[1]))) }
    var alone = 0
    for n in negatives {
      guard let a = byId[id(n[0])], let b = byId[id(n[1])] else { continue }
      if !finder.pairs([a, b], excluding: []).isEmpty { alone += 1 }
    }
    print(
      "dev negatives: \(inCorpus.count) of \(negatives.count) same-story in the dev corpus (\(all.count) same-story pairs there), \(alone) as two-document corpora"
    )
  }
}
