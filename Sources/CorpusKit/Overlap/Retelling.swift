/// Alignment of documents that tell their story more than once (`SelfRepeats`).
///
/// The aligners pair units one to one, so when a document restates its source three times,
/// the first telling claims the source's sentences and the later ones find nothing; and
/// inside the document, a passage runs across the end of one telling into the next. So a
/// document that repeats itself is aligned telling by telling: the other document against
/// each telling on its own (a source sentence can be matched once per telling), and, against
/// itself, each telling with each later one (as two texts, so the encoder takes part: the
/// tellings never overlap, and a sentence never meets itself) and each telling with itself.
/// A document that does not repeat itself is aligned as before.
extension OverlapEngine {
  /// The alignment of `xa` and `xb` telling by telling, or nil when neither repeats itself.
  func alignRetold(_ xa: PreparedDocument, _ xb: PreparedDocument) -> Alignment? {
    let a = xa.document
    let b = xb.document
    let same = a.id == b.id
    let ta = xa.tellings ?? repeats.tellings(xa)
    let tb = same ? ta : xb.tellings ?? repeats.tellings(xb)
    guard ta.count > 1 || tb.count > 1 else { return nil }
    func parts(_ x: PreparedDocument, _ tellings: [Range<Int>]) -> [PreparedDocument] {
      guard tellings.count > 1 else { return [x] }
      return tellings.map { r in
        prepare(
          x.document.masked(to: r, id: "\(x.document.id)\u{1}\(r.lowerBound)-\(r.upperBound)"))
      }
    }
    let lengthsA = ta.map(\.count)
    let lengthsB = tb.map(\.count)
    var passages: [Passage] = []
    if same {
      let pa = parts(xa, ta)
      for i in pa.indices {
        passages += align(pa[i], pa[i], lengths: (lengthsA[i], lengthsA[i])).passages
        for j in pa.indices where j > i {
          passages += align(pa[i], pa[j], lengths: (lengthsA[i], lengthsA[j])).passages
        }
      }
    } else {
      let pa = parts(xa, ta)
      let pb = parts(xb, tb)
      for i in pa.indices {
        for j in pb.indices {
          passages += align(pa[i], pb[j], lengths: (lengthsA[i], lengthsB[j])).passages
        }
      }
    }
    passages = Self.withoutNested(passages)
    passages.sort {
      ($0.a.lowerBound, $0.b.lowerBound, $0.a.upperBound) < (
        $1.a.lowerBound, $1.b.lowerBound, $1.a.upperBound
      )
    }
    return Alignment(
      a: a.id, b: b.id, coverageA: Self.coverage(xa.profile, passages.map(\.a)),
      coverageB: Self.coverage(xb.profile, passages.map(\.b)), passages: passages)
  }
}

extension OverlapEngine {
  /// `passages` without those that lie inside another on both sides (the tellings' passages
  /// of a document against itself meet again when a verbatim piece sits in a rewritten
  /// stretch): one reused stretch is reported once, with the higher confidence of the two.
  static func withoutNested(_ passages: [Passage]) -> [Passage] {
    let order = passages.indices.sorted {
      (passages[$0].a.count + passages[$0].b.count, $1) > (
        passages[$1].a.count + passages[$1].b.count, $0
      )
    }
    var kept: [Passage] = []
    for k in order {
      let p = passages[k]
      if let o = kept.firstIndex(where: { $0.a.contains(p.a) && $0.b.contains(p.b) }) {
        kept[o].confidence = max(kept[o].confidence, p.confidence)
        continue
      }
      kept.append(p)
    }
    return kept
  }
}

extension Document {
  /// This document reduced to the tokens and sentences that start inside `range` (a
  /// telling), under the id `id`: the same text, so every offset stays valid.
  func masked(to range: Range<Int>, id: String) -> Document {
    func block<T>(_ items: [T], _ start: (T) -> Int) -> Range<Int> {
      var lo = 0
      while lo < items.count && start(items[lo]) < range.lowerBound { lo += 1 }
      var hi = lo
      while hi < items.count && start(items[hi]) < range.upperBound { hi += 1 }
      return lo..<hi
    }
    let t = block(tokens, \.start)
    let s = block(sentences, \.lowerBound)
    func clamp(_ r: Range<Int>, _ to: Range<Int>) -> Range<Int> {
      let lo = min(max(r.lowerBound, to.lowerBound), to.upperBound)
      let hi = min(max(r.upperBound, lo), to.upperBound)
      return (lo - to.lowerBound)..<(hi - to.lowerBound)
    }
    let kept = paragraphs.map { p in
      var q = p
      q.tokens = clamp(p.tokens, t)
      q.sentences = clamp(p.sentences, s)
      return q
    }
    return Document(
      id: id, path: path, text: text, lines: lines, paragraphs: kept,
      sentences: Array(sentences[s]), tokens: Array(tokens[t]), title: title, date: date,
      outlet: outlet, url: url, format: format)
  }
}

extension OverlapEngine {
  /// The scalar ranges of `d`'s tellings (one range when it does not repeat itself).
  @_spi(Bench) public func tellings(of d: Document) -> [Range<Int>] {
    repeats.tellings(cachedPrepare(d))
  }
}

extension OverlapEngine {
  /// The retelling chains of `d` as text (first and last sentence on each side, links, best
  /// and mean cosine), for `reader-bench self-repeats --chains`.
  @_spi(Bench) public func repeatChains(of d: Document) -> [String] {
    let x = cachedPrepare(d)
    let chains = repeats.chains(x)
    let share = String(format: "share %.2f", repeats.share(x, chains))
    return [share]
      + chains.map {
        String(
          format: "%d-%d -> %d-%d links %d best %.2f mean %.2f", $0.firstA, $0.lastA, $0.firstB,
          $0.lastB, $0.links, $0.best, $0.mean)
      }
  }
}
