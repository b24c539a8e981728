import CorpusKit

/// Pick the other article for compare, most similar first.
enum PickerView {
  static func draw(_ m: Model, _ geo: Geometry, into g: inout Grid) {
    guard let p = m.picker else { return }
    let t = m.theme
    let from = m.entries[p.from]
    Render.titleBar(m, "Compare \(from.shortID) with…", into: &g)
    let r = geo.main
    let note: String
    switch m.duplicates {
    case .ready(let rep) where rep.pairs.isEmpty:
      note = "similarity: none found by the overlap engine (corpus order)"
    case .ready: note = "most similar first"
    case .pending: note = "similarity: still computing (corpus order for now)"
    case .failed(let why): note = "similarity: unavailable — \(why.message)"
    }
    g.clipped(
      "\(from.shortID) · \(from.title) — \(note)", x: r.x + 1, y: r.y, width: r.width - 2,
      style: t[.heading])
    let rows = geo.listRows
    for row in 0..<rows.height {
      let i = p.top + row
      guard i < p.candidates.count else { break }
      let c = p.candidates[i]
      let e = m.entries[c.doc]
      let y = rows.y + row
      let selected = i == p.cursor
      let base = selected ? t[.text].merged(t[.selection]) : t[.text]
      if selected { g.fill(Rect(x: r.x, y: y, width: r.width, height: 1), style: base) }
      let sim = c.similarity.map(similarity) ?? "  –  "
      var x = g.text(" " + sim + "  ", x: r.x, y: y, style: base.merged(t[.meta]))
      x =
        g.clipped(
          TextWidth.pad(c.relation?.rawValue ?? "", 15), x: x, y: y, width: 15,
          style: base.merged(t[c.relation == .sameStory ? .meta : .mark])) + 1
      let idW = LibraryView.columns(m, width: r.width).id
      x = g.clipped(TextWidth.pad(e.shortID, idW), x: x, y: y, width: idW, style: base) + 1
      g.clipped(e.title, x: x, y: y, width: r.maxX - x - 1, style: base)
    }
  }
}

extension PickerView {
  /// A similarity as "0.93".
  static func similarity(_ v: Double) -> String {
    let n = Int((v * 100).rounded())
    return "\(n / 100).\(n % 100 < 10 ? "0" : "")\(n % 100)"
  }
}
