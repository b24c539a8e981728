/// Tags CoNLL documents with a model and scores them against their gold column.
public enum NEREvaluation {
  /// Predicted spans for every sentence of every document.
  public static func tag(model: TaggerModel, documents: [CoNLLDocument], consistency: Bool = true)
    -> [[[TokenSpan]]]
  {
    documents.map { d in
      let sentences = d.sentences.map { s in s.words.map { WordInfo($0.unicodeScalars) } }
      let spans = model.tag(document: sentences)
      return consistency
        ? DocumentConsistency().apply(sentences, model.splitAtTitles(sentences, spans)) : spans
    }
  }

  /// conlleval-style scores of `model` on `documents`.
  public static func evaluate(
    model: TaggerModel, documents: [CoNLLDocument], consistency: Bool = true
  ) -> NERScore {
    score(
      documents: documents,
      predicted: tag(model: model, documents: documents, consistency: consistency))
  }

  static func score(documents: [CoNLLDocument], predicted: [[[TokenSpan]]]) -> NERScore {
    var score = NERScore()
    for (d, p) in zip(documents, predicted) {
      for (s, ps) in zip(d.sentences, p) { score.add(gold: s.gold, predicted: ps) }
    }
    return score
  }
}
