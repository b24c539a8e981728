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

  /// Whether paragraph `index` is a dateline.
  static func isDateline(_ document: Document, _ index: Int) -> Bool {
    date(document, index) != nil
  }

  /// The ISO day of a dateline paragraph, if it is one.
  static func date(_ document: Document, _ index: Int) -> String? {
    let p = document.paragraphs[index]
    let tokens = Array(document.tokens[p.tokens])
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
}
