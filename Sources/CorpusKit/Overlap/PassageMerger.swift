/// Joins passages that overlap or touch on both sides into one, so that one reused stretch is
/// reported once (a verbatim fragment inside a paraphrased sentence, or two pieces of one
/// sentence).
enum PassageMerger {
  private struct Piece {
    var passage: Passage
    /// Scalars (both sides) that come from verbatim passages.
    var verbatim: Int
  }

  /// Passages of one kind whose sides are each within `slack` scalars of each other are
  /// merged, and passages of different kinds that overlap on both sides; with `same`
  /// (repeats inside one document) a merge never lets the two sides overlap. A merged passage
  /// is verbatim when verbatim passages make up most of it.
  static func merge(_ passages: [Passage], slack: Int = 3, same: Bool) -> [Passage] {
    var out = passages.sorted {
      ($0.a.lowerBound, $0.b.lowerBound) < ($1.a.lowerBound, $1.b.lowerBound)
    }
    .map { Piece(passage: $0, verbatim: $0.kind == .verbatim ? $0.a.count + $0.b.count : 0) }
    // Passes over the pieces in order of their A side; each piece joins an open piece it
    // touches. Repeat until nothing joins (a join can bridge two pieces).
    var changed = true
    while changed {
      changed = false
      var merged: [Piece] = []
      var open: [Int] = []  // indices into merged whose A side may still touch later pieces
      for piece in out {
        open.removeAll { merged[$0].passage.a.upperBound + slack < piece.passage.a.lowerBound }
        var joined = false
        for k in open {
          if let j = join(merged[k], piece, slack: slack, same: same) {
            merged[k] = j
            joined = true
            changed = true
            break
          }
        }
        if !joined {
          merged.append(piece)
          open.append(merged.count - 1)
        }
      }
      out = merged.sorted {
        ($0.passage.a.lowerBound, $0.passage.b.lowerBound) < (
          $1.passage.a.lowerBound, $1.passage.b.lowerBound
        )
      }
    }
    return out.map(\.passage)
  }

  private static func join(_ px: Piece, _ py: Piece, slack: Int, same: Bool) -> Piece? {
    let x = px.passage
    let y = py.passage
    // Same kind: touching is enough. A verbatim fragment and a paraphrase must overlap.
    let slack = x.kind == y.kind ? slack : -1
    func near(_ r: Range<Int>, _ s: Range<Int>) -> Bool {
      r.lowerBound <= s.upperBound + slack && s.lowerBound <= r.upperBound + slack
    }
    guard near(x.a, y.a), near(x.b, y.b),
      x.furniture == y.furniture || x.furniture == nil || y.furniture == nil
    else { return nil }
    // A passage inside another on both sides adds no extent, but its verbatim words count
    // towards the kind of the whole: a verbatim clause that a paraphrased sentence pair
    // barely exceeds is verbatim (the union below is the outer passage).
    let a = min(x.a.lowerBound, y.a.lowerBound)..<max(x.a.upperBound, y.a.upperBound)
    let b = min(x.b.lowerBound, y.b.lowerBound)..<max(x.b.upperBound, y.b.upperBound)
    if same && a.overlaps(b) { return nil }
    let wx = Double(x.a.count + x.b.count)
    let wy = Double(y.a.count + y.b.count)
    let verbatim = min(px.verbatim + py.verbatim, a.count + b.count)
    let passage = Passage(
      a: a, b: b, kind: verbatim * 10 >= (a.count + b.count) * 6 ? .verbatim : .paraphrase,
      score: (x.score * wx + y.score * wy) / max(1, wx + wy), furniture: x.furniture ?? y.furniture)
    return Piece(passage: passage, verbatim: verbatim)
  }
}

extension Range where Bound == Int {
  /// True when `other` lies inside this range.
  func contains(_ other: Range<Int>) -> Bool {
    other.lowerBound >= lowerBound && other.upperBound <= upperBound
  }
}
