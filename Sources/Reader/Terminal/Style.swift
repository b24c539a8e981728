/// A terminal colour: the terminal's own default, or an xterm-256 palette index.
enum TermColor: Hashable, Sendable {
  case standard
  case index(UInt8)
}

/// Text attributes of a cell, as a small bit set.
struct Attrs: OptionSet, Hashable, Sendable {
  let rawValue: UInt8
  static let bold = Attrs(rawValue: 1)
  static let dim = Attrs(rawValue: 2)
  static let underline = Attrs(rawValue: 4)
  static let italic = Attrs(rawValue: 8)
  static let reverse = Attrs(rawValue: 16)
}

/// How a cell looks. Optional colours let one style be laid over another (`merged`).
struct Style: Hashable, Sendable {
  var fg: TermColor?
  var bg: TermColor?
  var attrs: Attrs = []

  static let plain = Style()

  init(fg: TermColor? = nil, bg: TermColor? = nil, attrs: Attrs = []) {
    self.fg = fg
    self.bg = bg
    self.attrs = attrs
  }

  /// `top` laid over `self`: its colours win where set, attributes add up.
  func merged(_ top: Style) -> Style {
    Style(fg: top.fg ?? fg, bg: top.bg ?? bg, attrs: attrs.union(top.attrs))
  }
}
