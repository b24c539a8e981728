import CorpusIndex
import CorpusKit

/// Renders rows as a left-aligned plain-text table with display-width-aware padding; cells are
/// made terminal-safe first so that the padding fits what is shown.
enum TextTable {
  static func render(
    header: [String], rows: [[String]], rightAligned: Set<Int> = [], maxWidth: Int = 60
  ) -> String {
    // Cells are measured as they will be shown: controls as their visible symbols.
    let all = [header] + rows.map { $0.map { clip(TerminalSafeText.forTerminal($0), maxWidth) } }
    var widths = [Int](repeating: 0, count: header.count)
    for r in all { for (i, c) in r.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(c)) } }
    return all.map { r in
      r.enumerated().map { i, c in
        let pad = String(repeating: " ", count: widths[i] - DisplayWidth.of(c))
        if i == r.count - 1 { return c }
        return rightAligned.contains(i) ? pad + c : c + pad
      }.joined(separator: "  ")
    }.joined(separator: "\n")
  }

  static func clip(_ s: String, _ width: Int) -> String {
    guard DisplayWidth.of(s) > width else { return s }
    var out = ""
    var w = 0
    for c in s {
      let cw = DisplayWidth.of(String(c))
      if w + cw > width - 1 { break }
      out.append(c)
      w += cw
    }
    return out + "…"
  }
}

/// A short label for a document: its title, else its first body sentence.
enum DocumentLabel {
  static func title(_ d: Document) -> String { d.libraryLabel }
}
