/// Finds fact drift inside an aligned pair: the numbers, names and dates one side states and
/// the other changes or drops ("a third of his army" → "a significant portion", "July 4"
/// dropped, "Kyiv" → "Lithuania").
///
/// A fact of one side is kept when the other side states it too (a number with the same
/// digits, a name sharing a word stem, a date with the same parts anywhere in the other
/// passage); the facts left over on both sides are paired by category in text order (a
/// change), and the rest are reported one-sided (dropped or added).
struct DriftFinder: Sendable {
  let a: Document
  let b: Document
  private let capsA: Set<String>
  private let capsB: Set<String>

  init(a: Document, b: Document, capitalsA: Set<String>, capitalsB: Set<String>) {
    self.a = a
    self.b = b
    capsA = capitalsA
    capsB = capitalsB
  }

  /// The drift between passage `ra` of `a` and `rb` of `b` (scalar ranges).
  func drift(_ ra: Range<Int>, _ rb: Range<Int>) -> [Drift] {
    let fa = FactFinder.facts(in: a, ra, capitalisedMidSentence: capsA)
    let fb = FactFinder.facts(in: b, rb, capitalisedMidSentence: capsB)
    let wordsA = Self.keys(a, ra)
    let wordsB = Self.keys(b, rb)
    let lostA = fa.filter { !Self.stated($0, in: wordsB) }
    let lostB = fb.filter { !Self.stated($0, in: wordsA) }
    var out: [Drift] = []
    for c in [Fact.Category.number, .date, .name] {
      let xa = lostA.filter { $0.category == c }
      let xb = lostB.filter { $0.category == c }
      for k in 0..<max(xa.count, xb.count) {
        let x = k < xa.count ? xa[k] : nil
        let y = k < xb.count ? xb[k] : nil
        out.append(Drift(a: x?.range, b: y?.range, aText: x?.text, bText: y?.text, category: c.rawValue))
      }
    }
    return out.sorted { ($0.a?.lowerBound ?? Int.max, $0.b?.lowerBound ?? Int.max) < ($1.a?.lowerBound ?? Int.max, $1.b?.lowerBound ?? Int.max) }
  }

  /// Every normalised form a passage offers for matching facts: words, stems, digits.
  private static func keys(_ d: Document, _ r: Range<Int>) -> [UInt64] {
    var out: [UInt64] = []
    for t in d.tokens[d.tokenIndices(in: r)] where t.isContent {
      out.append(WordHash.word(t.norm))
      if t.kind == .number { out.append(WordHash.word(t.norm.filter { $0 != "," })) }
      else { out.append(Stemmer.stemHash(t.norm)) }
    }
    return out.sorted()
  }

  private static func stated(_ f: Fact, in keys: [UInt64]) -> Bool {
    func has(_ k: UInt64) -> Bool {
      var lo = 0
      var hi = keys.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if keys[mid] < k { lo = mid + 1 } else { hi = mid }
      }
      return lo < keys.count && keys[lo] == k
    }
    switch f.category {
    case .name: return f.keys.contains(where: has)
    case .number, .date: return f.keys.allSatisfy(has)
    }
  }
}
