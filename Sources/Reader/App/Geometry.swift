/// Where things go on the screen, computed from the model alone (views and `update` agree).
struct Geometry {
  /// The area between the title bar and the status bar.
  var body: Rect
  /// The entity sidebar, when shown.
  var sidebar: Rect?
  /// The main area (body minus sidebar and its border).
  var main: Rect
  /// Rows at the bottom of the compare area kept for the legend (`L`).
  var legendRows = 0

  /// `minMain`: the narrowest main area worth keeping next to the sidebar (compare needs two panes).
  init(width: Int, height: Int, sidebar: Bool, minMain: Int = 40) {
    body = Rect(x: 0, y: 1, width: width, height: max(0, height - 2))
    var sw = sidebar ? min(40, max(26, width / 4)) : 0
    if width - sw - 1 < minMain { sw = 0 }  // narrow terminals: the sidebar goes first
    if sw > 0 {
      self.sidebar = Rect(x: width - sw, y: 1, width: sw, height: body.height)
      main = Rect(x: 0, y: 1, width: width - sw - 1, height: body.height)
    } else {
      self.sidebar = nil
      main = body
    }
  }

  init(_ m: Model) {
    self.init(
      width: m.width, height: m.height, sidebar: m.sidebar.visible,
      minMain: m.screen == .compare ? 76 : 40)
    if m.screen == .compare, m.showLegend, main.height >= 12 {
      legendRows = CompareLegend.height(m.theme, width: main.width - 1)
    }
  }

  /// The compare legend's rows, under the panes.
  var legend: Rect {
    Rect(x: main.x, y: main.maxY - legendRows, width: main.width, height: legendRows)
  }

  /// The article's text column: 2 columns of margin, at most 100 wide.
  var articleText: Rect {
    let w = max(1, min(main.width - 4, 100))
    return Rect(x: main.x + 2, y: main.y + 1, width: w, height: max(1, main.height - 1))
  }

  /// Compare: the two text panes under a two-row header, split by a one-column divider.
  var comparePanes: (left: Rect, right: Rect, divider: Int) {
    let leftW = (main.width - 1) / 2
    let rightW = main.width - 1 - leftW
    let y = main.y + 2
    let h = max(1, main.height - 2 - legendRows)
    return (
      Rect(x: main.x + 1, y: y, width: max(1, leftW - 2), height: h),
      Rect(x: main.x + leftW + 2, y: y, width: max(1, rightW - 2), height: h),
      main.x + leftW
    )
  }

  /// Rows of a list in the main area under a one-row header.
  var listRows: Rect {
    Rect(x: main.x, y: main.y + 1, width: main.width, height: max(1, main.height - 1))
  }
}
