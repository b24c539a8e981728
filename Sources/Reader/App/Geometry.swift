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
      legendRows = CompareLegend.height(
        m.theme, width: main.width - 1, story: m.compare?.hasStoryLinks ?? false)
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

  /// Compare: the two text panes under a two-row header, split by a one-column divider. Each
  /// pane has a three-column gutter on its left (the current pair's number) and both have the
  /// same width, so identical texts wrap alike; an odd column goes next to the divider.
  var comparePanes: (left: Rect, right: Rect, divider: Int) {
    let w = max(1, (main.width - 8) / 2)
    let spare = max(0, main.width - 8 - 2 * w)
    let y = main.y + 2
    let h = max(1, main.height - 2 - legendRows)
    let divider = main.x + 3 + w + 1 + spare
    return (
      Rect(x: main.x + 3, y: y, width: w, height: h),
      Rect(x: divider + 4, y: y, width: w, height: h),
      divider
    )
  }

  /// Rows of a list in the main area under a one-row header.
  var listRows: Rect {
    Rect(x: main.x, y: main.y + 1, width: main.width, height: max(1, main.height - 1))
  }
}
