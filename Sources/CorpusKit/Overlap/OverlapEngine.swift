/// Finds text reuse: passages two documents share (verbatim or paraphrased), and the
/// corpus-wide report of duplicates, rewrites and shared passages.
///
/// Deterministic and free of I/O: the same corpus gives the same answer on every run.
public struct OverlapEngine: Sendable {
  let corpus: Corpus
  let statistics: CorpusStatistics
  var verbatim = VerbatimMatcher()
  var paraphrase = ParaphraseMatcher()
  /// Rewrites found by meaning where the lexical aligner found nothing; nil without an encoder.
  var semantic: SemanticAligner?
  /// Finds documents that tell their story more than once (aligned telling by telling).
  var repeats = SelfRepeats()
  private let cache = PreparedCache()
  /// How `align` compares: "semantic" with an encoder, else "lexical" (a stored alignment is
  /// kept per mode).
  public var mode: String { semantic == nil ? "lexical" : "semantic" }

  /// An engine over `corpus`; corpus statistics (n-gram and word rarity) come from it. With an
  /// `encoder`, pairwise alignment (`align`, not the corpus-wide `duplicates`) also finds
  /// passages rewritten in other words (kind `paraphrase`), strictly outside the lexical ones.
  public init(corpus: Corpus, encoder: SentenceEncoder? = nil) {
    self.corpus = corpus
    self.statistics = CorpusStatistics(corpus: corpus)
    self.semantic = encoder.map { SemanticAligner(encoder: $0) }
  }

  /// `d` made ready for alignment (not cached); without `facts`, passages get no drift.
  func prepare(_ d: Document, facts: Bool = true) -> PreparedDocument {
    PreparedDocument(d, statistics: statistics, n: verbatim.n, paraphrase: paraphrase, facts: facts)
  }

  /// `d` made ready for alignment, from the engine's cache when it was seen before.
  func cachedPrepare(_ d: Document) -> PreparedDocument {
    if let p = cache.get(d) { return p }
    var p = prepare(d)
    // Once per document, not once per pair it is aligned in.
    p.tellings = repeats.tellings(p)
    cache.put(p)
    return p
  }

  /// Every passage shared by `a` and `b`; `align(d, d)` finds repeats inside `d`.
  ///
  /// Passages shared word for word (allowing small edits) are `verbatim`; sentences that say
  /// the same in other words are `paraphrase`. Furniture on both sides is left out; furniture
  /// on one side is marked. Each passage carries its fact drift.
  ///
  /// - Complexity: about linear in the two documents' lengths plus the passages found; the
  ///   documents' preparation (hashing, stemming, vectors) is cached and reused.
  public func align(_ a: Document, _ b: Document) -> Alignment {
    let x = cachedPrepare(a)
    let y = a.id == b.id ? x : cachedPrepare(b)
    return withStoryLinks(alignRetold(x, y) ?? align(x, y), x, y)
  }

  /// `align(_:_:)` over prepared documents.
  ///
  /// For the duplicate report (`report`), passages get no drift and sentences already copied
  /// word for word are not searched for paraphrases elsewhere (coverage is all it needs).
  /// `lengths` are the scalar lengths the two texts count as (a telling's, for a document
  /// aligned telling by telling); by default the whole texts'.
  func align(
    _ xa: PreparedDocument, _ xb: PreparedDocument, report: Bool = false,
    lengths: (Int, Int)? = nil
  ) -> Alignment {
    let a = xa.document
    let b = xb.document
    let pa = xa.profile
    let pb = xb.profile
    let same = a.id == b.id
    var passages: [Passage] = []
    // The report's candidates already passed a frequency-capped index: no n-gram look-ups.
    let hits = verbatim.match(xa, xb, same: same, statistics: report ? nil : statistics).filter {
      !same || $0.a.upperBound <= $0.b.lowerBound
    }
    var coveredA = [Bool](repeating: false, count: pa.count)
    var coveredB = [Bool](repeating: false, count: pb.count)
    // Passages in furniture on both sides that the corpus holds nowhere else: a copy whose
    // lines the text cleaner took for furniture, or the template of a site two pages come from.
    var furnitureOnly: [Int] = []
    for h in hits {
      let (fa, fb) = (pa.isFurniture(h.a), pb.isFurniture(h.b))
      guard let furniture = Self.furniture(fa, fb, template: { isTemplate(xa, h.a) }) else {
        continue
      }
      for k in h.a { coveredA[k] = true }
      for k in h.b { coveredB[k] = true }
      if fa && fb { furnitureOnly.append(passages.count) }
      let score = Double(2 * h.matches) / Double(h.a.count + h.b.count)
      passages.append(
        Passage(
          a: pa.scalarRange(h.a), b: pb.scalarRange(h.b), kind: .verbatim, score: min(1, score),
          furniture: furniture.side))
    }
    // Units copied word for word are the verbatim passages' business: a paraphrase is only
    // looked for where no verbatim passage already covers the text.
    let matches = paraphrase.match(xa, xb, same: same, coveredA: coveredA, coveredB: coveredB) {
      ta, tb in
      pa.isFurniture(ta) && pb.isFurniture(tb)
    }
    // Two pages whose furniture their structure tells (HTML) that share no article text share
    // only a site's template, however few pages of the corpus carry it: not a copy.
    if !furnitureOnly.isEmpty, a.format.hasStructuralFurniture, b.format.hasStructuralFurniture {
      let drop = Set(furnitureOnly)
      let sharesArticleText = passages.indices.contains {
        !drop.contains($0) && passages[$0].furniture == nil
      }
      if !sharesArticleText {
        passages = passages.indices.filter { !drop.contains($0) }.map { passages[$0] }
      }
    }
    var rewritten: [Passage] = []
    for m in matches {
      guard let furniture = Self.furniture(pa.isFurniture(m.a), pb.isFurniture(m.b)) else {
        continue
      }
      rewritten.append(
        Passage(
          a: m.ra, b: m.rb, kind: .paraphrase, score: min(1, m.score), furniture: furniture.side))
    }
    rewritten = PassageMerger.merge(rewritten, same: same)
    for k in rewritten.indices {
      if Self.sharesItsWords(
        pa.words, pa.tokens(in: rewritten[k].a), pb.words, pb.tokens(in: rewritten[k].b))
      {
        rewritten[k].kind = .verbatim
      }
    }
    passages += rewritten
    if !report {
      let drift = DriftFinder(a: xa, b: xb)
      for k in passages.indices { passages[k].drift = drift.drift(passages[k].a, passages[k].b) }
    }
    for k in passages.indices { passages[k].confidence = PassageConfidence.of(passages[k]) }
    if !report && !same, let semantic {
      passages = withRewrites(passages, xa, xb, semantic)
    }
    // Weak pieces in an ordered chain with reliable ones (the rewrites included as anchors).
    if !report {
      passages = PassageChains.promote(
        passages, pa, pb, lengthA: lengths?.0 ?? a.text.scalars.count,
        lengthB: lengths?.1 ?? b.text.scalars.count)
    }
    passages.sort {
      ($0.a.lowerBound, $0.b.lowerBound, $0.a.upperBound) < (
        $1.a.lowerBound, $1.b.lowerBound, $1.a.upperBound
      )
    }
    return Alignment(
      a: a.id, b: b.id, coverageA: Self.coverage(pa, passages.map(\.a)),
      coverageB: Self.coverage(pb, passages.map(\.b)), passages: passages)
  }

  /// `lexical` with the rewrites `semantic` finds outside its reliable passages (confidence at
  /// least `Alignment.defaultMinConfidence`); a less reliable lexical passage that a rewrite
  /// overlaps on both sides gives way to it.
  func withRewrites(
    _ lexical: [Passage], _ xa: PreparedDocument, _ xb: PreparedDocument,
    _ semantic: SemanticAligner
  ) -> [Passage] {
    let reliable = lexical.filter { $0.confidence >= Alignment.defaultMinConfidence }
    let found = semantic.align(
      xa, xb, lexicalA: reliable.map(\.a), lexicalB: reliable.map(\.b))
    guard !found.isEmpty else { return lexical }
    let drift = DriftFinder(a: xa, b: xb)
    let rewrites = found.map { f in
      // A chain of sentences copied word for word is a verbatim copy the lexical aligner
      // scored too low (or missed), not a rewrite.
      let copied = Self.sharesItsWords(
        xa.profile.words, xa.profile.tokens(in: f.a), xb.profile.words, xb.profile.tokens(in: f.b))
      var p = Passage(
        a: f.a, b: f.b, kind: copied ? .verbatim : .paraphrase, score: f.mean,
        furniture: f.furniture)
      p.drift = drift.drift(f.a, f.b)
      p.confidence =
        SemanticEvidence(f, xa.profile, xb.profile, statistics: statistics).confidence
      return p
    }
    let kept = lexical.filter { p in
      p.confidence >= Alignment.defaultMinConfidence
        || !rewrites.contains { $0.a.overlaps(p.a) && $0.b.overlaps(p.b) }
    }
    return kept + rewrites
  }

  /// The furniture mark of a passage, or nil when both sides are furniture of a site
  /// template (`template()`: the text is common in the corpus), which is not reuse. Text that
  /// only two documents hold is a copy even where the cleaner took it for furniture (it finds
  /// furniture by repetition across the corpus, and a copy is a repetition).
  static func furniture(_ a: Bool, _ b: Bool, template: () -> Bool = { true }) -> (
    side: Side?, Void
  )? {
    switch (a, b) {
    case (true, true): return template() ? nil : (nil, ())
    case (true, false): return (.a, ())
    case (false, true): return (.b, ())
    case (false, false): return (nil, ())
    }
  }

  /// Whether the content tokens `r` of `x` are site-template text: most of their seed
  /// n-grams occur in more documents of the corpus than the two compared.
  func isTemplate(_ x: PreparedDocument, _ r: Range<Int>) -> Bool {
    var common = 0
    var total = 0
    for k in r where k < x.grams.count {
      total += 1
      if statistics.documentFrequency(ngram: x.grams[k]) > 2 { common += 1 }
    }
    return total == 0 || common * 2 > total
  }

  /// Least share of the two sides' words (Dice over the longest common subsequence) for a
  /// passage to count as word for word, allowing small edits.
  static let verbatimShare = 0.8

  /// Whether the words `a[ra]` and `b[rb]` are the same text allowing small edits: their
  /// longest common subsequence holds at least `verbatimShare` of both sides' words (Dice).
  /// Passages too long for the quadratic check (which only paraphrased sentences reach, as
  /// verbatim passages come from the aligner) are left as they are.
  static func sharesItsWords(_ a: [UInt64], _ ra: Range<Int>, _ b: [UInt64], _ rb: Range<Int>)
    -> Bool
  {
    let n = ra.count
    let m = rb.count
    guard n > 0, m > 0, n * m <= 160_000,
      Double(2 * min(n, m)) >= verbatimShare * Double(n + m)
    else { return false }
    // The shared words as multisets bound the common subsequence: most paraphrases fail
    // here, in O(n log n), before the quadratic table.
    let xs = a[ra].sorted()
    let ys = b[rb].sorted()
    var x = 0
    var y = 0
    var shared = 0
    while x < n && y < m {
      if xs[x] < ys[y] {
        x += 1
      } else if xs[x] > ys[y] {
        y += 1
      } else {
        shared += 1
        x += 1
        y += 1
      }
    }
    guard Double(2 * shared) >= verbatimShare * Double(n + m) else { return false }
    // One row of the LCS table, over b.
    var row = [Int32](repeating: 0, count: m + 1)
    for i in ra {
      var diagonal: Int32 = 0  // row[j - 1] of the previous row
      let x = a[i]
      for j in 1...m {
        let up = row[j]
        row[j] = x == b[rb.lowerBound + j - 1] ? diagonal + 1 : max(up, row[j - 1])
        diagonal = up
      }
    }
    return Double(2 * Int(row[m])) >= verbatimShare * Double(n + m)
  }

  /// Share of a document's article-text words that lie inside `ranges`.
  static func coverage(_ p: DocumentProfile, _ ranges: [Range<Int>]) -> Double {
    let total = p.articleCount
    guard total > 0, !ranges.isEmpty else { return 0 }
    // Each article token inside a range counted once (ranges may overlap).
    var covered = [Bool](repeating: false, count: p.count)
    var n = 0
    for r in ranges {
      for k in p.tokens(in: r) where !covered[k] {
        covered[k] = true
        if p.flags[k].contains(.articleText) { n += 1 }
      }
    }
    return Double(n) / Double(total)
  }

  /// The corpus-wide report.
  public func duplicates() -> DuplicateReport {
    DuplicateFinder(engine: self).report()
  }
}
