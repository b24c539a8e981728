import CorpusKit

/// The corpus search's results: per article its id and title, then a snippet with the matches
/// highlighted (two rows each). Text is drawn cell by cell through the grid (terminal-safe).
enum HitsView {
  static func draw(_ m: Model, _ geo: Geometry, into g: inout Grid) {
    guard let h = m.hits else { return }
    let t = m.theme
    Render.titleBar(m, "Search · “\(h.query)” · \(h.hits.count) articles", into: &g)
    let r = geo.main
    g.clipped(
      "Articles whose text matches “\(h.query)”, best first", x: r.x + 1, y: r.y,
      width: r.width - 2, style: t[.heading])
    let rows = geo.listRows
    if h.hits.isEmpty {
      Render.centred(
        ["No article matches.", "q goes back"], in: rows, style: t[.furniture], into: &g)
      return
    }
    for slot in 0..<(rows.height / 2) {
      let i = h.top + slot
      guard i < h.hits.count else { break }
      let hit = h.hits[i]
      let y = rows.y + slot * 2
      let selected = i == h.cursor
      let base = selected ? t[.text].merged(t[.selection]) : t[.text]
      if selected { g.fill(Rect(x: r.x, y: y, width: r.width, height: 2), style: base) }
      let e = m.entries[hit.doc]
      let n = hit.matches.count
      g.clipped(
        "\(e.shortID) · \(e.title) · \(n) match\(n == 1 ? "" : "es")", x: r.x + 1, y: y,
        width: r.width - 2, style: base.merged(Style(attrs: .bold)))
      snippet(hit, x: r.x + 3, y: y + 1, width: r.width - 4, base: base, hit: t[.search], &g)
    }
  }

  /// The snippet on one row, its matches in the search style.
  static func snippet(
    _ h: CorpusHit, x: Int, y: Int, width: Int, base: Style, hit: Style, _ g: inout Grid
  ) {
    var col = x
    let limit = x + width
    for (i, s) in h.snippet.unicodeScalars.enumerated() {
      let inMatch = h.snippetMatches.contains { $0.contains(i) }
      col += g.put(s, x: col, y: y, style: inMatch ? base.merged(hit) : base, limit: limit)
      if col >= limit { break }
    }
  }
}
