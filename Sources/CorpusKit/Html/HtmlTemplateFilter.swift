/// Corpus-wide repetition for pages whose blocks were scored on their own: a body block found
/// word for word in several other documents is the site's template (a subscribe line, a
/// standard footer), unless the repeated blocks make up most of the document's body: then the
/// document is a copy of a story told elsewhere too (syndication), and its body stays.
enum HtmlTemplateFilter {
  /// A block in this many documents or more is repeated.
  static let minimumDocuments = 3

  static func apply(
    _ kinds: [ParagraphKind], paragraphs: [Paragraph], lineKeys: [UInt64], context: CleaningContext
  ) -> [ParagraphKind] {
    guard context.documentCount >= minimumDocuments else { return kinds }
    var repeated: [Int] = []
    var repeatedTokens = 0
    var bodyTokens = 0
    for (i, p) in paragraphs.enumerated() where kinds[i].isArticleText {
      let n = p.tokens.count
      bodyTokens += n
      let line = p.lines.lowerBound - 1
      guard p.lines.count == 1, line >= 0, line < lineKeys.count else { continue }
      if (context.lineDocumentFrequency[lineKeys[line]] ?? 1) >= minimumDocuments {
        repeated.append(i)
        repeatedTokens += n
      }
    }
    guard !repeated.isEmpty, repeatedTokens * 2 <= bodyTokens else { return kinds }
    var out = kinds
    for i in repeated { out[i] = .boilerplate }
    return out
  }
}
