/// The compare screen's legend: what the pair colours, bold, italic, the red marks and the
/// numbered mark mean, described from the theme in use (so "mono" says "underlined", not "red").
enum CompareLegend {
  /// One entry: a sample drawn in the style it explains, what it means in a few words (on
  /// the compare screen) and at length (in the help).
  struct Item: Equatable {
    var sample: String
    var style: Style
    var meaning: String
    var long: String
  }

  /// The items; the same-story one only with `story` (the help, or a pair that has links).
  static func items(_ t: Theme, story: Bool = true) -> [Item] {
    let pair = t.pair(0)
    let verbatim = describe(t[.verbatim])
    let paraphrase = describe(t[.paraphrase])
    let drift = describe(t[.drift])
    let storyStyle = describe(t[.story])
    let all = [
      Item(
        sample: "verbatim", style: pair.merged(t[.verbatim]), meaning: "\(verbatim): copied",
        long: "\(verbatim): copied word for word"),
      Item(
        sample: "paraphrase", style: pair.merged(t[.paraphrase]),
        meaning: "\(paraphrase): reworded", long: "\(paraphrase): the same passage reworded"),
      Item(
        sample: " 2", style: pair.merged(Style(attrs: .bold)), meaning: "current pair",
        long: "the current pair, numbered at its start on both sides (] and [ step)"),
      Item(
        sample: "drift", style: t[.drift], meaning: "\(drift): fact changed (d)",
        long: "\(drift): in the current pair, a number, name or date changed or dropped"
          + " (d lists them; D marks every pair's)"),
      Item(
        sample: "colour", style: pair, meaning: "same pair both sides",
        long: "each pair has its own colour (\(describe(pair)), …), the same on both sides"),
      Item(
        sample: "story", style: t[.story], meaning: "same story, not copied (r)",
        long: "\(storyStyle): same story, not copied: a sentence telling the same facts in other"
          + " words (r shows / hides them; off by default)"),
    ]
    return story ? all : Array(all.dropLast())
  }

  /// The legend as plain lines for the help screen.
  static func helpLines(_ t: Theme) -> [String] {
    items(t).map { "  " + TextWidth.pad($0.sample.trimmingSpaces, 18) + "  " + $0.long }
  }

  /// The items packed into rows of at most `width` columns ("sample meaning · sample …").
  static func rows(_ t: Theme, width: Int, story: Bool = false) -> [[Item]] {
    var out: [[Item]] = [[]]
    var used = 0
    for item in items(t, story: story) {
      let w = TextWidth.of(item.sample) + 1 + TextWidth.of(item.meaning)
      let sep = out[out.count - 1].isEmpty ? 0 : 3
      if used + sep + w > width, !out[out.count - 1].isEmpty {
        out.append([item])
        used = w
      } else {
        out[out.count - 1].append(item)
        used += sep + w
      }
    }
    return out
  }

  /// How many rows the legend takes at this width.
  static func height(_ t: Theme, width: Int, story: Bool = false) -> Int {
    rows(t, width: width, story: story).count
  }

  static func draw(_ t: Theme, in r: Rect, story: Bool = false, into g: inout Grid) {
    for (i, row) in rows(t, width: r.width - 1, story: story).enumerated() where i < r.height {
      let y = r.y + i
      var x = r.x + 1
      for (j, item) in row.enumerated() {
        if j > 0 { x = g.text(" · ", x: x, y: y, style: t[.meta], limit: r.maxX) }
        x = g.text(item.sample, x: x, y: y, style: item.style, limit: r.maxX)
        x = g.text(" " + item.meaning, x: x, y: y, style: t[.meta], limit: r.maxX)
      }
    }
  }

  /// A style in words: "bold", "red, bold, underlined", "on pale blue", "plain".
  static func describe(_ s: Style) -> String {
    var parts: [String] = []
    if let fg = s.fg, let n = colourName(fg) { parts.append(n) }
    if s.attrs.contains(.bold) { parts.append("bold") }
    if s.attrs.contains(.italic) { parts.append("italic") }
    if s.attrs.contains(.underline) { parts.append("underlined") }
    if s.attrs.contains(.dim) { parts.append("dim") }
    if s.attrs.contains(.reverse) { parts.append("reversed") }
    if let bg = s.bg, let n = colourName(bg) { parts.append("on " + n) }
    return parts.isEmpty ? "plain" : parts.joined(separator: ", ")
  }

  /// A rough English name of a terminal colour ("pale blue", "dark grey"); nil for the
  /// terminal's own.
  static func colourName(_ c: TermColor) -> String? {
    guard case .index(let i) = c else { return nil }
    if i < 16 {
      let basic = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white", "grey",
        "bright red", "bright green", "bright yellow", "bright blue", "bright magenta",
        "bright cyan", "white",
      ]
      return basic[Int(i)]
    }
    let (r, g, b) = ColorDowngrade.rgb(i)
    let hi = max(r, g, b)
    let lo = min(r, g, b)
    if hi - lo < 25 {
      if hi < 60 { return "black" }
      if hi > 230 { return "white" }
      return hi < 120 ? "dark grey" : hi < 190 ? "grey" : "light grey"
    }
    // Hue in degrees.
    let d = Double(hi - lo)
    var h: Double
    if hi == r {
      h = 60 * (Double(g - b) / d)
    } else if hi == g {
      h = 60 * (Double(b - r) / d + 2)
    } else {
      h = 60 * (Double(r - g) / d + 4)
    }
    if h < 0 { h += 360 }
    let hue: String
    switch h {
    case ..<15: hue = "red"
    case ..<40: hue = "orange"
    case ..<70: hue = "yellow"
    case ..<160: hue = "green"
    case ..<200: hue = "cyan"
    case ..<255: hue = "blue"
    case ..<290: hue = "purple"
    case ..<335: hue = "pink"
    default: hue = "red"
    }
    if lo >= 135 { return "pale " + hue }
    if hi <= 135 { return "dark " + hue }
    return hue
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    String(drop { $0 == " " })
  }
}
