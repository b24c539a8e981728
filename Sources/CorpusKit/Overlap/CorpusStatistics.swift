import Foundation

/// How common each word stem and word n-gram is across a corpus: the rarity weights of
/// paraphrase matching and the frequency cap on alignment seeds.
///
/// Counted over at most `sampleLimit` documents spread evenly over the corpus (every document
/// of a small corpus), and scaled to the corpus size, so that building an engine stays cheap
/// on a corpus of 100,000 articles.
struct CorpusStatistics: Sendable {
  static let sampleLimit = 1_000
  /// Seed n-gram length, in words.
  static let n = 4

  /// Documents in the corpus.
  let documentCount: Int
  /// Documents counted.
  let sampled: Int
  /// Inverse document frequency of each stem seen.
  private let stemIDF: [UInt64: Double]
  /// Documents counted that hold each stem.
  private let stemDF: [UInt64: Int32]
  /// The weight of a stem never seen.
  private let unseenIDF: Double
  private let ngramDF: CountSketch

  init(corpus: Corpus) {
    let docs = corpus.documents
    documentCount = docs.count
    let step = max(1, (docs.count + Self.sampleLimit - 1) / Self.sampleLimit)
    var df: [UInt64: Int32] = [:]
    var sketch = CountSketch(width: 1 << 20)
    var sampled = 0
    var seen = Set<UInt64>()
    for i in stride(from: 0, to: docs.count, by: step) {
      sampled += 1
      let p = DocumentProfile(docs[i])
      seen.removeAll(keepingCapacity: true)
      for s in p.stems where seen.insert(s).inserted { df[s, default: 0] += 1 }
      seen.removeAll(keepingCapacity: true)
      for h in WordHash.ngrams(p.words, n: Self.n) where seen.insert(h).inserted { sketch.add(h) }
    }
    self.sampled = max(1, sampled)
    let n = Double(self.sampled)
    self.stemIDF = df.mapValues { 1 + log((n + 1) / (Double($0) + 1)) }
    self.stemDF = df
    self.unseenIDF = 1 + log(n + 1)
    self.ngramDF = sketch
  }

  /// Inverse document frequency of a stem, smoothed so that a small corpus still weighs words.
  func idf(_ stem: UInt64) -> Double { stemIDF[stem] ?? unseenIDF }

  /// Whether `stem` is in most documents of the corpus: more than `commonShare` of those
  /// counted, in a corpus of at least `commonCorpus` documents. A name every article of a
  /// one-subject corpus holds (the country all of them are about) tells nothing about
  /// whether two of them report one event. In a handful of documents, the subject's names
  /// and an event's cannot be told apart by counting (in five articles on one subject, the
  /// names two reports of one event share are in four or five of them), so none is common.
  func isCommon(stem: UInt64) -> Bool {
    guard sampled >= Self.commonCorpus else { return false }
    return Double(stemDF[stem] ?? 0) > Self.commonShare * Double(sampled)
  }

  /// The share of a corpus's documents above which a stem is common (`isCommon`).
  static let commonShare = 0.5
  /// Fewest documents of a corpus in which a stem can be common (as for rare words,
  /// `SemanticEvidence.rareCorpus`).
  static let commonCorpus = 20

  /// Estimated number of documents holding the n-gram with hash `h`.
  func documentFrequency(ngram h: UInt64) -> Int {
    Int(ngramDF.count(h)) * documentCount / sampled
  }

  /// The most documents a seed n-gram may appear in: phrases commoner than this ("one of the
  /// most") start no alignment.
  var seedCap: Int { max(8, documentCount / 50) }
}

/// A count-min sketch: approximate counts of 64-bit keys in fixed memory (never under-counts).
struct CountSketch: Sendable {
  private var rows: [[UInt16]]
  private let mask: Int

  init(width: Int) {
    let w = max(16, width)
    rows = [[UInt16]](repeating: [UInt16](repeating: 0, count: w), count: 3)
    mask = w - 1
  }

  private func slot(_ h: UInt64, _ row: Int) -> Int {
    Int(truncatingIfNeeded: (h >> (UInt64(row) * 20)) ^ (h >> 44)) & mask
  }

  mutating func add(_ h: UInt64) {
    for r in 0..<rows.count {
      let s = slot(h, r)
      if rows[r][s] < UInt16.max { rows[r][s] += 1 }
    }
  }

  func count(_ h: UInt64) -> UInt16 {
    var c = UInt16.max
    for r in 0..<rows.count { c = min(c, rows[r][slot(h, r)]) }
    return c
  }
}
