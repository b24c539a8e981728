@_spi(Bench) import CorpusKit
import Foundation

/// `reader-bench story-links [--negatives N] [--positives N] [--bbc N] [--seed S]`: the
/// encoder's same-story rule (`StoryLinker`, as `reader overlaps` applies it) on data:
/// the dev set's negative pairs (essays on other topics: should give none), its positive pairs
/// (reuse: should give passages, not the same story), the sample's pairs, and BBC candidate
/// pairs (mutual closest by names and figures, looser than `same-story`), with titles and
/// the links' sentences to judge by hand. For each set, how many pairs a grid of thresholds
/// (least link cosine, fewest links, fewest distinct shared names and numbers) would report.
enum StoryLinksBenchmark {
  struct Row {
    var a: String
    var b: String
    var reliable: Int
    var links: [StoryLink]
    var anchors: [Set<UInt64>]
    var reported: Bool
  }

  static let grid: [(Double, Int, Int)] = [
    (0.5, 3, 4), (0.5, 4, 5), (0.55, 3, 4), (0.55, 3, 5), (0.55, 4, 5), (0.6, 2, 3), (0.6, 3, 4),
    (0.6, 3, 5), (0.6, 4, 5), (0.65, 3, 4), (0.7, 2, 3), (0.7, 3, 4),
  ]

  static func run(_ args: [String]) throws {
    let o = BenchOptions(args)
    let encoder = try SentenceEncoder.load(directory: SentenceEncoder.defaultDirectory())
    let seeds = try CorpusLoader.load(BenchPaths.shared + "/corpus/seeds")
    let seedIds = seeds.documents.map(\.id)
    var seedPairs: [(String, String)] = []
    for i in seedIds.indices {
      for j in (i + 1)..<seedIds.count { seedPairs.append((seedIds[i], seedIds[j])) }
    }
    let seedEngine = OverlapEngine(corpus: seeds, encoder: encoder)
    let seedById = Dictionary(seeds.documents.map { ($0.id, $0) }) { a, _ in a }
    report("sample", rows(seedEngine, seedPairs, seedById), show: true, docs: seedById)
    let dev = BenchPaths.shared + "/eval/dev/reuse-pan13"
    if FileManager.default.fileExists(atPath: dev + "/pairs") {
      let set = try ReuseDevSet.load(dev)
      let engine = OverlapEngine(corpus: set.corpus, encoder: encoder)
      let byId = Dictionary(set.corpus.documents.map { ($0.id, $0) }) { a, _ in a }
      let n = o.int("--negatives", default: 100)
      report(
        "dev negatives", rows(engine, set.negatives.prefix(n).map { ($0.0, $0.1) }, byId),
        show: o.string("--show-negatives", default: "") == "yes", docs: byId)
      let p = o.int("--positives", default: 15)
      report(
        "dev positives", rows(engine, set.positives.prefix(p).map { ($0.0, $0.1) }, byId),
        show: false)
    } else {
      say("dev set: ../shared/eval/dev absent; skipped")
    }
    let bbcCount = o.int("--bbc", default: 30)
    guard bbcCount > 0 else { return }
    let bbc = try CorpusLoader.load(BenchPaths.shared + "/corpus/bbc")
    let engine = OverlapEngine(corpus: bbc, encoder: encoder)
    let dups = engine.duplicates()
    var finder = SameStoryFinder()
    finder.minCosine = o.double("--finder-cosine", default: 0.3)
    finder.minShared = 3
    finder.minSharedNumbers = 0
    var candidates = finder.pairs(
      bbc.documents, excluding: Set(dups.pairs.map { SameStoryFinder.Pair($0.a, $0.b) }),
      copied: Set(dups.clusters.joined()))
    var rng = SplitMix(seed: UInt64(o.int("--seed", default: 9)))
    if candidates.count > bbcCount {
      for k in 0..<bbcCount {
        candidates.swapAt(k, k + Int(rng.next() % UInt64(candidates.count - k)))
      }
      candidates = Array(candidates.prefix(bbcCount))
    }
    let byId = Dictionary(bbc.documents.map { ($0.id, $0) }) { a, _ in a }
    report(
      "BBC candidates (\(candidates.count) mutual closest by names, finder cosine >= \(finder.minCosine))",
      rows(engine, candidates.map { ($0.a, $0.b) }, byId), show: true, docs: byId)
  }

  static func rows(
    _ engine: OverlapEngine, _ pairs: [(String, String)], _ byId: [String: Document]
  ) -> [Row] {
    pairs.compactMap { p in
      guard let a = byId[p.0], let b = byId[p.1],
        let c = engine.storyLinkCandidates(a, b, minCosine: 0.5)
      else { return nil }
      let al = c.alignment
      return Row(
        a: a.id, b: b.id,
        reliable: c.alignment.passages.filter {
          $0.confidence >= Alignment.defaultMinConfidence
        }.count, links: c.links, anchors: c.anchors, reported: !(al.storyLinks ?? []).isEmpty)
    }
  }

  /// Whether `r` passes the rule at least cosine `t`, fewest links `k`, fewest anchors `m`.
  static func passes(_ r: Row, _ t: Double, _ k: Int, _ m: Int) -> Bool {
    guard r.reliable == 0 else { return false }
    var n = 0
    var all = Set<UInt64>()
    for (l, s) in zip(r.links, r.anchors) where l.cosine >= t && !s.isEmpty {
      n += 1
      all.formUnion(s)
    }
    return n >= k && all.count >= m
  }

  static func report(
    _ name: String, _ rows: [Row], show: Bool, docs: [String: Document] = [:]
  ) {
    say(
      "\(name): \(rows.count) pairs, \(rows.filter { $0.reliable > 0 }.count) with a reliable passage; reported by the rule: \(rows.filter(\.reported).count)"
    )
    let cells = grid.map { g in
      "cos>=\(g.0) links>=\(g.1) anchors>=\(g.2): \(rows.filter { passes($0, g.0, g.1, g.2) }.count)"
    }
    for c in cells { say("  " + c) }
    guard show else { return }
    for r in rows {
      let strong = zip(r.links, r.anchors).filter { !$1.isEmpty }
      let ta = (docs[r.a]?.title ?? "").prefix(45)
      let tb = (docs[r.b]?.title ?? "").prefix(45)
      say(
        "  \(r.reported ? "SAME" : "    ") \(r.a) | \(r.b) reliable \(r.reliable) links(any) \(r.links.count) anchored \(strong.count)  “\(ta)” | “\(tb)”"
      )
      guard r.reported || strong.count >= 2, let a = docs[r.a], let b = docs[r.b] else { continue }
      for (l, s) in strong.prefix(6) {
        say(
          "      \(String(format: "%.2f", l.cosine)) [\(s.count)] \(a.slice(l.a).prefix(90)) || \(b.slice(l.b).prefix(90))"
        )
      }
    }
  }
}

/// One line to stdout at once (not buffered: a long run shows its progress).
private func say(_ s: String) {
  FileHandle.standardOutput.write(Data((s + "\n").utf8))
}
