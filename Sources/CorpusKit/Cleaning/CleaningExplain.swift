/// What the text cleaner measured and scored for each paragraph of one document, for reading
/// its errors (`reader-bench text-dev --explain ID`).
@_spi(Bench) public enum CleaningExplain {
  /// One line per paragraph: score, words, function-word share, document frequency, prose,
  /// kind, text (cut to `width` scalars).
  public static func lines(_ document: Document, in corpus: Corpus, width: Int = 140) -> [String] {
    let context = CleaningContext.build(
      lineKeys: corpus.documents.map { d in
        d.lines.map { CleaningContext.key($0.range, d.text.scalars) }
      })
    let keys = document.lines.map { CleaningContext.key($0.range, document.text.scalars) }
    let cleaner = Cleaner(context: context)
    var features = cleaner.measure(document, lineKeys: keys)
    TemplateRepetition.mark(&features, documentCount: context.documentCount)
    return document.paragraphs.indices.map { i in
      let f = features[i]
      let flags =
        (f.isProse ? "P" : "-") + (f.repeatedInCorpus ? "C" : "-")
        + (f.repeatedInDocument ? "D" : "-") + (f.isHardFurniture ? "F" : "-")
      let text = String(
        String.UnicodeScalarView(document.text.scalars[document.paragraphs[i].range].prefix(width)))
      return
        "\(i) \((BlockScore.score(f) * 10).rounded() / 10) w\(f.words) s\((f.stopRatio * 100).rounded() / 100) df\(f.documentFrequency) \(flags) [\(document.paragraphs[i].kind)] \(text)"
    }
  }

  /// One line per paragraph with words among the 40 above the body's first paragraph, nearest
  /// first, with what the headline rules read of it: strict and near candidacy, headline shape,
  /// content words shared with the body's opening and with the whole body.
  public static func titleLines(_ document: Document, in corpus: Corpus, width: Int = 110)
    -> [String]
  {
    let context = CleaningContext.build(
      lineKeys: corpus.documents.map { d in
        d.lines.map { CleaningContext.key($0.range, d.text.scalars) }
      })
    let keys = document.lines.map { CleaningContext.key($0.range, document.text.scalars) }
    let cleaner = Cleaner(context: context)
    var features = cleaner.measure(document, lineKeys: keys, wholeLine: true)
    let storyDF = TemplateRepetition.mark(&features, documentCount: context.documentCount)
    let kinds = document.paragraphs.map(\.kind)
    guard let start = kinds.firstIndex(where: { $0 == .body || $0 == .heading }) else { return [] }
    let limit = TitlePicker.sharedLimit(storyDF, features)
    let opening = TitlePicker.openingWords(document, kinds, from: start)
    let body = DistantHeadline.bodyWords(document, kinds, from: start)
    var out = ["body starts at \(start); shared limit \(limit)"]
    for i in TitlePicker.linesAbove(features, start, reach: 40) {
      let f = features[i]
      let k: ParagraphKind = kinds[i] == .title ? .boilerplate : kinds[i]
      let flags =
        (TitlePicker.isCandidate(f, k, sharedLimit: limit) ? "S" : "-")
        + (TitlePicker.isCandidate(f, k, sharedLimit: limit, lead: true) ? "L" : "-")
        + (NearestHeadline.isCandidate(f, k, sharedLimit: limit) ? "N" : "-")
        + (TitlePicker.hasHeadlineShape(document, i) ? "H" : "-")
        + (f.navigation ? "n" : "-") + (f.byline ? "b" : "-") + (f.repeatedInDocument ? "D" : "-")
        + (f.repeatedInCorpus ? "C" : "-") + (f.isHardFurniture ? "F" : "-")
      let (o, ot) = TitlePicker.overlap(document, i, opening)
      let (b, _) = TitlePicker.overlap(document, i, body)
      let text = String(
        String.UnicodeScalarView(document.text.scalars[document.paragraphs[i].range].prefix(width)))
      out.append(
        "\(i) \(flags) w\(f.words) cta\(f.callToAction) cap\((f.capitalRatio * 100).rounded() / 100) "
          + "s\((f.stopRatio * 100).rounded() / 100) df\(f.documentFrequency) open \(o)/\(ot) body \(b) "
          + "[\(document.paragraphs[i].kind)] \(text)")
    }
    return out
  }
}
