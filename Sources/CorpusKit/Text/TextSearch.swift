/// Finds a typed query in text the way the rest of CorpusKit compares words: both sides go
/// through `Normalizer.fold`, so `don't` finds `don’t`, `Ü` finds `ü` and `-` finds `–`.
///
/// Matches are exact Unicode-scalar ranges of the source text and always cover whole source
/// scalars (a query never matches half of a scalar that folds to several, such as `…`).
public enum TextSearch {
  /// Non-overlapping matches of `query` in `scalars[range]`, left to right. O(n·m).
  static func find(_ query: String, in scalars: [Unicode.Scalar], range: Range<Int>)
    -> [Range<Int>]
  {
    let q = Array(Normalizer.fold(query).unicodeScalars)
    guard !q.isEmpty, !range.isEmpty else { return [] }
    let folded = FoldedRun(scalars, range)
    var out: [Range<Int>] = []
    var i = 0
    let n = folded.scalars.count
    while i + q.count <= n {
      if folded.starts[i], matches(q, folded.scalars, at: i),
        i + q.count == n || folded.starts[i + q.count]
      {
        out.append(folded.source[i]..<(folded.source[i + q.count - 1] + 1))
        i += q.count
      } else {
        i += 1
      }
    }
    return out
  }

  /// Matches of `query` in the paragraphs of `document` a reader sees: article text only, or
  /// every paragraph when `furniture` is on. A match never spans two paragraphs.
  public static func find(_ query: String, in document: Document, furniture: Bool)
    -> [Range<Int>]
  {
    var out: [Range<Int>] = []
    for p in document.paragraphs where furniture || p.kind.isArticleText {
      out += find(query, in: document.text.scalars, range: p.range)
    }
    return out
  }

  @inline(__always)
  private static func matches(_ q: [Unicode.Scalar], _ s: [Unicode.Scalar], at i: Int) -> Bool {
    for k in 0..<q.count where s[i + k] != q[k] { return false }
    return true
  }

  /// A run of source text folded scalar by scalar, with the source offset of every folded
  /// scalar and whether it is the first one its source scalar folded to.
  private struct FoldedRun {
    var scalars: [Unicode.Scalar] = []
    var source: [Int] = []
    var starts: [Bool] = []

    init(_ text: [Unicode.Scalar], _ range: Range<Int>) {
      scalars.reserveCapacity(range.count)
      source.reserveCapacity(range.count)
      starts.reserveCapacity(range.count)
      var one = String.UnicodeScalarView()
      for i in range {
        one.removeAll(keepingCapacity: true)
        Normalizer.fold(text[i], into: &one)
        var first = true
        for f in one {
          scalars.append(f)
          source.append(i)
          starts.append(first)
          first = false
        }
      }
    }
  }
}
