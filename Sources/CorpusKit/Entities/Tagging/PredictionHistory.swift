/// Prediction history (Ratinov and Roth 2009): what the tagger said earlier in the same document
/// about each capitalised word, as non-local evidence for its later mentions.
///
/// For every capitalised word of a tagged sentence it counts, by lowercase form, how often the
/// word was outside any name and how often inside a PER, ORG, LOC or MISC name, and which types
/// it carried as part of a name of two or more words ("Li Qiang" tells a later bare "Li").
/// A later capitalised mention of the word gets features from those counts. The history is
/// built from the tagger's own predictions in document order, one sentence at a time, so it
/// never crosses a document's end: a new document starts a new history.
struct PredictionHistory {
  /// What a word got earlier: counts of O, PER, ORG, LOC, MISC, and the types it had in
  /// names of several words (bit per type index).
  struct Counts: Equatable {
    var outside: UInt16 = 0
    var types: (UInt16, UInt16, UInt16, UInt16) = (0, 0, 0, 0)
    var inLonger: UInt8 = 0

    /// The count of class `k` (0 = O, 1... = type index + 1).
    func count(_ k: Int) -> UInt16 {
      switch k {
      case 0: outside
      case 1: types.0
      case 2: types.1
      case 3: types.2
      default: types.3
      }
    }

    mutating func add(_ k: Int) {
      switch k {
      case 0: outside &+= 1
      case 1: types.0 &+= 1
      case 2: types.1 &+= 1
      case 3: types.2 &+= 1
      default: types.3 &+= 1
      }
    }

    /// The most frequent class (0 = O, else type index + 1); ties go to the lower class.
    var majority: Int {
      var best = 0
      for k in 1..<5 where count(k) > count(best) { best = k }
      return best
    }

    static func == (a: Counts, b: Counts) -> Bool {
      (0..<5).allSatisfy { a.count($0) == b.count($0) } && a.inLonger == b.inLonger
    }
  }

  private(set) var words: [UInt64: Counts] = [:]

  /// An empty history (the start of a document).
  init() {}

  /// What the word with lowercase hash `lower` got earlier, if it was seen capitalised.
  @inline(__always)
  func counts(_ lower: UInt64) -> Counts? { words.isEmpty ? nil : words[lower] }

  /// Adds a tagged sentence: its capitalised words and the spans the tagger gave them.
  mutating func record(_ sentence: [WordInfo], spans: [TokenSpan]) {
    var next = 0
    for (i, w) in sentence.enumerated() {
      while next < spans.count && spans[next].end <= i { next += 1 }
      let span = next < spans.count && spans[next].start <= i ? spans[next] : nil
      guard w.isCapitalized else { continue }
      var c = words[w.lower] ?? Counts()
      if let span {
        c.add(span.typeIndex + 1)
        if span.end - span.start > 1 { c.inLonger |= 1 << UInt8(span.typeIndex) }
      } else {
        c.add(0)
      }
      words[w.lower] = c
    }
  }
}
