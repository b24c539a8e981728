import Foundation

/// One sentence of each document telling the same fact in other words: a link of a
/// "same story" pair (two outlets telling one event), never a passage of reuse.
///
/// Ranges are Unicode scalar offsets into each document's text, end-exclusive.
public struct StoryLink: Sendable, Hashable, Codable {
  /// The sentence's range in document A.
  public var a: Range<Int>
  /// The sentence's range in document B.
  public var b: Range<Int>
  /// The cosine of the two sentences' vectors (sentence encoder), in 0...1.
  public var cosine: Double
  /// How many names and numbers (distinct) both sentences hold.
  public var sharedAnchors: Int

  /// A link between sentence `a` of document A and sentence `b` of document B.
  public init(a: Range<Int>, b: Range<Int>, cosine: Double, sharedAnchors: Int) {
    self.a = a
    self.b = b
    self.cosine = cosine
    self.sharedAnchors = sharedAnchors
  }

  /// The same link seen from the other side.
  public func swapped() -> StoryLink {
    StoryLink(a: b, b: a, cosine: cosine, sharedAnchors: sharedAnchors)
  }
}

/// Decides whether two documents tell the same story in their own words, from their sentence
/// vectors, and finds the sentence pairs that show it.
///
/// A copy or a rewrite is the aligner's business (passages). Two outlets reporting one event
/// write other sentences, but several of them state the same facts: the same people, places
/// and figures, said with the same meaning. So, only for a pair with no reliable passage:
/// the article sentences (at least `minTokens` content words, not the title or page furniture) of both
/// sides are embedded, pairs at or above `minCosine` are matched one to one (best first), and
/// a matched pair is a *link* when both sentences hold at least `minLinkAnchors` of the same
/// names or numbers (capitalised words inside a sentence, numbers). The pair is the same
/// story when it has at least `minLinks` links holding at least `minAnchors` distinct shared
/// names and numbers in all, and the links' mean cosine reaches `minMeanCosine`. Two texts on
/// one subject match sentences by topic, but rarely several of them on the same names and
/// figures; two texts on other subjects share almost no name. Order is not required: each
/// outlet tells the event in its own order. (Calibration: BENCHMARKS.md, "samestory".)
struct StoryLinker: Sendable {
  /// Least cosine of a matched sentence pair.
  var minCosine: Float = 0.55
  /// Fewest names and numbers both sentences of a link hold.
  var minLinkAnchors = 1
  /// Fewest links of a same-story pair.
  var minLinks = 3
  /// Fewest distinct names and numbers the links share in all.
  var minAnchors = 4
  /// Least mean cosine of the links.
  var minMeanCosine = 0.0
  /// Fewest content tokens of a sentence that takes part.
  var minTokens = 5

  /// Every candidate link of `xa` and `xb` (matched one to one, cosine at least `minCosine`,
  /// with its shared names and numbers), whatever the pair-level rule says; in A's order.
  func candidates(
    _ xa: PreparedDocument, _ xb: PreparedDocument, semantic: SemanticAligner
  ) -> [(link: StoryLink, anchors: Set<UInt64>)] {
    let pa = xa.profile
    let pb = xb.profile
    let sa = sentences(pa)
    let sb = sentences(pb)
    guard !sa.isEmpty, !sb.isEmpty, sa.count <= semantic.maxSentences,
      sb.count <= semantic.maxSentences
    else { return [] }
    let va = semantic.cache.vectors(xa, sentences: sa, encoder: semantic.encoder)
    let vb = semantic.cache.vectors(xb, sentences: sb, encoder: semantic.encoder)
    // Bit for bit the cosines of `SemanticAligner.dot`, in its blocked kernel.
    let cosines = SemanticAligner.dots(va, vb)
    var out: [(link: StoryLink, anchors: Set<UInt64>)] = []
    for p in SemanticAligner.oneToOne(
      cosines, rows: sa.count, columns: sb.count, atLeast: minCosine)
    {
      let ua = pa.sentences[sa[p.i]]
      let ub = pb.sentences[sb[p.j]]
      let shared = Self.anchors(pa, ua.tokens).intersection(Self.anchors(pb, ub.tokens))
      out.append(
        (
          StoryLink(
            a: ua.range, b: ub.range, cosine: min(1, Double(p.c)), sharedAnchors: shared.count),
          shared
        ))
    }
    out.sort {
      ($0.link.a.lowerBound, $0.link.b.lowerBound) < ($1.link.a.lowerBound, $1.link.b.lowerBound)
    }
    return out
  }

  /// The same-story links of `xa` and `xb`, empty unless the pair passes the rule. A pair
  /// with a passage of confidence at least `Alignment.defaultMinConfidence` among `passages`
  /// is reuse, not the same story: none then.
  ///
  /// Only distinctive names and numbers count (`isCommon` false): in a corpus on one subject,
  /// the names every document holds (the country, its president) say nothing about two
  /// documents telling one event, so they neither make a link nor count towards `minAnchors`.
  func links(
    _ xa: PreparedDocument, _ xb: PreparedDocument, passages: [Passage],
    semantic: SemanticAligner, isCommon: (UInt64) -> Bool = { _ in false }
  ) -> [StoryLink] {
    guard xa.document.id != xb.document.id,
      !passages.contains(where: { $0.confidence >= Alignment.defaultMinConfidence })
    else { return [] }
    let kept = Self.distinctive(candidates(xa, xb, semantic: semantic), isCommon: isCommon)
      .filter { $0.anchors.count >= minLinkAnchors }
    guard kept.count >= minLinks else { return [] }
    let anchors = kept.reduce(into: Set<UInt64>()) { $0.formUnion($1.anchors) }
    let mean = kept.reduce(0.0) { $0 + $1.link.cosine } / Double(kept.count)
    guard anchors.count >= minAnchors, mean >= minMeanCosine else { return [] }
    return kept.map(\.link)
  }

  /// `found` with the anchors `isCommon` holds removed from each link's shared anchors.
  static func distinctive(
    _ found: [(link: StoryLink, anchors: Set<UInt64>)], isCommon: (UInt64) -> Bool
  ) -> [(link: StoryLink, anchors: Set<UInt64>)] {
    found.map { ($0.link, $0.anchors.filter { !isCommon($0) }) }
  }

  /// Indices of the sentences of `p` that take part: long enough, and mostly article text
  /// (body or heading; not the title, whose title case makes every word a name, and not
  /// page furniture).
  func sentences(_ p: DocumentProfile) -> [Int] {
    p.sentences.indices.filter { k in
      let s = p.sentences[k]
      guard s.tokens.count >= minTokens else { return false }
      let article = s.tokens.filter { p.flags[$0].contains(.articleText) }.count
      return article * 2 > s.tokens.count
    }
  }

  /// The names (capitalised words that do not open a sentence, not stopwords) and numbers
  /// of content tokens `r` of `p`, as stems.
  static func anchors(_ p: DocumentProfile, _ r: Range<Int>) -> Set<UInt64> {
    var out = Set<UInt64>()
    for k in r where k < p.count {
      let f = p.flags[k]
      if f.contains(.number) {
        out.insert(p.stems[k])
      } else if f.contains(.capitalised), !f.contains(.sentenceInitial), !f.contains(.stop) {
        out.insert(p.stems[k])
      }
    }
    return out
  }
}
