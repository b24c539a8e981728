/// Corpus-wide repetition for pages whose blocks were scored on their own: a body block found
/// word for word in several other documents is the site's template (a subscribe line, a
/// standard footer), unless the repeated blocks make up most of the document's body: then the
/// document is a copy of a story told elsewhere too (syndication), and its body stays.
enum HtmlTemplateFilter {
  /// A body block in this many documents or more is the site's template.
  static let minimumDocuments = 3

  /// The kinds with template blocks made furniture, and the paragraph that shows the headline:
  /// the first of `titleCandidates` found in no other document (a headline belongs to its story;
  /// a line on several pages is a site's or section's label), nil when every one recurs.
  static func apply(
    _ kinds: [ParagraphKind], titleCandidates: [Int], paragraphs: [Paragraph], lineKeys: [UInt64],
    context: CleaningContext
  ) -> (kinds: [ParagraphKind], title: Int?) {
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
    for (i, p) in paragraphs.enumerated() where kinds[i].isArticleText && frequency(p) >= 2 {
      sharedTokens += p.tokens.count
    }
    let copy = sharedTokens * 2 > bodyTokens
    var out = kinds
    if !syndicated, context.documentCount >= minimumDocuments {
      for i in repeated { out[i] = .boilerplate }
    }
    var title: Int?
    for c in titleCandidates where c < paragraphs.count {
      if !copy, frequency(paragraphs[c]) >= 2 {
        if out[c] == .title { out[c] = .boilerplate }
        continue
      }
      for i in out.indices where out[i] == .title { out[i] = .boilerplate }
      out[c] = .title
      title = c
      break
    }
    return (out, title)
  }
}
