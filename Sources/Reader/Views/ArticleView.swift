import CorpusKit

/// One article: wrapped body, headings styled, furniture hidden or dimmed, entities coloured,
/// search matches highlighted.
enum ArticleView {
  static func draw(_ m: Model, _ geo: Geometry, into g: inout Grid) {
    guard let a = m.article else { return }
    let t = m.theme
    let d = m.corpus.document(a.doc)
    let e = m.entries[a.doc]
    Render.titleBar(m, "\(e.shortID) · \(e.title)", into: &g)
    // Meta line: the full id when the library shortens it (the CLI's id), outlet, date, words.
    let meta = [
      e.shortID == d.id ? nil : "id " + d.id, d.outlet, d.date, "\(e.words) words", m.marks[a.doc],
    ]
    .compactMap { $0 }.joined(separator: " · ")
    g.clipped(
      meta, x: geo.articleText.x, y: geo.main.y, width: geo.articleText.width, style: t[.meta])
    let layout = m.articleLayout(a)
    var spans = TextPane.entitySpans(d, m)
    spans += TextPane.searchSpans(a.search, theme: t)
    if let mark = a.mark { spans.append(Span(range: mark, style: t[.highlight])) }
    if layout.lines.isEmpty {
      g.clipped(
        "(this article has no body text; a shows the furniture)", x: geo.articleText.x,
        y: geo.articleText.y + 1,
        width: geo.articleText.width, style: t[.furniture])
    }
    TextPane.draw(d, layout, top: a.top, in: geo.articleText, spans: spans, theme: t, into: &g)
  }
}
