/// "Terminal too small" instead of a broken layout; the app recovers when the window grows.
enum TooSmallView {
  static func draw(_ m: Model, into g: inout Grid) {
    let r = Rect(x: 0, y: 0, width: g.width, height: g.height)
    Render.centred(
      ["terminal too small", "need 40×10, have \(m.width)×\(m.height)", "Q quits"], in: r,
      style: m.theme[.error], into: &g)
  }
}
