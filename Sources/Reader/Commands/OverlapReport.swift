import ArgumentParser
import CorpusKit

/// `reader overlaps A B --format markdown|html`: a self-contained report of a comparison for
/// an editor who does not use terminals: both titles and ids, coverage, then each passage pair
/// with its kind, score, confidence, offsets, both texts (in the pair's colour in HTML, bold
/// for verbatim, italic for paraphrase) and its drift marked. Everything from the corpus is
/// escaped (HTML entities; Markdown punctuation), so no article can inject markup or script.
enum OverlapReport {
  enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, markdown, html
  }

  /// The pair colours of the default theme, as CSS.
  static func colours() -> [String] {
    Theme.builtin.pairs.map { s in
      guard case .index(let i)? = s.bg else { return "#ddd" }
      let (r, g, b) = ColorDowngrade.rgb(i)
      return "#" + [r, g, b].map { String($0, radix: 16).leftPadded(2) }.joined()
    }
  }

  static func markdown(_ al: Alignment, _ a: Document, _ b: Document, hidden: Int) -> String {
    let e = Model.markdownEscaped
    var out = [
      "# Comparison: \(e(DocumentLabel.title(a))) ↔ \(e(DocumentLabel.title(b)))", "",
      "- **A** `\(tick(a.id))`: \(e(DocumentLabel.title(a)))"
        + (a.url.map { " <\(angle($0))>" } ?? ""),
      "- **B** `\(tick(b.id))`: \(e(DocumentLabel.title(b)))"
        + (b.url.map { " <\(angle($0))>" } ?? ""),
      "- \(English.count(al.passages.count, "passage")); \(OverlapsCommand.percent(al.coverageA)) of A"
        + " and \(OverlapsCommand.percent(al.coverageB)) of B shared"
        + (hidden > 0 ? "; \(hidden) less reliable hidden" : ""),
      "",
      "Verbatim passages are **bold**, paraphrases *italic*; drift (a number, name or date "
        + "changed or dropped) is listed under each pair.",
    ]
    for (k, p) in al.passages.enumerated() {
      let mark = p.kind == .verbatim ? "**" : "*"
      out += [
        "",
        "## Pair \(k + 1) · \(p.kind.rawValue) \(String(format2: p.score)) · confidence "
          + "\(String(format2: p.confidence))", "",
        "A (\(p.a.lowerBound)–\(p.a.upperBound)):", "",
        "> " + mark + e(flat(a.slice(p.a))) + mark, "",
        "B (\(p.b.lowerBound)–\(p.b.upperBound)):", "",
        "> " + mark + e(flat(b.slice(p.b))) + mark,
      ]
      if !p.drift.isEmpty {
        out.append("")
        for d in p.drift {
          out.append(
            "- drift (\(e(d.category.rawValue))): A “\(e(d.aText ?? "(not there)"))” → B “\(e(d.bText ?? "(dropped)"))”"
          )
        }
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  static func html(_ al: Alignment, _ a: Document, _ b: Document, hidden: Int) -> String {
    let h = escape
    let cols = colours()
    var out = [
      "<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
      "<title>\(h(DocumentLabel.title(a))) ↔ \(h(DocumentLabel.title(b)))</title>",
      "<style>body{font-family:Georgia,serif;max-width:72rem;margin:2rem auto;padding:0 1rem;"
        + "color:#111}table{border-collapse:collapse;width:100%}td,th{vertical-align:top;"
        + "padding:.5rem;border-top:1px solid #ccc;width:50%;text-align:left}.n{font:bold .9rem "
        + "sans-serif;color:#555}.verbatim{font-weight:bold}.paraphrase{font-style:italic}"
        + ".drift{color:#c00;font-weight:bold;text-decoration:underline}"
        + ".meta{color:#555;font:.85rem sans-serif}</style>",
      "</head><body>",
      "<h1>Comparison</h1>",
      "<p><b>A</b> <code>\(h(a.id))</code> \(h(DocumentLabel.title(a)))\(link(a.url))<br>"
        + "<b>B</b> <code>\(h(b.id))</code> \(h(DocumentLabel.title(b)))\(link(b.url))</p>",
      "<p class=\"meta\">\(English.count(al.passages.count, "passage")); "
        + "\(OverlapsCommand.percent(al.coverageA)) of A and \(OverlapsCommand.percent(al.coverageB)) of B shared"
        + (hidden > 0 ? "; \(hidden) less reliable hidden" : "")
        + ". Each pair has its own colour on both sides; verbatim is bold, paraphrase italic; "
        + "<span class=\"drift\">drift</span> marks a number, name or date that changed or was dropped.</p>",
      "<table><tr><th>A</th><th>B</th></tr>",
    ]
    for (k, p) in al.passages.enumerated() {
      let colour = cols.isEmpty ? "#ddd" : cols[k % cols.count]
      let kind = p.kind == .verbatim ? "verbatim" : "paraphrase"
      out.append(
        "<tr><td colspan=\"2\" class=\"n\">Pair \(k + 1) · \(kind) \(String(format2: p.score)) · "
          + "confidence \(String(format2: p.confidence))</td></tr>")
      let da = p.drift.compactMap(\.a)
      let db = p.drift.compactMap(\.b)
      out.append(
        "<tr><td><span class=\"\(kind)\" style=\"background:\(colour)\">"
          + marked(a, p.a, drift: da)
          + "</span><div class=\"meta\">A \(p.a.lowerBound)–\(p.a.upperBound)</div></td>"
          + "<td><span class=\"\(kind)\" style=\"background:\(colour)\">"
          + marked(b, p.b, drift: db)
          + "</span><div class=\"meta\">B \(p.b.lowerBound)–\(p.b.upperBound)</div></td></tr>")
      if !p.drift.isEmpty {
        let items = p.drift.map {
          "<li>\(h($0.category.rawValue)): A “\(h($0.aText ?? "(not there)"))” → B “\(h($0.bText ?? "(dropped)"))”</li>"
        }
        out.append(
          "<tr><td colspan=\"2\" class=\"drift\"><ul>" + items.joined() + "</ul></td></tr>")
      }
    }
    out += ["</table>", "</body></html>"]
    return out.joined(separator: "\n") + "\n"
  }

  /// The text of `range`, escaped, with the drift ranges inside it wrapped in a drift span.
  static func marked(_ d: Document, _ range: Range<Int>, drift: [Range<Int>]) -> String {
    var out = ""
    var i = range.lowerBound
    for r in drift.sorted(by: { $0.lowerBound < $1.lowerBound })
    where r.lowerBound >= i && r.upperBound <= range.upperBound {
      out += escape(d.slice(i..<r.lowerBound))
      out += "<span class=\"drift\">" + escape(d.slice(r)) + "</span>"
      i = r.upperBound
    }
    return out + escape(d.slice(i..<range.upperBound))
  }

  static func link(_ url: String?) -> String {
    guard let url, url.hasPrefix("http://") || url.hasPrefix("https://") else { return "" }
    return " <a href=\"\(escape(url))\">\(escape(url))</a>"
  }

  /// HTML-escapes text and attribute values.
  static func escape(_ s: String) -> String {
    var out = ""
    for c in s {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(c)
      }
    }
    return out
  }

  private static func flat(_ s: String) -> String { s.replacingOccurrences(of: "\n", with: " ") }
  private static func tick(_ s: String) -> String { s.replacingOccurrences(of: "`", with: "'") }
  private static func angle(_ s: String) -> String {
    s.replacingOccurrences(of: ">", with: "%3E").replacingOccurrences(of: "<", with: "%3C")
  }
}

extension String {
  fileprivate func leftPadded(_ n: Int) -> String {
    String(repeating: "0", count: Swift.max(0, n - count)) + self
  }
}
