import CorpusKit

/// Sanitising and measuring text for the grid: one width function for layout and drawing.
enum TextWidth {
  /// What a scalar is drawn as: tabs and line breaks become spaces, other controls and bidi
  /// controls their visible stand-ins (`TerminalSafeText`, shared with the CLI).
  @inline(__always)
  static func visible(_ s: Unicode.Scalar) -> Unicode.Scalar {
    if s == "\n" || s == "\r" || s == "\t" { return " " }
    return TerminalSafeText.standIn(for: s) ?? s
  }

  /// Columns a scalar takes on screen after sanitising.
  @inline(__always)
  static func of(_ s: Unicode.Scalar) -> Int { DisplayWidth.of(visible(s)) }

  /// Columns of a string after sanitising.
  static func of(_ s: String) -> Int { s.unicodeScalars.reduce(0) { $0 + of($1) } }

  /// `s` cut to at most `width` columns, ending in "…" when cut.
  static func clip(_ s: String, _ width: Int) -> String {
    guard width > 0 else { return "" }
    if of(s) <= width { return s }
    var out = String.UnicodeScalarView()
    var w = 0
    for u in s.unicodeScalars {
      let cw = of(u)
      if w + cw > width - 1 { break }
      out.append(u)
      w += cw
    }
    return String(out) + "…"
  }

  /// `s` padded with spaces (or clipped) to exactly `width` columns.
  static func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
    let c = clip(s, width)
    let fill = String(repeating: " ", count: max(0, width - of(c)))
    return right ? fill + c : c + fill
  }
}
