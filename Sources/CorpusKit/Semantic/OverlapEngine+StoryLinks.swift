import Foundation

extension OverlapEngine {
  /// `al` with its same-story links (`StoryLinker`) when the engine has a sentence encoder
  /// and `xa`, `xb` are two documents; unchanged otherwise.
  func withStoryLinks(_ al: Alignment, _ xa: PreparedDocument, _ xb: PreparedDocument)
    -> Alignment
  {
    guard let semantic, xa.document.id != xb.document.id else { return al }
    var out = al
    out.storyLinks = StoryLinker().links(
      xa, xb, passages: al.passages, semantic: semantic, isCommon: statistics.isCommon(stem:))
    return out
  }

  /// Every candidate same-story link of `a` and `b` (matched sentences at the linker's least
  /// cosine, with the distinctive names and numbers they share as hashes: those in most of the
  /// corpus's documents left out, as the rule does), whatever the pair-level rule says,
  /// and the pair's alignment; nil without an encoder. For calibration (`reader-bench`).
  @_spi(Bench) public func storyLinkCandidates(_ a: Document, _ b: Document, minCosine: Double)
    -> (alignment: Alignment, links: [StoryLink], anchors: [Set<UInt64>])?
  {
    guard let semantic else { return nil }
    let x = cachedPrepare(a)
    let y = cachedPrepare(b)
    var linker = StoryLinker()
    linker.minCosine = Float(minCosine)
    let found = StoryLinker.distinctive(
      linker.candidates(x, y, semantic: semantic), isCommon: statistics.isCommon(stem:))
    return (withStoryLinks(align(x, y), x, y), found.map(\.link), found.map(\.anchors))
  }

  /// Whether the engine can tell the same story by meaning (it has a sentence encoder).
  public var checksStories: Bool { semantic != nil }

  /// The alignment of `a` and `b` with its same-story links, or nil when the engine has no
  /// sentence encoder (nothing to check then).
  public func storyCheck(_ a: Document, _ b: Document) -> Alignment? {
    guard semantic != nil, a.id != b.id else { return nil }
    return align(a, b)
  }

  /// The ids of at most `limit` documents most likely to tell the same story as `d`: those
  /// that share the most of its names and figures, weighted by their rarity in the corpus
  /// (`SameStoryFinder`'s anchors), at least two shared; closest first. Linear in the corpus.
  public func storyCandidates(for d: Document, limit: Int) -> [String] {
    guard limit > 0 else { return [] }
    let docs = corpus.documents
    let all = docs.map { $0.id == d.id ? [:] : SameStoryFinder.anchors($0) }
    let mine = SameStoryFinder.anchors(d)
    guard !mine.isEmpty else { return [] }
    var df: [UInt64: Int] = [:]
    for a in all { for h in a.keys where mine[h] != nil { df[h, default: 0] += 1 } }
    let n = Double(docs.count)
    func weight(_ h: UInt64, _ c: Int32) -> Double {
      (1 + log(Double(c))) * log((n + 1) / (Double(df[h] ?? 0) + 1.5))
    }
    var scored: [(score: Double, index: Int)] = []
    for (i, a) in all.enumerated() where !a.isEmpty && docs[i].id != d.id {
      var s = 0.0
      var shared = 0
      for (h, c) in a {
        guard let m = mine[h] else { continue }
        shared += 1
        s += weight(h, c) * weight(h, m)
      }
      if shared >= 2 && s > 0 { scored.append((s, i)) }
    }
    scored.sort { ($0.score, $1.index) > ($1.score, $0.index) }
    return scored.prefix(limit).map { docs[$0.index].id }
  }
}
