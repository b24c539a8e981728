/// Gives each paragraph of a document a kind: body, heading, title, dateline, caption or
/// boilerplate (page furniture).
///
/// The article body is the largest contiguous run of prose paragraphs; furniture gathers above
/// and below it. Signals: repetition inside the document and across the corpus, calls to
/// action, appeals to the reader, teaser cuts, caption credits, and the shape of the text.
public struct Cleaner: Sendable {
  public var context: CleaningContext

  public init(context: CleaningContext) { self.context = context }

  /// One kind per paragraph of `document`.
  public func classify(_ document: Document) -> [ParagraphKind] {
    classify(document, lineKeys: document.lines.map { CleaningContext.key($0.range, document.text.scalars) })
  }

  /// One kind per paragraph, given the keys of the document's lines (computed once per load).
  public func classify(_ document: Document, lineKeys: [UInt64]) -> [ParagraphKind] {
    let n = document.paragraphs.count
    guard n > 0 else { return [] }
    // Keys of lines that occur more than once in the document, sorted (usually none): a sort
    // instead of a hashed count per line.
    var sorted = lineKeys.filter { $0 != CleaningContext.emptyKey }
    sorted.sort()
    var repeated: [UInt64] = []
    var k = 1
    while k < sorted.count {
      if sorted[k] == sorted[k - 1], repeated.last != sorted[k] { repeated.append(sorted[k]) }
      k += 1
    }
    let features = (0..<n).map {
      ParagraphFeatures.measure(
        document, $0, lineKeys: lineKeys, repeatedKeys: repeated, context: context)
    }
    guard let span = bodySpan(features) else {
      // No prose at all: keep everything that is not furniture as body.
      return features.map { $0.isHardFurniture ? .boilerplate : .body }
    }
    var kinds = [ParagraphKind](repeating: .boilerplate, count: n)
    for i in span {
      let f = features[i]
      if f.isFurnitureInBody {
        kinds[i] = .boilerplate
      } else if f.captionCue && f.words < 60 {
        kinds[i] = .caption
      } else if f.isProse || f.endsWithPeriod || f.isListItem {
        kinds[i] = .body
      } else if f.words <= 14 && f.words > 0 {
        kinds[i] = .heading
      } else {
        kinds[i] = .body
      }
    }
    var titleFound = false
    for i in stride(from: span.lowerBound - 1, through: 0, by: -1) {
      let f = features[i]
      if f.captionCue && !f.isHardFurniture {
        kinds[i] = .caption
      } else if DatelineReader.isDateline(document, i) {
        kinds[i] = .dateline
      } else if !titleFound && (f.isHeadlineLike || (isFirstText(features, i) && f.isSentenceCaseHeadline)) {
        kinds[i] = .title
        titleFound = true
      } else {
        kinds[i] = .boilerplate
      }
    }
    return kinds
  }

  /// The paragraphs of the article body: the run of prose with the most words, extended to
  /// the runs before and after it across gaps that hold no strong furniture.
  func bodySpan(_ features: [ParagraphFeatures]) -> ClosedRange<Int>? {
    var runs: [ClosedRange<Int>] = []
    var i = 0
    while i < features.count {
      guard isRunMember(features[i]) else {
        i += 1
        continue
      }
      var j = i
      while j + 1 < features.count, isRunMember(features[j + 1]) { j += 1 }
      runs.append(i...j)
      i = j + 1
    }
    guard let main = runs.indices.max(by: { words(features, runs[$0]) < words(features, runs[$1]) })
    else { return nil }
    func crossable(_ gap: Range<Int>) -> Bool {
      gap.count <= 8 && !gap.contains { features[$0].isStrongFurniture }
    }
    var lo = runs[main].lowerBound
    var hi = runs[main].upperBound
    var r = main + 1
    while r < runs.count, crossable((hi + 1)..<runs[r].lowerBound) {
      hi = runs[r].upperBound
      r += 1
    }
    r = main - 1
    while r >= 0, crossable((runs[r].upperBound + 1)..<lo) {
      lo = runs[r].lowerBound
      r -= 1
    }
    return lo...hi
  }

  /// Whether no text but furniture comes before paragraph `i`.
  func isFirstText(_ features: [ParagraphFeatures], _ i: Int) -> Bool {
    features[..<i].allSatisfy { $0.words == 0 }
  }

  /// Prose, or a short sentence that closes with punctuation.
  func isRunMember(_ f: ParagraphFeatures) -> Bool {
    !f.isStrongFurniture && (!f.isWeakFurniture || f.words >= 25)
      && (f.isProse || (f.endsTerminal && f.words >= 4 && f.stopRatio > 0))
  }

  func words(_ features: [ParagraphFeatures], _ r: ClosedRange<Int>) -> Int {
    r.reduce(0) { $0 + features[$1].words }
  }
}
