@_spi(Bench) import CorpusKit
import Foundation

/// `reader-bench reuse-dev [--dir PATH] [--limit N] [--min-score X] [--save FILE]`: the
/// overlap engine (passages of confidence at least X, by default what `reader overlaps` shows) on the
/// PAN 2013 development set in ../shared/eval/dev/reuse-pan13, in process (the corpus loaded
/// once): PAN measures over the positive pairs, negative pairs hit, time per pair. The same
/// figures as `../shared/tools/score-reuse`, which launches the reader once per pair.
/// `--save` writes every passage, those below the threshold too (pair, ranges, kind, score,
/// confidence, share inside true cases), as JSON for error analysis.
enum ReuseDevBenchmark {
  static func run(_ args: [String]) throws {
    let options = BenchOptions(args)
    let dir = options.string("--dir", default: BenchPaths.shared + "/eval/dev/reuse-pan13")
    let limit = options.int("--limit", default: Int.max)
    let set = try ReuseDevSet.load(dir)
    let t0 = Clock.now
    let engine = try BenchEncoder.engine(set.corpus, args)
    let c0 = ProcessCPU.seconds
    let eval = ReuseEvaluation.run(
      engine, positives: Array(set.positives.prefix(limit)), gold: set.gold,
      negatives: Array(set.negatives.prefix(limit)),
      minScore: Double(options.string("--min-score", default: "")) ?? Alignment.defaultMinConfidence
    )
    let seconds = Clock.now - t0
    let cpu = ProcessCPU.seconds - c0
    print(ReuseDevSet.summary(eval))
    print(
      String(
        format: "%d pairs in %.1f s (CPU %.1f s, %.1f ms per pair)",
        eval.negativesTried + min(limit, set.positives.count), seconds, cpu,
        1000 * cpu / Double(max(1, eval.negativesTried + min(limit, set.positives.count)))))
    let save = options.string("--save", default: "")
    if !save.isEmpty {
      // Every passage, the hidden ones too (the engine's embedding cache makes this rerun
      // cheap), to see what the threshold keeps out.
      let all = ReuseEvaluation.run(
        engine, positives: Array(set.positives.prefix(limit)), gold: set.gold,
        negatives: Array(set.negatives.prefix(limit)), minScore: 0)
      let rows: [[String: Any]] = all.detections.map { d in
        [
          "a": d.reuse.aDoc, "a_start": d.reuse.a.lowerBound, "a_end": d.reuse.a.upperBound,
          "b": d.reuse.bDoc, "b_start": d.reuse.b.lowerBound, "b_end": d.reuse.b.upperBound,
          "kind": d.passage.kind.rawValue, "score": d.passage.score,
          "confidence": d.passage.confidence, "truth": d.truth, "negative": d.negative,
        ]
      }
      let data = try JSONSerialization.data(withJSONObject: rows, options: [.sortedKeys])
      try data.write(to: URL(fileURLWithPath: save))
      print("saved \(rows.count) passages to \(save)")
    }
  }
}

/// The PAN 2013 development set read from its folder: the documents as a corpus, the pairs,
/// the gold passages and the negative pairs.
struct ReuseDevSet {
  var corpus: Corpus
  var positives: [(String, String)]
  var negatives: [(String, String)]
  var gold: [ReuseCase]

  static func load(_ dir: String) throws -> ReuseDevSet {
    let corpus = try CorpusLoader.load(dir + "/docs")
    func pairs(_ file: String) throws -> [(String, String)] {
      try String(contentsOfFile: dir + "/" + file, encoding: .utf8).split(separator: "\n")
        .compactMap { line in
          let f = line.split(separator: " ").map { stem(String($0)) }
          return f.count >= 2 ? (f[0], f[1]) : nil
        }
    }
    let data = try Data(contentsOf: URL(fileURLWithPath: dir + "/gold.json"))
    let items = (try JSONSerialization.jsonObject(with: data) as? [[String: Any]]) ?? []
    let gold = items.compactMap { g -> ReuseCase? in
      guard let a = g["a"] as? String, let b = g["b"] as? String,
        let aStart = g["a_start"] as? Int, let ae = g["a_end"] as? Int,
        let bs = g["b_start"] as? Int, let be = g["b_end"] as? Int
      else { return nil }
      return ReuseCase(aDoc: stem(a), a: aStart..<ae, bDoc: stem(b), b: bs..<be)
    }
    return ReuseDevSet(
      corpus: corpus, positives: try pairs("pairs"), negatives: try pairs("negative-pairs"),
      gold: gold)
  }

  static func stem(_ name: String) -> String {
    name.hasSuffix(".txt") ? String(name.dropLast(4)) : name
  }

  /// The figures in the form `score-reuse` prints them, by kind too.
  static func summary(_ e: ReuseEvaluation) -> String {
    let s = e.scores
    var out = [
      String(
        format: "plagdet %.3f recall %.3f precision %.3f granularity %.3f (%d cases, %d passages)",
        s.plagdet, s.recall, s.precision, s.granularity, s.cases, s.detections),
      "negatives: \(e.negativesHit)/\(e.negativesTried) pairs with a passage, \(e.negativeCharacters) characters reported",
    ]
    for kind in [PassageKind.verbatim, .paraphrase] {
      let mine = e.detections.filter { !$0.negative && $0.passage.kind == kind }
      guard !mine.isEmpty else { continue }
      let truth = mine.reduce(0.0) { $0 + $1.truth } / Double(mine.count)
      let neg = e.detections.filter { $0.negative && $0.passage.kind == kind }.count
      out.append(
        String(
          format: "  %@: %d passages on positives, mean precision %.3f; %d on negatives",
          kind.rawValue, mine.count, truth, neg))
    }
    return out.joined(separator: "\n")
  }
}

/// `reader-bench reuse-seeds`: the engine on the sample's hand-judged answer
/// (../shared/eval/seeds-overlap.gold.json): PAN measures of the close cases over every
/// document pair (repeats included), passages that touch only loose cases left out as in
/// `OverlapAccuracyTests`. A check that the sample still works, not a target.
enum ReuseSeedsBenchmark {
  static func run(_ args: [String]) throws {
    let eval = try evaluation(args)
    for d in eval.detections {
      print(
        "  \(d.reuse.aDoc.prefix(3)) \(d.reuse.a) \(d.reuse.bDoc.prefix(3)) \(d.reuse.b) \(d.passage.kind.rawValue) score \(String(format: "%.2f", d.passage.score)) confidence \(String(format: "%.2f", d.passage.confidence))"
      )
    }
  }

  /// Every passage over every pair of the sample, judged against the close cases (loose
  /// ones, the same fact told independently, are not reuse); prints the close figures.
  static func evaluation(_ args: [String] = []) throws -> ReuseEvaluation {
    let corpus = try CorpusLoader.load(BenchPaths.shared + "/corpus/seeds")
    let data = try Data(
      contentsOf: URL(fileURLWithPath: BenchPaths.shared + "/eval/seeds-overlap.gold.json"))
    let items = (try JSONSerialization.jsonObject(with: data) as? [[String: Any]]) ?? []
    var close: [ReuseCase] = []
    var loose: [ReuseCase] = []
    for g in items {
      guard let a = g["a"] as? String, let b = g["b"] as? String, let s = g["a_start"] as? Int,
        let e = g["a_end"] as? Int, let bs = g["b_start"] as? Int, let be = g["b_end"] as? Int
      else { continue }
      let c = ReuseCase(aDoc: a, a: s..<e, bDoc: b, b: bs..<be).normalized
      if g["strength"] as? String == "close" { close.append(c) } else { loose.append(c) }
    }
    let ids = corpus.documents.map(\.id)
    var pairs: [(String, String)] = []
    for i in ids.indices { for j in i..<ids.count { pairs.append((ids[i], ids[j])) } }
    let engine = try BenchEncoder.engine(corpus, args)
    let eval = ReuseEvaluation.run(engine, positives: pairs, gold: close + loose)
    let closePairs = Set(close.map { [$0.aDoc, $0.bDoc] })
    let found = eval.detections.map(\.reuse).filter { d in
      closePairs.contains([d.aDoc, d.bDoc])
        && (close.contains { $0.detected(by: d) } || !loose.contains { $0.detected(by: d) })
    }
    let s = PANMeasures.score(cases: close, detections: found)
    print(
      String(
        format:
          "close: plagdet %.3f recall %.3f precision %.3f granularity %.3f (%d cases, %d passages)",
        s.plagdet, s.recall, s.precision, s.granularity, s.cases, s.detections))
    return ReuseEvaluation.run(engine, positives: pairs, gold: close)
  }
}
