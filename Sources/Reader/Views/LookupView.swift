import CorpusKit

/// Every mention of one entity in the corpus, with its line of context (KWIC), grouped by article;
/// then the entities most often mentioned with it.
enum LookupView {
  static func draw(_ m: Model, _ geo: Geometry, into g: inout Grid) {
    guard let l = m.lookup else { return }
    let t = m.theme
    // The summary: drawing a frame decodes none of the entity's mentions.
    let e = m.entities.value?.summary(id: l.entityID)
    Render.titleBar(m, "Lookup · \(l.entityID)", into: &g)
    let r = geo.main
    let docs = e?.documents ?? 0
    var head =
      "\(l.entityID) (\(e?.type.rawValue ?? "?")) · \(e?.mentions ?? 0) mentions in \(docs) article\(docs == 1 ? "" : "s")"
    if let aliases = e?.aliases.filter({ $0 != l.entityID }), !aliases.isEmpty {
      head += " · also: " + aliases.joined(separator: ", ")
    }
    g.clipped(head, x: r.x + 1, y: r.y, width: r.width - 2, style: t[.heading])
    let rows = geo.listRows
    let kwicLeft = max(10, (rows.width - 6) / 2 - 8)
    for row in 0..<rows.height {
      let i = l.top + row
      guard i < l.rows.count else { break }
      let y = rows.y + row
      let selected = i == l.cursor && m.focus != .sidebar
      let base = selected ? t[.text].merged(t[.selection]) : t[.text]
      if selected { g.fill(Rect(x: r.x, y: y, width: r.width, height: 1), style: base) }
      switch l.rows[i] {
      case .article(let doc, let count):
        let en = m.entries[doc]
        g.clipped(
          "\(en.shortID) · \(en.title) · \(count)×", x: r.x + 1, y: y, width: r.width - 2,
          style: t[.meta].merged(Style(attrs: .bold)))
      case .mention(let doc, let range):
        kwic(
          m.corpus.document(doc), range, x: r.x + 3, y: y, leftWidth: kwicLeft, width: r.width - 4,
          style: base,
          hit: base.merged(t[Role.entity(e?.type ?? .misc)]).merged(Style(attrs: .bold)), into: &g)
      case .blank: break
      case .note(let s): g.clipped(s, x: r.x + 1, y: y, width: r.width - 2, style: t[.heading])
      case .cooccurring(let id, let type, let n):
        var x = g.clipped(
          "  " + id, x: r.x + 1, y: y, width: r.width / 2, style: base.merged(t[Role.entity(type)]))
        x += 1
        g.clipped(
          "\(type.rawValue) · \(n) article\(n == 1 ? "" : "s") in common", x: x, y: y,
          width: r.maxX - x - 1, style: base.merged(t[.meta]))
      }
    }
  }

  /// One KWIC line: context right-aligned up to the mention, the mention, context after.
  static func kwic(
    _ d: Document, _ range: Range<Int>, x: Int, y: Int, leftWidth: Int, width: Int, style: Style,
    hit: Style,
    into g: inout Grid
  ) {
    let s = d.text.scalars
    // Offsets come from the recogniser: keep them inside the text whatever they say.
    let range =
      min(range.lowerBound, s.count)..<min(max(range.lowerBound, range.upperBound), s.count)
    // Left context: walk back until the width is used.
    var lo = range.lowerBound
    var w = 0
    while lo > 0 {
      let cw = TextWidth.of(s[lo - 1])
      if w + cw > leftWidth { break }
      w += cw
      lo -= 1
    }
    var cx = x + (leftWidth - w)
    for i in lo..<range.lowerBound {
      cx += g.put(s[i], x: cx, y: y, style: style, limit: x + width)
    }
    for i in range { cx += g.put(s[i], x: cx, y: y, style: hit, limit: x + width) }
    var i = range.upperBound
    while i < s.count, cx < x + width {
      let used = g.put(s[i], x: cx, y: y, style: style, limit: x + width)
      if used == 0 && TextWidth.of(s[i]) > 0 { break }
      cx += used
      i += 1
    }
  }
}
