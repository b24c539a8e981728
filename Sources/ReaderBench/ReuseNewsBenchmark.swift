@_spi(Bench) import CorpusKit
import Foundation

/// `reader-bench reuse-news [--pairs N] [--semantic] [--show K]`: how many passages the overlap
/// engine reports between BBC articles on one subject that were written apart (news
/// negatives of a kind the essay set lacks: one topic, its names and vocabulary, no copying).
///
/// Pairs: each article with its most similar other article of the same section by TF-IDF
/// cosine over words, kept where the cosine is between 0.15 and 0.5 (same subject; above that
/// BBC pairs are often updates of one story that really share text), most similar first. The
/// figure is how many pairs get a shown passage of each kind; `--show K` prints the first K
/// paraphrase passages to judge by hand.
enum ReuseNewsBenchmark {
  static func run(_ args: [String]) throws {
    let options = BenchOptions(args)
    let limit = options.int("--pairs", default: 150)
    let show = options.int("--show", default: 10)
    let corpus = try CorpusLoader.load(BenchPaths.shared + "/corpus/bbc")
    let docs = corpus.documents.filter { $0.id.contains("-") }
    let pairs = Array(sameSubjectPairs(docs).prefix(limit))
    let engine = try BenchEncoder.engine(corpus, args)
    let c0 = ProcessCPU.seconds
    var withPassage: [PassageKind: Int] = [:]
    var shown = 0
    for (x, y, cosine) in pairs {
      let alignment = engine.align(x, y)
      let reliable = alignment.passages.filter {
        $0.confidence >= Alignment.defaultMinConfidence
      }
      for kind in Set(reliable.map(\.kind)) { withPassage[kind, default: 0] += 1 }
      for p in reliable where p.kind == .paraphrase && shown < show {
        shown += 1
        print(
          String(
            format: "%@ %@ (cosine %.2f): paraphrase score %.2f confidence %.2f", x.id, y.id,
            cosine, p.score, p.confidence))
        print("  A: " + excerpt(x, p.a))
        print("  B: " + excerpt(y, p.b))
      }
    }
    let cpu = ProcessCPU.seconds - c0
    print(
      "\(pairs.count) same-subject BBC pairs: \(withPassage[.verbatim] ?? 0) with a verbatim passage, \(withPassage[.paraphrase] ?? 0) with a paraphrase passage shown"
    )
    print(
      String(format: "CPU %.1f s (%.0f ms per pair)", cpu, 1000 * cpu / Double(max(1, pairs.count)))
    )
  }

  static func excerpt(_ d: Document, _ r: Range<Int>) -> String {
    let s = d.text.slice(r)
    let flat = s.split(whereSeparator: { $0.isNewline }).joined(separator: " ")
    return flat.count > 300 ? String(flat.prefix(300)) + "…" : flat
  }

  /// Each document with its most similar other document of the same section (the id's
  /// prefix before "-"), cosine in 0.15..<0.5, most similar first, each pair once.
  static func sameSubjectPairs(_ docs: [Document]) -> [(Document, Document, Double)] {
    let bags = docs.map { d -> [String: Double] in
      var bag: [String: Double] = [:]
      for w in d.text.string.lowercased().split(whereSeparator: { !$0.isLetter }) where w.count >= 4
      {
        bag[String(w), default: 0] += 1
      }
      return bag
    }
    var df: [String: Int] = [:]
    for bag in bags { for w in bag.keys { df[w, default: 0] += 1 } }
    let n = Double(docs.count)
    let vectors = bags.map { bag -> [String: Double] in
      var v: [String: Double] = [:]
      for (w, c) in bag { v[w] = (1 + log(c)) * log(n / Double(df[w] ?? 1)) }
      let norm = sqrt(v.values.reduce(0) { $0 + $1 * $1 })
      return norm > 0 ? v.mapValues { $0 / norm } : v
    }
    func section(_ d: Document) -> Substring { d.id.split(separator: "-").first ?? "" }
    var seen = Set<[Int]>()
    var out: [(Document, Document, Double)] = []
    for i in docs.indices {
      var best: (j: Int, c: Double) = (-1, 0)
      for j in docs.indices where j != i && section(docs[j]) == section(docs[i]) {
        let (small, large) =
          vectors[i].count < vectors[j].count ? (vectors[i], vectors[j]) : (vectors[j], vectors[i])
        var c = 0.0
        for (w, x) in small { if let y = large[w] { c += x * y } }
        if c > best.c { best = (j, c) }
      }
      guard best.j >= 0, best.c >= 0.15, best.c < 0.5 else { continue }
      let key = [min(i, best.j), max(i, best.j)]
      if seen.insert(key).inserted { out.append((docs[key[0]], docs[key[1]], best.c)) }
    }
    return out.sorted { ($0.2, $1.0.id) > ($1.2, $0.0.id) }
  }
}
