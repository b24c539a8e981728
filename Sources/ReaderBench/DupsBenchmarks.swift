@_spi(Bench) import CorpusKit
import Foundation

/// `reader-bench dups-bbc [--runs R]`: the duplicate report on the 2,225 BBC articles in
/// ../shared, checked against the byte-identical pairs and the pairs whose word 5-gram
/// Jaccard is at least 0.9 (both computed here from the files).
enum DupsBBCBenchmark {
  static func run(_ args: [String]) throws {
    let runs = BenchOptions(args).int("--runs", default: 3)
    let folder = BenchPaths.shared + "/corpus/bbc"
    let t0 = Clock.now
    let corpus = try CorpusLoader.load(folder)
    let load = Clock.now - t0
    // Truth from the files.
    var texts: [String: String] = [:]
    for d in corpus.documents { texts[d.id] = try String(contentsOfFile: d.path, encoding: .utf8) }
    let ids = corpus.documents.map(\.id)
    var identical = Set<[String]>()
    var byText: [String: [String]] = [:]
    for id in ids { byText[texts[id]!, default: []].append(id) }
    for group in byText.values where group.count > 1 {
      for x in group { for y in group where x < y { identical.insert([x, y]) } }
    }
    let near = jaccardPairs(ids.map { texts[$0]! }, ids: ids, at: 0.9)
    print(
      "corpus: \(ids.count) articles, load \(String(format: "%.2f", load)) s; truth: \(identical.count) identical pairs, \(near.count) pairs with word 5-gram Jaccard >= 0.9"
    )

    var times: [Double] = []
    var cpus: [Double] = []
    var inits: [Double] = []
    var report: DuplicateReport?
    for _ in 0..<runs {
      let t = Clock.now
      let c = ProcessCPU.seconds
      let engine = OverlapEngine(corpus: corpus)
      inits.append(Clock.now - t)
      report = engine.duplicates()
      times.append(Clock.now - t)
      cpus.append(ProcessCPU.seconds - c)
    }
    print(String(format: "of which engine init (corpus statistics): median %.3f s", median(inits)))
    let found = Set(report!.pairs.map { [$0.a, $0.b].sorted() })
    let dupFound = Set(
      report!.pairs.filter { $0.relation == .duplicate }.map { [$0.a, $0.b].sorted() })
    print(
      String(
        format:
          "reader dups (engine + report): median %.3f s (%d runs), CPU %.3f s (both cores), peak RSS %@",
        median(times), runs, median(cpus), PeakMemory.gib(PeakMemory.bytes)))
    print(
      "found identical \(identical.intersection(found).count)/\(identical.count), Jaccard>=0.9 \(near.intersection(found).count)/\(near.count) (\(near.intersection(dupFound).count) as duplicate)"
    )
    print(
      "report: \(report!.pairs.count) pairs (\(report!.pairs.filter { $0.relation == .duplicate }.count) duplicate, \(report!.pairs.filter { $0.relation == .rewrite }.count) rewrite), \(report!.clusters.count) clusters, \(report!.repeats.count) documents with repeats"
    )
  }

  /// Pairs of texts whose sets of lower-cased word 5-grams have Jaccard ≥ `bar`, exactly,
  /// through an inverted index of the 5-grams.
  static func jaccardPairs(_ texts: [String], ids: [String], at bar: Double) -> Set<[String]> {
    var sets: [Set<String>] = []
    var index: [String: [Int]] = [:]
    for (k, t) in texts.enumerated() {
      let w = t.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(
        String.init)
      var s = Set<String>()
      if w.count >= 5 {
        for i in 0...(w.count - 5) { s.insert(w[i..<(i + 5)].joined(separator: " ")) }
      }
      for g in s { index[g, default: []].append(k) }
      sets.append(s)
    }
    var shared: [Int: Int] = [:]
    for list in index.values where list.count > 1 && list.count < 200 {
      for x in 0..<list.count {
        for y in (x + 1)..<list.count { shared[list[x] << 32 | list[y], default: 0] += 1 }
      }
    }
    var out = Set<[String]>()
    for (key, n) in shared {
      let i = key >> 32
      let j = key & 0xFFFF_FFFF
      let j2 = Double(n) / Double(sets[i].count + sets[j].count - n)
      if j2 >= bar { out.insert([ids[i], ids[j]].sorted()) }
    }
    return out
  }
}

/// `reader-bench dups-synthetic --n N [--seed S]`: the duplicate report on N generated
/// articles (a word-bigram model of the BBC text) with planted copies, partial copies and
/// rewrites; time, peak memory and recall of the planted pairs.
enum DupsSyntheticBenchmark {
  static func run(_ args: [String]) throws {
    let options = BenchOptions(args)
    let n = options.int("--n", default: 1000)
    let seed = options.uint64("--seed", default: 1)
    let t0 = Clock.now
    let model = try SyntheticNews(folder: BenchPaths.shared + "/corpus/bbc")
    var rng = SplitMix(seed: seed)
    var raw: [RawDocument] = []
    var bodies: [[String]] = []
    var planted: [(source: Int, copy: Int, kind: String)] = []
    raw.reserveCapacity(n)
    for k in 0..<n {
      var article = model.article(&rng, paragraphs: 3 + Int(rng.next() % 3))
      let roll = rng.next() % 100
      if k > 10, roll < 15 {
        let source = Int(rng.next() % UInt64(k))
        let src = bodies[source]
        switch roll % 3 {
        case 0:
          article.body = src.map { SyntheticNews.edit($0, edits: Int(rng.next() % 3), &rng) }
          planted.append((source, k, "copy"))
        case 1:
          let take = max(1, src.count / 2)
          let from = Int(rng.next() % UInt64(src.count - take + 1))
          article.body = Array(article.body.prefix(2)) + Array(src[from..<(from + take)])
          planted.append((source, k, "partial"))
        default:
          article.body = src.map { model.rewrite($0, share: 0.25, &rng) }
          planted.append((source, k, "rewrite"))
        }
      }
      bodies.append(article.body)
      raw.append(
        RawDocument(id: "gen-\(k)", path: "gen-\(k).txt", text: SyntheticNews.text(article)))
    }
    bodies.removeAll()
    let generated = Clock.now - t0
    let words = raw.reduce(0) { $0 + $1.text.split(separator: " ").count }
    let t1 = Clock.now
    let corpus = Corpus(raw: raw)
    raw.removeAll()
    let built = Clock.now - t1
    let t2 = Clock.now
    let c2 = ProcessCPU.seconds
    let report = OverlapEngine(corpus: corpus).duplicates()
    let dups = Clock.now - t2
    let dupsCPU = ProcessCPU.seconds - c2
    let found = Set(report.pairs.map { [$0.a, $0.b] }.map { $0.sorted() })
    var hit: [String: (Int, Int)] = [:]
    for p in planted {
      let key = ["gen-\(p.source)", "gen-\(p.copy)"].sorted()
      var h = hit[p.kind] ?? (0, 0)
      h.1 += 1
      if found.contains(key) { h.0 += 1 }
      hit[p.kind] = h
    }
    let total = hit.values.reduce(0) { $0 + $1.1 }
    let recalled = hit.values.reduce(0) { $0 + $1.0 }
    print(
      "generated \(n) articles (\(words) words) with \(planted.count) planted pairs in \(String(format: "%.2f", generated)) s; Corpus(raw:) \(String(format: "%.2f", built)) s"
    )
    print(
      String(
        format: "reader dups (engine + report): %.2f s, CPU %.2f s (both cores), peak RSS %@", dups,
        dupsCPU, PeakMemory.gib(PeakMemory.bytes)))
    // The same-story finder alone (it runs inside the report above, single-threaded).
    let t3 = Clock.now
    let story = SameStoryFinder().pairs(
      corpus.documents, excluding: Set(report.pairs.map { SameStoryFinder.Pair($0.a, $0.b) }),
      copied: Set(report.clusters.joined()))
    print(
      String(
        format: "of which same-story finder (run again alone): %.2f s, %d pairs",
        Clock.now - t3, story.count))
    print(
      String(
        format: "planted-pair recall %.3f (%d/%d): ", Double(recalled) / Double(max(1, total)),
        recalled, total)
        + hit.keys.sorted().map { "\($0) \(hit[$0]!.0)/\(hit[$0]!.1)" }.joined(separator: ", "))
    print(
      "report: \(report.pairs.count) pairs (\(report.pairs.filter { $0.relation == .duplicate }.count) duplicate, \(report.pairs.filter { $0.relation == .rewrite }.count) rewrite), \(report.clusters.count) clusters, \(report.repeats.count) documents with repeats"
    )
  }
}
