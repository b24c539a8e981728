/// Turns a decoded article into a `Document`: lines, paragraphs, tokens, sentences, kinds and
/// metadata. Pure: the same input always gives the same document.
public enum DocumentBuilder {
  /// Segments and cleans one article in the context of its corpus.
  public static func build(_ raw: RawDocument, context: CleaningContext) -> Document {
    let text = ScalarText(raw.text)
    let lines = LineSplitter.lines(text.scalars)
    let keys = lines.map { CleaningContext.key($0.range, text.scalars) }
    return build(raw, text: text, lines: lines, lineKeys: keys, context: context)
  }

  static func build(
    _ raw: RawDocument, text: ScalarText, lines: [Line], lineKeys: [UInt64],
    context: CleaningContext,
    headlineFrequency: [UInt64: Int] = [:]
  ) -> Document {
    let (tokens, segmented, sentences) = segment(
      text, lines: lines, splitLongLines: raw.kinds == nil)
    var paragraphs = segmented
    // A page whose blocks were scored from its markup (HTML) keeps those kinds, weighed against
    // the corpus's template repetition, and its markup's metadata.
    if let given = raw.kinds, given.count == paragraphs.count {
      let (kinds, headline, copy) = HtmlTemplateFilter.apply(
        given, titleCandidates: raw.titleCandidates, paragraphs: paragraphs, lineKeys: lineKeys,
        context: context,
        headlineFrequency: headlineFrequency)
      for i in paragraphs.indices { paragraphs[i].kind = kinds[i] }
      let title =
        raw.titleCandidates.isEmpty
        ? raw.title.flatMap {
          HtmlTemplateFilter.isSiteTitle($0, copy: copy, headlineFrequency: headlineFrequency)
            ? nil : $0
        }
        : headline.map {
          // The reader's own wording for its first choice (a date or an outlet's name after
          // the headline left out); another candidate's line is read the same way.
          $0 == raw.titleCandidates.first && raw.title != nil
            ? raw.title!
            : HtmlMetadata.trimmed(
              HtmlMetadata.headPart(HtmlMetadata.clean(text.slice(paragraphs[$0].range))))
        }
      let built = Document(
        id: raw.id, path: raw.path, text: text, lines: lines, paragraphs: paragraphs,
        sentences: sentences, tokens: tokens, title: title,
        date: raw.date.flatMap(DateParser.isoDay),
        outlet: raw.outlet, url: raw.url, format: raw.format)
      guard built.date == nil, let day = MetadataExtractor.visibleDate(built) else { return built }
      // A page without a date in its markup often prints one above its article (plain-text
      // pages are read the same way).
      return Document(
        id: raw.id, path: raw.path, text: text, lines: lines, paragraphs: paragraphs,
        sentences: sentences, tokens: tokens, title: title, date: day, outlet: raw.outlet,
        url: raw.url, format: raw.format)
    }
    let draft = Document(
      id: raw.id, path: raw.path, text: text, lines: lines, paragraphs: paragraphs,
      sentences: sentences, tokens: tokens, title: nil, date: nil, outlet: nil, url: raw.url)
    let kinds = Cleaner(context: context).classify(draft, lineKeys: lineKeys)
    for i in paragraphs.indices { paragraphs[i].kind = kinds[i] }
    let classified = Document(
      id: raw.id, path: raw.path, text: text, lines: lines, paragraphs: paragraphs,
      sentences: sentences, tokens: tokens, title: nil, date: nil, outlet: nil, url: raw.url)
    let meta = MetadataExtractor.extract(classified)
    return Document(
      id: raw.id, path: raw.path, text: text, lines: lines, paragraphs: paragraphs,
      sentences: sentences, tokens: tokens,
      // Titles of scraped pages saved as text or JSON may keep HTML references ("&#163;1.8m").
      title: (raw.title ?? meta.title).map(CharacterReferences.decode),
      date: raw.date.flatMap(DateParser.isoDay) ?? meta.date,
      outlet: raw.outlet ?? meta.outlet, url: raw.url, format: raw.format)
  }

  /// Rebuilds a document that was cleaned before (an on-disk index keeps its text, one kind per
  /// paragraph and its metadata) without cleaning again: the text is segmented as `build` does
  /// and the kinds are laid on its paragraphs. Nil when the kinds do not fit the text's
  /// paragraphs (the index was written by another segmenter). `splitLongLines` says whether the
  /// document was cleaned from its text (no kinds from markup), as `build` then cuts its long
  /// lines into sentences.
  public static func restore(
    id: String, path: String, text: String, kinds: [ParagraphKind], title: String?,
    date: String?, outlet: String?, url: String?, format: DocumentFormat,
    splitLongLines: Bool = true
  ) -> Document? {
    let text = ScalarText(text)
    let lines = LineSplitter.lines(text.scalars)
    let (tokens, segmented, sentences) = segment(
      text, lines: lines, splitLongLines: splitLongLines)
    var paragraphs = segmented
    guard paragraphs.count == kinds.count else { return nil }
    for i in paragraphs.indices { paragraphs[i].kind = kinds[i] }
    return Document(
      id: id, path: path, text: text, lines: lines, paragraphs: paragraphs, sentences: sentences,
      tokens: tokens, title: title, date: date, outlet: outlet, url: url, format: format)
  }

  /// Tokens, paragraphs (all `.body` until classified) and sentences of a text. With
  /// `splitLongLines` (text the cleaner classifies), a line far longer than any paragraph (a
  /// scrape that printed a whole page, menus and all, on one line) becomes one paragraph per
  /// sentence, so that the cleaner can tell its article from its furniture.
  static func segment(_ text: ScalarText, lines: [Line], splitLongLines: Bool = false) -> (
    tokens: [Token], paragraphs: [Paragraph], sentences: [Range<Int>]
  ) {
    let scalars = text.scalars
    let tokens = Tokenizer.tokenize(scalars)
    var paragraphs: [Paragraph] = []
    var sentences: [Range<Int>] = []
    var t = 0
    for block in ParagraphSegmenter.segment(lines, scalars) {
      let first = lines[block.lowerBound]
      let last = lines[block.upperBound]
      let range = LineSplitter.trimmed(first.range.lowerBound..<last.range.upperBound, scalars)
      while t < tokens.count, tokens[t].start < range.lowerBound { t += 1 }
      let t0 = t
      while t < tokens.count, tokens[t].start < range.upperBound { t += 1 }
      let s0 = sentences.count
      sentences += SentenceSplitter.split(tokens, in: t0..<t, scalars: scalars)
      if splitLongLines, block.count == 1, range.count > LongLine.minLength,
        sentences.count - s0 > 1
      {
        paragraphs += LongLine.pieces(
          sentences[s0...], tokens: tokens, tokenRange: t0..<t, line: first.number)
        continue
      }
      paragraphs.append(
        Paragraph(
          kind: .body, range: range, lines: first.number...last.number, tokens: t0..<t,
          sentences: s0..<sentences.count))
    }
    return (tokens, paragraphs, sentences)
  }
}
