import CorpusKit

/// Renders the whole model into a grid: the one entry point the runner, tests and the
/// benchmark use.
enum Render {
  static func frame(_ m: Model) -> Grid {
    var g = Grid(width: m.width, height: m.height)
    draw(m, into: &g)
    return g
  }

  static func draw(_ m: Model, into g: inout Grid) {
    let t = m.theme
    g.fill(Rect(x: 0, y: 0, width: g.width, height: g.height), style: t[.text])
    if m.tooSmall {
      TooSmallView.draw(m, into: &g)
      return
    }
    if m.showHelp {
      HelpView.draw(m, into: &g)
      StatusBar.draw(m, into: &g)
      return
    }
    let geo = Geometry(m)
    switch m.screen {
    case .library: LibraryView.draw(m, geo, into: &g)
    case .article: ArticleView.draw(m, geo, into: &g)
    case .compare: CompareView.draw(m, geo, into: &g)
    case .picker: PickerView.draw(m, geo, into: &g)
    case .lookup: LookupView.draw(m, geo, into: &g)
    case .hits: HitsView.draw(m, geo, into: &g)
    }
    if geo.sidebar != nil { SidebarView.draw(m, geo, into: &g) }
    StatusBar.draw(m, into: &g)
  }

  /// The top row: where you are on the left, the analyses' state on the right.
  static func titleBar(_ m: Model, _ title: String, into g: inout Grid) {
    let t = m.theme
    let s = t[.titleBar]
    g.fill(Rect(x: 0, y: 0, width: g.width, height: 1), style: s)
    let right = " \(m.overlapStatus) · \(m.entityStatus) "
    let rightW = min(TextWidth.of(right), max(0, g.width / 2))
    g.clipped(" " + title, x: 0, y: 0, width: g.width - rightW - 1, style: s)
    g.clipped(right, x: g.width - rightW, y: 0, width: rightW, style: s)
  }

  /// A message centred in a rectangle, one line per string.
  static func centred(_ lines: [String], in r: Rect, style: Style, into g: inout Grid) {
    let y0 = r.y + max(0, (r.height - lines.count) / 2)
    for (i, l) in lines.enumerated() where y0 + i < r.maxY {
      let w = min(TextWidth.of(l), r.width)
      g.clipped(l, x: r.x + max(0, (r.width - w) / 2), y: y0 + i, width: r.width, style: style)
    }
  }
}
