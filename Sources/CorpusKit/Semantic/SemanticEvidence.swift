import Foundation

/// The evidence behind a passage the sentence encoder found, and the confidence it earns.
///
/// A cosine alone says "same meaning", which two texts on one topic often reach for a short
/// sentence; a copy or rewrite shows more: several sentences in the same order, length, no
/// weak link, and the same numbers, names and rare words on both sides. The confidence is a
/// logistic of these (weights in `confidence`, checked on the PAN 2013 dev positives and
/// negatives, see BENCHMARKS.md section `sem`): a lone short sentence pair or a weak chain of two
/// stays below `Alignment.defaultMinConfidence`, a long ordered chain lies above it.
struct SemanticEvidence: Sendable, Hashable {
  /// Sentence pairs in the chain.
  var links: Int
  /// Mean length of the two sides, in Unicode scalars.
  var characters: Int
  /// The chain's weakest, mean and best cosine.
  var minimum: Double
  var mean: Double
  var best: Double
  /// Anchors (numbers, names, rare words: distinct stems) of each side and those both hold.
  var anchorsA: Int
  var anchorsB: Int
  var sharedAnchors: Int
  /// Distinct numbers of each side and those both hold.
  var numbersA: Int
  var numbersB: Int
  var sharedNumbers: Int

  /// The share of the smaller side's anchors the other side holds (0 without anchors).
  var anchorAgreement: Double {
    let m = min(anchorsA, anchorsB)
    return m == 0 ? 0 : Double(sharedAnchors) / Double(m)
  }

  /// The log-odds of a real copy or rewrite, summed from each kind of evidence.
  var logOdds: Double {
    // Chain length: one sentence pair is weak evidence, three or more in order is strong.
    var s = links == 1 ? -1.3 : links == 2 ? -0.3 : 0.4 + 0.2 * Double(min(links - 3, 3))
    // Length: a short text matches by topic or formula far more easily than a long passage
    // (on the dev set, 3 of 9 encoder passages under 200 characters were real, 2 of 3 above).
    let octaves = log2(Double(max(characters, 1)) / 200)
    s += octaves < 0 ? max(-2.5, 1.5 * octaves) : min(1.0, 0.6 * octaves)
    // Closeness of meaning: the chain's mean, and for chains its weakest link.
    s += 4 * (mean - 0.8)
    if links >= 2 { s += 2 * (minimum - 0.65) }
    // Anchors: a rewrite keeps its source's names, numbers and rare words.
    if sharedAnchors >= 2 {
      s += 1.2 * anchorAgreement - 0.4
    } else {
      s -= 0.3
    }
    // Numbers on both sides that differ: a copy keeps its numbers, another fact changes them.
    if numbersA > 0 && numbersB > 0 {
      let union = numbersA + numbersB - sharedNumbers
      s -= Double(union - sharedNumbers) / Double(union)
    }
    return s
  }

  /// The confidence, in 0...1.
  var confidence: Double { 1 / (1 + exp(-logOdds)) }

  /// Least inverse document frequency of a stem to count as a rare word: in at most about a
  /// tenth of the documents (only in corpora of at least `rareCorpus` documents; below that
  /// only numbers and names are anchors).
  static let rareShare = 0.1
  static let rareCorpus = 20

  /// The anchors of content tokens `r` of `p`: numbers, capitalised words inside a sentence
  /// (names) and, in a corpus large enough to tell, rare stems; numbers also on their own.
  static func anchors(
    _ p: DocumentProfile, _ r: Range<Int>, statistics: CorpusStatistics
  ) -> (all: Set<UInt64>, numbers: Set<UInt64>) {
    let rare =
      statistics.sampled >= rareCorpus
      ? 1 + log((Double(statistics.sampled) + 1) / (rareShare * Double(statistics.sampled) + 1))
      : Double.infinity
    var all = Set<UInt64>()
    var numbers = Set<UInt64>()
    for k in r where k < p.count {
      let f = p.flags[k]
      if f.contains(.number) {
        numbers.insert(p.stems[k])
        all.insert(p.stems[k])
      } else if f.contains(.stop) {
        continue
      } else if f.contains(.capitalised) && !f.contains(.sentenceInitial) {
        all.insert(p.stems[k])
      } else if statistics.idf(p.stems[k]) >= rare {
        all.insert(p.stems[k])
      }
    }
    return (all, numbers)
  }

  /// The evidence of a found chain between scalar ranges `a` of `pa` and `b` of `pb`.
  init(
    _ f: SemanticAligner.Found, _ pa: DocumentProfile, _ pb: DocumentProfile,
    statistics: CorpusStatistics
  ) {
    let x = Self.anchors(pa, pa.tokens(in: f.a), statistics: statistics)
    let y = Self.anchors(pb, pb.tokens(in: f.b), statistics: statistics)
    links = f.links
    characters = (f.a.count + f.b.count) / 2
    minimum = f.minimum
    mean = f.mean
    best = f.best
    anchorsA = x.all.count
    anchorsB = y.all.count
    sharedAnchors = x.all.intersection(y.all).count
    numbersA = x.numbers.count
    numbersB = y.numbers.count
    sharedNumbers = x.numbers.intersection(y.numbers).count
  }

  /// Evidence given field by field (tests).
  init(
    links: Int, characters: Int, minimum: Double, mean: Double, best: Double, anchorsA: Int,
    anchorsB: Int, sharedAnchors: Int, numbersA: Int = 0, numbersB: Int = 0,
    sharedNumbers: Int = 0
  ) {
    self.links = links
    self.characters = characters
    self.minimum = minimum
    self.mean = mean
    self.best = best
    self.anchorsA = anchorsA
    self.anchorsB = anchorsB
    self.sharedAnchors = sharedAnchors
    self.numbersA = numbersA
    self.numbersB = numbersB
    self.sharedNumbers = sharedNumbers
  }
}
