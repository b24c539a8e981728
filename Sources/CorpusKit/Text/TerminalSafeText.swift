/// Text from a corpus made safe to show on a terminal: characters that would drive the terminal
/// instead of being shown (C0 controls such as ESC, DEL, C1 controls such as CSI and OSC) become
/// visible symbols, and bidi overrides, embeddings and isolates (which can reorder what the
/// reader sees, "Trojan Source") become U+FFFD. One scalar always stands for one scalar, so
/// scalar offsets are unchanged. The browser and every CLI output use this one function.
public enum TerminalSafeText {
  /// What `s` is shown as, or nil when it is safe as it is. Tab, newline and carriage return
  /// get a stand-in too (␉ ␊ ␍): callers that lay text out in lines decide about them first.
  @inlinable @inline(__always)
  public static func standIn(for s: Unicode.Scalar) -> Unicode.Scalar? {
    let v = s.value
    if v < 0x20 { return Unicode.Scalar(0x2400 + v)! }  // ␀…␟
    if v < 0x7F { return nil }
    if v == 0x7F { return "\u{2421}" }  // ␡
    if v < 0xA0 { return "\u{FFFD}" }  // C1 controls
    if v < 0x202A { return nil }
    if v <= 0x202E || (v >= 0x2066 && v <= 0x2069) { return "\u{FFFD}" }  // bidi controls
    return nil
  }

  /// `text` with every unsafe scalar replaced by its stand-in. Tab and newline are kept, and a
  /// carriage return right before a newline (a CRLF line end); any other carriage return is a
  /// line end too (as the loader reads it, `LineSplitter`) and is written as a newline: sent
  /// as it is, it would move the cursor back and write over what the line already showed.
  public static func forTerminal(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard scalars.contains(where: { needsStandIn($0) }) else { return text }
    var out = String.UnicodeScalarView()
    var i = scalars.startIndex
    while i != scalars.endIndex {
      let u = scalars[i]
      let next = scalars.index(after: i)
      if u == "\r" {
        out.append(next != scalars.endIndex && scalars[next] == "\n" ? "\r" : "\n")
      } else {
        out.append(needsStandIn(u) ? standIn(for: u)! : u)
      }
      i = next
    }
    return String(out)
  }

  @inline(__always)
  static func needsStandIn(_ u: Unicode.Scalar) -> Bool {
    u != "\n" && u != "\t" && standIn(for: u) != nil
  }
}
