/// Finds publication datelines: short lines that are mostly a date ("February 28, 2023",
/// "Published 28 Feb 2023, 10:04", "2023-02-28").
enum DatelineReader {
  /// Words that may stand beside a date in a dateline.
  static let datelineWords: Set<String> = [
    "published", "updated", "posted", "on", "at", "by", "last", "modified", "am", "pm", "gmt",
    "utc", "est", "edt", "cet", "msk", "bst", "date", "|", "·", "-", ",", "•", "/",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "wed", "thu", "fri", "sat", "sun",
  ]

  /// Words by which a dateline says it gives the publication date.
  static let publishingWords: Set<String> = ["published", "posted"]

  /// Whether paragraph `index` is a dateline.
  static func isDateline(_ document: Document, _ index: Int) -> Bool {
    date(document, index) != nil
  }

  /// The ISO day of a dateline paragraph, if it is one (of its tokens that start in `span`).
  static func date(_ document: Document, _ index: Int, in span: Range<Int> = 0..<Int.max)
    -> String?
  {
    let p = document.paragraphs[index]
    let tokens = document.tokens[p.tokens].filter { span.contains($0.start) }
    guard !tokens.isEmpty, tokens.count <= 24 else { return nil }
    guard let (day, used) = DateParser.firstDate(in: tokens) else { return nil }
    // Everything else must be dateline furniture: times, "Published", a short byline.
    var other = 0
    for (i, t) in tokens.enumerated() where !used.contains(i) {
      if t.kind == .punctuation || t.kind == .symbol || t.kind == .number { continue }
      if datelineWords.contains(t.norm) { continue }
      other += 1
    }
    return other <= 4 ? day : nil
  }

  /// The columns of paragraph `index`, as scalar ranges: scraped tables glue a page's columns
  /// into one line, parted by tabs or runs of three spaces.
  static func columns(_ document: Document, _ index: Int) -> [Range<Int>] {
    let r = document.paragraphs[index].range
    let scalars = document.text.scalars
    var out: [Range<Int>] = []
    var start: Int?
    var lastText = r.lowerBound
    var spaces = 0
    for k in r {
      let s = scalars[k]
      if s == "\t" || s == " " {
        spaces += s == "\t" ? 3 : 1
        if spaces >= 3, let st = start {
          out.append(st..<(lastText + 1))
          start = nil
        }
      } else {
        if start == nil { start = k }
        lastText = k
        spaces = 0
      }
    }
    if let st = start { out.append(st..<(lastText + 1)) }
    return out
  }

  /// Whether the scalars `span` of the text hold a clock time ("5:57PM", "08:29").
  static func hasClock(_ document: Document, _ span: Range<Int>) -> Bool {
    let scalars = document.text.scalars
    var k = span.lowerBound
    while k + 2 < span.upperBound {
      if scalars[k] == ":", k > span.lowerBound, scalars[k - 1].properties.numericType != nil,
        scalars[k + 1].properties.numericType != nil, scalars[k + 2].properties.numericType != nil
      {
        return true
      }
      k += 1
    }
    return false
  }
}
