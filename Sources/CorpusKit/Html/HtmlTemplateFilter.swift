/// Corpus-wide repetition for pages whose blocks were scored on their own: a body block found
/// word for word in several other documents is the site's template (a subscribe line, a
/// standard footer), unless the repeated blocks make up most of the document's body: then the
/// document is a copy of a story told elsewhere too (syndication), and its body stays.
enum HtmlTemplateFilter {
  /// A body block in this many documents or more is the site's template.
  static let minimumDocuments = 3

  /// In how many documents each line is a headline candidate (keys as `CleaningContext.key`).
  /// Blocks are one line each with a blank line between, so block `i` is line `2 i`.
  static func candidateFrequency(_ raw: [RawDocument], lineKeys: [[UInt64]]) -> [UInt64: Int] {
    var out: [UInt64: Int] = [:]
    for (r, keys) in zip(raw, lineKeys) where r.kinds != nil {
      var seen = Set<UInt64>()
      for c in r.titleCandidates where 2 * c < keys.count && seen.insert(keys[2 * c]).inserted {
        out[keys[2 * c], default: 0] += 1
      }
      // A title read from the markup alone (no block shows it) counts too.
      if r.titleCandidates.isEmpty, let t = r.title, seen.insert(key(t)).inserted {
        out[key(t), default: 0] += 1
      }
    }
    return out
  }

  /// The matching key of a text, as `CleaningContext.key` gives for a line.
  static func key(_ text: String) -> UInt64 {
    let scalars = Array(text.unicodeScalars)
    return CleaningContext.key(0..<scalars.count, scalars)
  }

  /// Whether a title read from the markup alone is offered by several documents that are not
  /// copies of one story (a site's `<title>`, not a headline).
  static func isSiteTitle(_ title: String, copy: Bool, headlineFrequency: [UInt64: Int]) -> Bool {
    !copy && (headlineFrequency[key(title)] ?? 1) >= 2
  }

  /// The kinds with template blocks made furniture, and the paragraph that shows the headline:
  /// the first of `titleCandidates` that is no other document's candidate too (a headline
  /// belongs to its story; a line offered as the headline of several pages is a site's or
  /// section's label), nil when every one recurs. Copies of one story keep their shared headline.
  static func apply(
    _ kinds: [ParagraphKind], titleCandidates: [Int], paragraphs: [Paragraph], lineKeys: [UInt64],
    context: CleaningContext, headlineFrequency: [UInt64: Int] = [:]
  ) -> (kinds: [ParagraphKind], title: Int?, copy: Bool) {
    func frequency(_ p: Paragraph) -> Int {
      let line = p.lines.lowerBound - 1
      guard p.lines.count == 1, line >= 0, line < lineKeys.count else { return 1 }
      return context.lineDocumentFrequency[lineKeys[line]] ?? 1
    }
    var repeated: [Int] = []
    var repeatedTokens = 0
    var bodyTokens = 0
    for (i, p) in paragraphs.enumerated() where kinds[i].isArticleText {
      let n = p.tokens.count
      bodyTokens += n
      if frequency(p) >= minimumDocuments {
        repeated.append(i)
        repeatedTokens += n
      }
    }
    // Most of the body found elsewhere too: a copy of a story, not a template.
    let syndicated = repeatedTokens * 2 > bodyTokens
    // Most of the body in at least one other document: a copy, whose headline recurs with it.
    var sharedTokens = 0
    var sharesParagraph = false
    for (i, p) in paragraphs.enumerated() where kinds[i].isArticleText && frequency(p) >= 2 {
      sharedTokens += p.tokens.count
      if p.tokens.count >= 10 { sharesParagraph = true }
    }
    let copy = sharedTokens * 2 > bodyTokens
    var out = kinds
    if !syndicated, context.documentCount >= minimumDocuments {
      for i in repeated { out[i] = .boilerplate }
    }
    var title: Int?
    for c in titleCandidates where c < paragraphs.count {
      let line = paragraphs[c].lines.lowerBound - 1
      let offered = line >= 0 && line < lineKeys.count ? headlineFrequency[lineKeys[line]] ?? 1 : 1
      // An edited copy (a paragraph of its body found elsewhere) may share its headline with
      // a few pages, as text pages may (`TitlePicker.sharedLimit`).
      if !copy, offered >= (sharesParagraph ? 4 : 2) {
        if out[c] == .title { out[c] = .boilerplate }
        continue
      }
      for i in out.indices where out[i] == .title { out[i] = .boilerplate }
      out[c] = .title
      title = c
      break
    }
    return (out, title, copy)
  }
}
