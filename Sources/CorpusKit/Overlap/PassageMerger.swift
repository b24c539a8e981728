/// Joins passages that overlap or touch on both sides into one, so that one reused stretch is
/// reported once (a verbatim core and the paraphrased sentences around it, or two pieces of
/// one sentence).
enum PassageMerger {
  /// Passages whose sides are each within `slack` scalars of each other are merged; with
  /// `same` (repeats inside one document) a merge never lets the two sides overlap.
  static func merge(_ passages: [Passage], slack: Int = 3, same: Bool) -> [Passage] {
    var out = passages.sorted { ($0.a.lowerBound, $0.b.lowerBound) < ($1.a.lowerBound, $1.b.lowerBound) }
    var changed = true
    while changed {
      changed = false
      var k = 0
      while k < out.count {
        var m = k + 1
        while m < out.count {
          if out[m].a.lowerBound > out[k].a.upperBound + slack { break }
          if let joined = join(out[k], out[m], slack: slack, same: same) {
            out[k] = joined
            out.remove(at: m)
            changed = true
          } else {
            m += 1
          }
        }
        k += 1
      }
    }
    return out
  }

  static func join(_ x: Passage, _ y: Passage, slack: Int, same: Bool) -> Passage? {
    func near(_ r: Range<Int>, _ s: Range<Int>) -> Bool {
      r.lowerBound <= s.upperBound + slack && s.lowerBound <= r.upperBound + slack
    }
    guard near(x.a, y.a), near(x.b, y.b), x.furniture == y.furniture || x.furniture == nil || y.furniture == nil
    else { return nil }
    let a = min(x.a.lowerBound, y.a.lowerBound)..<max(x.a.upperBound, y.a.upperBound)
    let b = min(x.b.lowerBound, y.b.lowerBound)..<max(x.b.upperBound, y.b.upperBound)
    if same && a.overlaps(b) { return nil }
    let wx = Double(x.a.count + x.b.count)
    let wy = Double(y.a.count + y.b.count)
    let verbatimWeight = (x.kind == .verbatim ? wx : 0) + (y.kind == .verbatim ? wy : 0)
    return Passage(
      a: a, b: b, kind: verbatimWeight * 2 > wx + wy ? .verbatim : .paraphrase,
      score: (x.score * wx + y.score * wy) / max(1, wx + wy), furniture: x.furniture ?? y.furniture)
  }
}
