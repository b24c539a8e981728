import CorpusKit

/// Moving the cursor or scrolling in the focused list or pane, and which pane has focus.
extension Model {
  /// Rows a page moves in the focused pane.
  var pageSize: Int {
    let g = Geometry(self)
    if focus == .sidebar, let s = g.sidebar { return s.height - 1 }
    switch screen {
    case .article: return g.articleText.height
    case .compare: return g.comparePanes.left.height
    default: return g.listRows.height
    }
  }

  mutating func move(_ delta: Int) {
    if focus == .sidebar, sidebar.visible {
      sidebar.cursor = stepSelectable(sidebar.items.count, from: sidebar.cursor, by: delta) { i in
        if case .entity = self.sidebar.items[i] { return true }
        return false
      }
      scrollSidebarToCursor()
      return
    }
    switch screen {
    case .library:
      library.cursor = clamp(library.cursor + delta, 0, max(0, library.rows.count - 1))
      library.top = follow(
        cursor: library.cursor, top: library.top, height: Geometry(self).listRows.height)
    case .picker:
      guard var p = picker else { return }
      p.cursor = clamp(p.cursor + delta, 0, max(0, p.candidates.count - 1))
      p.top = follow(cursor: p.cursor, top: p.top, height: Geometry(self).listRows.height)
      picker = p
    case .hits:
      guard var h = hits else { return }
      h.cursor = clamp(h.cursor + delta, 0, max(0, h.hits.count - 1))
      h.top = follow(cursor: h.cursor, top: h.top, height: Geometry(self).listRows.height / 2)
      hits = h
    case .lookup:
      guard var l = lookup else { return }
      l.cursor = stepSelectable(l.rows.count, from: l.cursor, by: delta) { l.rows[$0].selectable }
      l.top = follow(cursor: l.cursor, top: l.top, height: Geometry(self).listRows.height)
      lookup = l
    case .article:
      guard var a = article else { return }
      let layout = articleLayout(a)
      let h = Geometry(self).articleText.height
      a.top = clamp(a.top + delta, 0, max(0, layout.lines.count - h))
      article = a
    case .compare:
      guard var c = compare else { return }
      let (la, lb) = compareLayouts(c)
      func scrolled(_ top: Int, _ count: Int) -> Int {
        // Panes scroll until their last line is at the top, so a shorter text keeps moving
        // with the longer one and pairs stay lined up.
        let lo = min(top, 0)
        return clamp(top + delta, lo, max(lo, count - 1, top))
      }
      if c.locked || focus != .other {
        if c.locked || focus == .main { c.topA = scrolled(c.topA, la.lines.count) }
      }
      if c.locked || focus == .other { c.topB = scrolled(c.topB, lb.lines.count) }
      compare = c
    }
  }

  /// Moves a cursor by `by` over items where `ok` holds (sign decides the direction, size the
  /// number of selectable items passed); stays put when there is none.
  func stepSelectable(_ count: Int, from: Int, by: Int, _ ok: (Int) -> Bool) -> Int {
    guard count > 0 else { return 0 }
    let dir = by >= 0 ? 1 : -1
    var steps = abs(by)
    var i = clamp(from, 0, count - 1)
    var best = ok(i) ? i : nil
    var j = i
    while steps > 0 {
      j += dir
      if j < 0 || j >= count { break }
      if ok(j) {
        best = j
        i = j
        steps -= 1
      }
    }
    if best == nil {  // cursor was on a header: find the nearest selectable in either direction
      best = (0..<count).first(where: ok)
    }
    return best ?? 0
  }

  func follow(cursor: Int, top: Int, height: Int) -> Int {
    if cursor < top { return cursor }
    if cursor >= top + height { return cursor - height + 1 }
    return max(0, top)
  }

  mutating func scrollSidebarToCursor() {
    guard let r = Geometry(self).sidebar else { return }
    sidebar.top = follow(cursor: sidebar.cursor, top: sidebar.top, height: max(1, r.height - 1))
    // Show the selected entity's first mention in an article.
    if screen == .article, let id = selectedEntity, var a = article,
      let idx = entities.value,
      let m = caches.mentions(corpus.rows[a.doc].id, in: idx).first(where: {
        $0.entityID == id
      })
    {
      let layout = articleLayout(a)
      let h = Geometry(self).articleText.height
      if let line = layout.line(containing: m.range.lowerBound), line < a.top || line >= a.top + h {
        a.top = clamp(line - h / 3, 0, max(0, layout.lines.count - h))
        article = a
      }
    }
  }

  mutating func clampLists() {
    let h = Geometry(self).listRows.height
    library.top = follow(cursor: library.cursor, top: library.top, height: h)
    if var a = article {
      let n = articleLayout(a).lines.count
      a.top = clamp(a.top, 0, max(0, n - Geometry(self).articleText.height))
      article = a
    }
    if sidebar.visible { scrollSidebarToCursor() }
  }

  mutating func cycleFocus(_ dir: Int) {
    var order: [Focus] = [.main]
    if screen == .compare { order.append(.other) }
    if sidebar.visible, Geometry(self).sidebar != nil { order.append(.sidebar) }
    let i = order.firstIndex(of: focus) ?? 0
    focus = order[(i + dir + order.count) % order.count]
    if focus == .sidebar,
      !sidebar.items.indices.contains(sidebar.cursor) || !isEntity(sidebar.cursor)
    {
      sidebar.cursor = stepSelectable(sidebar.items.count, from: 0, by: 0) { self.isEntity($0) }
    }
  }

  func isEntity(_ i: Int) -> Bool {
    guard sidebar.items.indices.contains(i), case .entity = sidebar.items[i] else { return false }
    return true
  }
}

@inline(__always)
func clamp(_ v: Int, _ lo: Int, _ hi: Int) -> Int { min(max(v, lo), max(lo, hi)) }
