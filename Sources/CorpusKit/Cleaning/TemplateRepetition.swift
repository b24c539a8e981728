/// Tells a site's template from a story that several outlets published, among the lines a
/// document shares with other documents of the corpus.
///
/// A template line (menu, footer, newsletter box) recurs on pages whose stories differ; a
/// syndicated story recurs as the body of every copy. So when most of a document's prose is
/// shared with other documents, the document is a copy: its shared lines are the story, and only
/// lines shared by far more documents than the story itself count as template.
enum TemplateRepetition {
  /// Sets `repeatedInCorpus` on each paragraph from its document frequency. Returns the story's
  /// document frequency when the document is a copy of a story others carry too, else nil.
  @discardableResult
  static func mark(_ features: inout [ParagraphFeatures], documentCount n: Int) -> Int? {
    var prose = 0
    var shared = 0
    var sharedDF: [(df: Int, words: Int)] = []
    for f in features where f.isProse {
      prose += f.words
      if f.documentFrequency >= 2 {
        shared += f.words
        sharedDF.append((f.documentFrequency, f.words))
      }
    }
    if prose > 0, shared * 2 >= prose {
      // A copy: the story's lines are shared by about as many documents as its prose is (the
      // word-weighted median; edited copies share a little less, so a quarter more is allowed);
      // lines shared by more documents than that are template.
      sharedDF.sort { $0.df < $1.df }
      var acc = 0
      var median = sharedDF.last?.df ?? 1
      for s in sharedDF {
        acc += s.words
        if acc * 2 >= shared {
          median = s.df
          break
        }
      }
      let storyDF = median + max(1, median / 4)
      for i in features.indices {
        let df = features[i].documentFrequency
        // A paragraph of prose that a few more pages carry is a story they share too.
        let limit = features[i].isProse ? max(2 * storyDF, n / 20) : storyDF
        features[i].repeatedInCorpus = df > limit
      }
      return storyDF
    }
    for i in features.indices {
      let df = features[i].documentFrequency
      // Short lines shared by a few pages, or any line shared by many: a copied paragraph of
      // a syndicated story is shared by a few pages too, and is reuse, not furniture.
      features[i].repeatedInCorpus = (df >= 3 && features[i].words <= 12) || df >= max(5, n / 20)
    }
    return nil
  }
}
