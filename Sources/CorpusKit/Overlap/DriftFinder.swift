/// Finds fact drift inside an aligned pair: the numbers, names and dates one side states and
/// the other changes or drops ("a third of his army" → "a significant portion", "July 4"
/// dropped, "Kyiv" → "Lithuania").
///
/// A fact of one side is kept when the other side states it too (a number with the same
/// digits, a name sharing a word stem, a date with the same parts anywhere in the other
/// passage); the facts left over on both sides are paired by category in text order (a
/// change), and the rest are reported one-sided (dropped or added).
struct DriftFinder: Sendable {
  let a: PreparedDocument
  let b: PreparedDocument

  /// The drift between passage `ra` of `a` and `rb` of `b` (scalar ranges).
  func drift(_ ra: Range<Int>, _ rb: Range<Int>) -> [Drift] {
    let fa = Self.facts(a, ra)
    let fb = Self.facts(b, rb)
    guard !fa.isEmpty || !fb.isEmpty else { return [] }
    let ta = a.profile.tokens(in: ra)
    let tb = b.profile.tokens(in: rb)
    let lostA = fa.filter { !Self.stated($0, in: b.profile, tb) }
    let lostB = fb.filter { !Self.stated($0, in: a.profile, ta) }
    var out: [Drift] = []
    for c in [Fact.Category.number, .date, .name] {
      let xa = lostA.filter { $0.category == c }
      let xb = lostB.filter { $0.category == c }
      // Numbers and dates left over on both sides are changes, paired in text order; names
      // are paired only one to one (several names on a side are drops and additions).
      let pairUp = c != .name || (xa.count == 1 && xb.count == 1)
      if pairUp {
        for k in 0..<max(xa.count, xb.count) {
          let x = k < xa.count ? xa[k] : nil
          let y = k < xb.count ? xb[k] : nil
          out.append(
            Drift(a: x?.range, b: y?.range, aText: x?.text, bText: y?.text, category: c))
        }
      } else {
        for x in xa {
          out.append(Drift(a: x.range, b: nil, aText: x.text, bText: nil, category: c))
        }
        for y in xb {
          out.append(Drift(a: nil, b: y.range, aText: nil, bText: y.text, category: c))
        }
      }
    }
    return out.sorted {
      ($0.a?.lowerBound ?? Int.max, $0.b?.lowerBound ?? Int.max) < (
        $1.a?.lowerBound ?? Int.max, $1.b?.lowerBound ?? Int.max
      )
    }
  }

  /// The document's facts that start inside `r`.
  private static func facts(_ d: PreparedDocument, _ r: Range<Int>) -> ArraySlice<Fact> {
    func first(_ offset: Int) -> Int {
      var lo = 0
      var hi = d.facts.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if d.facts[mid].range.lowerBound < offset { lo = mid + 1 } else { hi = mid }
      }
      return lo
    }
    let lo = first(r.lowerBound)
    return d.facts[lo..<max(lo, first(r.upperBound))]
  }

  /// True when the passage (content tokens `r` of `p`) states fact `f`: a name sharing a word
  /// stem, a number or date with all its parts.
  private static func stated(_ f: Fact, in p: DocumentProfile, _ r: Range<Int>) -> Bool {
    p.words.withUnsafeBufferPointer { words in
      p.stems.withUnsafeBufferPointer { stems in
        func has(_ k: UInt64) -> Bool {
          for t in r where words[t] == k || stems[t] == k { return true }
          return false
        }
        switch f.category {
        case .name: return f.keys.contains(where: has)
        case .number, .date: return f.keys.allSatisfy(has)
        }
      }
    }
  }
}
