import CorpusKit

/// The compare screen: picking the other article, stepping through aligned passages, keeping
/// the two panes lined up, and the alignment that arrives from the background.
extension Model {
  /// Opens the picker ("compare with…") for the article under the cursor or on screen.
  mutating func openPicker() -> [Effect] {
    let from: Int
    switch screen {
    case .article:
      guard let a = article else { return [] }
      from = a.doc
    case .library:
      guard library.rows.indices.contains(library.cursor) else { return [] }
      from = library.rows[library.cursor]
    default: return []
    }
    guard corpus.count > 1 else {
      message = "compare needs a second article"
      return []
    }
    let id = corpus.rows[from].id
    var sims: [Int: (Double, Relation)] = [:]
    if let report = duplicates.value {
      for p in report.pairs where p.a == id || p.b == id {
        if let j = corpus.index(of: p.a == id ? p.b : p.a) { sims[j] = (p.similarity, p.relation) }
      }
      // The same event in other words: listed with its own relation, after the copies' own.
      for p in report.sameStory where p.a == id || p.b == id {
        if let j = corpus.index(of: p.a == id ? p.b : p.a), sims[j] == nil {
          sims[j] = (p.similarity, p.relation)
        }
      }
    }
    let cands = corpus.rows.indices.filter { $0 != from }.map { j in
      PickerState.Candidate(
        doc: j, similarity: sims[j]?.0,
        relation: sims[j]?.1 ?? (isStoryByEncoder(from, j) ? .sameStory : nil),
        storyScore: sims[j] == nil ? storyScore(from, j) : nil)
    }
    picker = PickerState(from: from, candidates: PickerState.sorted(cands))
    pushScreen(.picker)
    return [.checkStories(from)]
  }

  /// Shows documents `a` and `b` side by side; their alignment is computed outside.
  mutating func openCompare(_ a: Int, _ b: Int) -> [Effect] {
    compare = CompareState(a: a, b: b)
    compare!.sameStory = isSameStory(a, b)
    pushScreen(.compare)
    return [.align(a, b)]
  }

  /// True when the duplicate report says `a` and `b` tell one event in their own words.
  func isSameStory(_ a: Int, _ b: Int) -> Bool {
    let ids = Set([corpus.rows[a].id, corpus.rows[b].id])
    return duplicates.value?.sameStory.contains { ids == Set([$0.a, $0.b]) } ?? false
  }

  /// Compares the article with the one it shares most with, by the duplicate report.
  mutating func compareClosest() -> [Effect] {
    guard let a = article else { return [] }
    guard let report = duplicates.value else {
      message = overlapStatus
      return []
    }
    let id = corpus.rows[a.doc].id
    guard
      let best = report.pairs.filter({ $0.a == id || $0.b == id }).max(by: {
        $0.similarity < $1.similarity
      }),
      let other = corpus.index(of: best.a == id ? best.b : best.a)
    else {
      message = "overlaps: no other article shares a passage with this one"
      return []
    }
    return openCompare(a.doc, other)
  }

  mutating func cyclePassageKind() {
    guard compare != nil else { return }
    let order: [PassageKind?] = [nil, .verbatim, .paraphrase]
    compare!.only = order[((order.firstIndex(of: compare!.only) ?? 0) + 1) % order.count]
    if let cur = compare!.current, case .ready(let al) = compare!.alignment,
      !compare!.shown(al).contains(cur)
    {
      compare!.current = nil
    }
    message = "passages shown: " + (compare!.only.map { "\($0.rawValue) only" } ?? "all")
  }

  /// `L`: the legend under the panes; the panes lose or gain its rows, so the pair is lined
  /// up again.
  mutating func toggleLegend() {
    showLegend.toggle()
    message = showLegend ? "legend shown (L hides it; ? has it too)" : "legend hidden (L shows it)"
    if compare?.current != nil { realign() }
  }

  /// `d`: the box listing the current pair's drift in full (the status line cuts it).
  mutating func toggleDriftList() {
    guard var c = compare else { return }
    if c.showDriftList {
      c.showDriftList = false
    } else if let cur = c.current, let al = c.alignment.value, al.passages.indices.contains(cur) {
      if al.passages[cur].drift.isEmpty {
        message = "no drift in this pair: its numbers, names and dates agree"
      } else {
        c.showDriftList = true
      }
    } else {
      message = "no current pair: ] picks one"
    }
    compare = c
  }

  /// `D`: drift marks on every pair, or only on the current one.
  mutating func toggleAllDrift() {
    guard compare != nil else { return }
    compare!.allDrift.toggle()
    message =
      compare!.allDrift ? "drift marked in every pair" : "drift marked in the current pair only"
  }

  mutating func toggleScrollLock() {
    guard compare != nil else { return }
    compare!.locked.toggle()
    message =
      compare!.locked
      ? "panes scroll together" : "panes scroll independently (Tab picks the pane)"
  }

  mutating func swapSides() {
    guard var c = compare else { return }
    swap(&c.a, &c.b)
    swap(&c.topA, &c.topB)
    if case .ready(let al) = c.alignment { c.alignment = .ready(al.swapped()) }
    c.search = nil
    compare = c
  }

  /// An alignment from the background: kept if it is for the pair on screen (either order).
  mutating func alignmentReady(_ al: Alignment) {
    guard var c = compare else { return }
    if al.a == corpus.rows[c.a].id && al.b == corpus.rows[c.b].id {
      c.alignment = .ready(al)
    } else if al.a == corpus.rows[c.b].id && al.b == corpus.rows[c.a].id {
      c.alignment = .ready(al.swapped())
    } else {
      return
    }
    compare = c
  }

  mutating func stepPair(_ dir: Int) {
    guard var c = compare else { return }
    guard case .ready(let al) = c.alignment else {
      message = "overlaps: " + (c.alignment.value == nil ? "still aligning…" : "none")
      return
    }
    guard !al.passages.isEmpty else {
      message = "overlaps: none found between these two articles"
      return
    }
    let shown = c.shown(al)
    guard !shown.isEmpty else {
      message = "no \(c.only?.rawValue ?? "") passages here (v shows the others)"
      return
    }
    let at: Int
    var wrapped = false
    if let cur = c.current, let i = shown.firstIndex(of: cur) {
      at = (i + dir + shown.count) % shown.count
      wrapped = shown.count > 1 && (i + dir < 0 || i + dir >= shown.count)
    } else if let cur = c.current {
      // The current pair is hidden by `v`: the next shown one in that direction.
      at =
        dir > 0
        ? (shown.firstIndex { $0 > cur } ?? 0) : (shown.lastIndex { $0 < cur } ?? shown.count - 1)
    } else {
      at = dir > 0 ? 0 : shown.count - 1
    }
    c.current = shown[at]
    c.showDriftList = false
    compare = c
    message =
      (wrapped ? (dir > 0 ? "wrapped to the first · " : "wrapped to the last · ") : "")
      + Model.describe(al.passages[shown[at]], index: at, of: shown.count)
    realign()
  }

  /// "passage 2/15 · paraphrase 0.71 · drift: 30 → (dropped), Aug. 22 → Aug. 23": the
  /// status line for a pair.
  static func describe(_ p: Passage, index: Int, of count: Int) -> String {
    var s = "passage \(index + 1)/\(count) · \(p.kind.rawValue) \(PickerView.similarity(p.score))"
    if let f = p.furniture { s += " · side \(f.rawValue) in furniture" }
    if !p.drift.isEmpty {
      s +=
        " · drift: "
        + p.drift.map { d in
          "\(d.aText ?? "(not in left)") → \(d.bText ?? "(dropped)")"
        }.joined(separator: ", ") + " (d lists)"
    }
    return s
  }

  /// Scrolls both panes so the current pair starts on the same row (a few rows from the top).
  mutating func realign() {
    guard var c = compare, let cur = c.current, case .ready(let al) = c.alignment,
      al.passages.indices.contains(cur)
    else { return }
    let p = al.passages[cur]
    // A side that lies in page furniture is hidden: show the furniture (dimmed) to line it up.
    if !c.showFurniture,
      corpus.document(c.a).kind(at: p.a.lowerBound)?.isArticleText == false
        || corpus.document(c.b).kind(at: p.b.lowerBound)?.isArticleText == false
    {
      c.showFurniture = true
      message = "this passage lies in page furniture: furniture shown (a hides it)"
    }
    let (la, lb) = compareLayouts(c)
    let h = Geometry(self).comparePanes.left.height
    if let ia = la.line(containing: p.a.lowerBound), let ib = lb.line(containing: p.b.lowerBound) {
      // A few rows of context above the pair, but no filler when both starts are near the top.
      let anchor = min(3, h / 4, ia, ib)
      c.topA = ia - anchor
      c.topB = ib - anchor
    }
    compare = c
  }

  func compareLayouts(_ c: CompareState) -> (TextLayout, TextLayout) {
    let g = Geometry(self).comparePanes
    return (
      caches.layout(corpus.document(c.a), width: g.left.width, furniture: c.showFurniture),
      caches.layout(corpus.document(c.b), width: g.right.width, furniture: c.showFurniture)
    )
  }
}
