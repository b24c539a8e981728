import CorpusKit

/// Every article: id, date, outlet, words, title and the duplicate mark; sorted and filtered.
enum LibraryView {
  static func draw(_ m: Model, _ geo: Geometry, into g: inout Grid) {
    let t = m.theme
    let n = m.corpus.count
    Render.titleBar(m, "Reader · \(m.corpusLabel) · \(n) article\(n == 1 ? "" : "s")", into: &g)
    let r = geo.main
    if n == 0 {
      Render.centred(
        [
          "No articles here yet.", "",
          "Reader found nothing it can read in \(m.corpusLabel).",
          "It reads .txt and .md files (one article each), .json and .jsonl.",
          "Try: reader --corpus FOLDER, or plain 'reader' for the bundled sample.", "",
          "q quits",
        ], in: r, style: t[.text], into: &g)
      return
    }
    let cols = columns(m, width: r.width)
    var x = r.x + 1
    let head = t[.meta].merged(Style(attrs: .bold))
    for (name, w) in [
      ("ID", cols.id), ("DATE", cols.date), ("OUTLET", cols.outlet), ("WORDS", cols.words),
      ("TITLE", cols.title),
    ] where w > 0 {
      g.clipped(name, x: x, y: r.y, width: w, style: head)
      x += w + 1
    }
    if cols.mark > 0 { g.clipped("OVERLAP", x: x, y: r.y, width: cols.mark, style: head) }
    let rows = geo.listRows
    if m.library.rows.isEmpty {
      Render.centred(
        ["No article matches the filter.", "F clears the filters"], in: rows, style: t[.furniture],
        into: &g)
      return
    }
    for row in 0..<rows.height {
      let i = m.library.top + row
      guard i < m.library.rows.count else { break }
      let doc = m.library.rows[i]
      let d = m.corpus.rows[doc]
      let e = m.entries[doc]
      let y = rows.y + row
      let selected = i == m.library.cursor
      let base = selected ? t[.text].merged(t[.selection]) : t[.text]
      if selected { g.fill(Rect(x: r.x, y: y, width: r.width, height: 1), style: base) }
      var x = r.x + 1
      x = cell(e.shortID, x, cols.id, y, base, &g)
      x = cell(d.date ?? "–", x, cols.date, y, base.merged(selected ? .plain : t[.meta]), &g)
      x = cell(d.outlet ?? "–", x, cols.outlet, y, base, &g)
      x = cell(TextWidth.pad(String(e.words), cols.words, right: true), x, cols.words, y, base, &g)
      x = cell(e.title, x, cols.title, y, base, &g)
      if cols.mark > 0, let mark = m.marks[doc] {
        g.clipped(mark, x: x, y: y, width: cols.mark, style: base.merged(t[.mark]))
      }
    }
  }

  private static func cell(_ s: String, _ x: Int, _ w: Int, _ y: Int, _ st: Style, _ g: inout Grid)
    -> Int
  {
    guard w > 0 else { return x }
    g.clipped(s, x: x, y: y, width: w, style: st)
    return x + w + 1
  }

  /// Column widths for a total width. Ids and overlap marks are never cut (they tell articles
  /// apart); DATE and OUTLET go when no article has one; narrow screens drop the outlet and
  /// words first, then the date, then the overlap mark; the title takes the rest.
  static func columns(_ m: Model, width: Int) -> (
    id: Int, date: Int, outlet: Int, words: Int, title: Int, mark: Int
  ) {
    let id = min(32, max(2, m.entries.prefix(5000).map { TextWidth.of($0.shortID) }.max() ?? 3))
    var date = m.hasDates ? 10 : 0
    var outlet = m.hasOutlets ? (width >= 100 ? 18 : 12) : 0
    var words = 5
    var mark = m.marks.isEmpty ? 0 : max(7, m.markWidth)
    func title() -> Int {
      let used = [id, date, outlet, words, mark].filter { $0 > 0 }.reduce(1) { $0 + $1 + 1 }
      return width - used - 1
    }
    if title() < 20 {
      outlet = 0
      words = 0
    }
    if title() < 16 { date = 0 }
    if title() < 12 { mark = 0 }
    return (id, date, outlet, words, max(1, title()), mark)
  }
}
