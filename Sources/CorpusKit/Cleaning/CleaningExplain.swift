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
}
