import CorpusKit

/// Same story in the compare view and picker: two reports telling one event in their own
/// words, found by the sentence encoder (`Alignment.storyLinks`). Never drawn as copied text:
/// the links are off by default and muted when `r` shows them.
extension Model {
  /// The key of an unordered pair of ids in `storyPairs`.
  static func storyKey(_ x: String, _ y: String) -> String {
    x < y ? x + "\u{0}" + y : y + "\u{0}" + x
  }

  /// Whether an alignment made this session found documents `a` and `b` (indices) to tell
  /// the same story.
  func isStoryByEncoder(_ a: Int, _ b: Int) -> Bool { storyScore(a, b) != nil }

  /// The strength of a same-story pair the encoder found (`storyPairs`), nil if none.
  func storyScore(_ a: Int, _ b: Int) -> Double? {
    storyPairs[Self.storyKey(corpus.rows[a].id, corpus.rows[b].id)]
  }

  /// Learns from an alignment whether its pair tells the same story, and marks it in the
  /// open picker (the cursor stays on its article).
  mutating func noteStory(_ al: Alignment) {
    guard let links = al.storyLinks, !links.isEmpty, al.a != al.b else { return }
    let score = links.reduce(0.0) { $0 + $1.cosine }
    storyPairs[Self.storyKey(al.a, al.b)] = score
    guard var p = picker else { return }
    let other: String
    if corpus.rows[p.from].id == al.a {
      other = al.b
    } else if corpus.rows[p.from].id == al.b {
      other = al.a
    } else {
      return
    }
    guard let j = corpus.index(of: other), let k = p.candidates.firstIndex(where: { $0.doc == j }),
      p.candidates[k].relation == nil
    else { return }
    let atCursor = p.candidates.indices.contains(p.cursor) ? p.candidates[p.cursor].doc : nil
    p.candidates[k].relation = .sameStory
    p.candidates[k].storyScore = score
    p.candidates = PickerState.sorted(p.candidates)
    if let atCursor, let c = p.candidates.firstIndex(where: { $0.doc == atCursor }) {
      p.cursor = c
    }
    picker = p
  }

  /// `r`: shows or hides the same-story links; shown, both panes go to the first one.
  mutating func toggleStoryLinks() {
    guard var c = compare else { return }
    guard let al = c.alignment.value else {
      message = "same story: still aligning…"
      return
    }
    guard let links = al.storyLinks, !links.isEmpty else {
      message =
        al.storyLinks == nil
        ? "no same-story check here: it needs the sentence encoder (scripts/fetch-encoder)"
        : "not the same story: no several sentences state the same names and figures"
      return
    }
    c.showStory.toggle()
    if c.showStory {
      let (la, lb) = compareLayouts(c)
      if let ia = la.line(containing: links[0].a.lowerBound),
        let ib = lb.line(containing: links[0].b.lowerBound)
      {
        c.locked = true
        c.topA = max(0, ia - 2)
        c.topB = max(0, ib - 2)
      }
      message =
        "same story: \(English.count(links.count, "sentence pair")) stating the same facts"
        + " in other words (not copied), muted · r hides them"
    } else {
      message = "same-story links hidden (r shows them)"
    }
    compare = c
  }
}
