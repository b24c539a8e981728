import CorpusKit

/// The entities of the visible article(s) (the whole corpus on the library), grouped by type
/// with counts.
enum SidebarView {
  static let typeNames: [EntityType: String] = [
    .person: "People", .organization: "Organisations", .location: "Places", .misc: "Other names",
    .date: "Dates", .money: "Money", .percent: "Percentages",
  ]

  static func draw(_ m: Model, _ geo: Geometry, into g: inout Grid) {
    guard let r = geo.sidebar else { return }
    let t = m.theme
    for y in r.y..<r.maxY { g.put("│", x: r.x - 1, y: y, style: t[.border]) }
    let focused = m.focus == .sidebar
    let scope =
      m.screen == .compare && m.visibleDocuments.count == 2
      ? "= both, < \(m.entries[m.visibleDocuments[0]].shortID), > \(m.entries[m.visibleDocuments[1]].shortID)"
      : m.visibleDocuments.isEmpty
        ? "corpus" : m.visibleDocuments.map { m.entries[$0].shortID }.joined(separator: "+")
    g.clipped(
      "Entities · \(scope)" + (m.sidebar.typeFilter.map { " · \($0.rawValue)" } ?? "")
        + (m.sidebar.nameFilter.isEmpty ? "" : " · “\(m.sidebar.nameFilter)”"),
      x: r.x + 1, y: r.y, width: r.width - 1,
      style: t[.heading].merged(focused ? Style(attrs: .underline) : .plain))
    let body = Rect(x: r.x, y: r.y + 1, width: r.width, height: r.height - 1)
    guard m.entities.value != nil else {
      wrap(m.entityStatus, in: body, style: t[.furniture], into: &g)
      return
    }
    if m.sidebar.items.isEmpty {
      wrap(
        (m.sidebar.nameFilter.isEmpty && m.sidebar.typeFilter == nil
          ? "none in " : "none matching the filter in ")
          + (m.visibleDocuments.isEmpty ? "the corpus" : "this view"), in: body,
        style: t[.furniture], into: &g)
      return
    }
    for row in 0..<body.height {
      let i = m.sidebar.top + row
      guard i < m.sidebar.items.count else { break }
      let y = body.y + row
      switch m.sidebar.items[i] {
      case .header(let type, let n):
        g.clipped(
          "\(typeNames[type] ?? type.rawValue) (\(type.rawValue)) · \(n)", x: r.x + 1, y: y,
          width: r.width - 1, style: t[.meta].merged(Style(attrs: .bold)))
      case .captionsHeader(let n):
        g.clipped(
          "Only in captions · \(n)", x: r.x + 1, y: y, width: r.width - 1,
          style: t[.meta].merged(Style(attrs: .bold)))
      case .entity(let id, let type, let count):
        let selected = i == m.sidebar.cursor
        var st = t[Role.entity(type)]
        if selected {
          st = focused ? st.merged(t[.selection]) : st.merged(Style(attrs: .underline))
        }
        let side = m.sidebar.sides[id].map { $0.mark + " " } ?? ""
        let num = side + String(count)
        let w = r.width - 2
        if selected { g.fill(Rect(x: r.x + 1, y: y, width: w, height: 1), style: st) }
        g.clipped(id, x: r.x + 2, y: y, width: w - TextWidth.of(num) - 2, style: st)
        g.text(num, x: r.x + 1 + w - TextWidth.of(num), y: y, style: st)
      }
    }
  }

  /// Word-wrapped text in a rectangle.
  static func wrap(_ s: String, in r: Rect, style: Style, into g: inout Grid) {
    let scalars = Array(s.unicodeScalars)
    for (i, range) in TextLayout.wrap(scalars, 0..<scalars.count, width: max(1, r.width - 2))
      .enumerated() where i < r.height
    {
      var v = String.UnicodeScalarView()
      v.append(contentsOf: scalars[range])
      g.clipped(String(v), x: r.x + 1, y: r.y + i, width: r.width - 1, style: style)
    }
  }
}
