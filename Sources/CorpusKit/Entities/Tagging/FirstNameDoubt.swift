/// A second look at one-word person names that are only first names ("Chelsea", "Oscar").
///
/// News introduces a person by full name before it shortens it, so a lone word of the
/// first-name list that the gazetteer also holds as another type (a training name typed ORG,
/// LOC or MISC) and that the document never uses to open (or close) a longer person name is
/// more likely a club, a prize or a firm named like a person ("Chelsea beat Arsenal", "an Oscar
/// nomination"). Such a sentence is decoded again with the person labels forbidden on those
/// tokens, so they take the type the tagger ranks next, or none.
struct FirstNameDoubt: Sendable {
  let gazetteer: Gazetteer
  /// The gazetteer bits of ORG, LOC and MISC (the names of the training data and the lists).
  static let otherTypes: UInt8 = 0b1110

  /// Whether a one-word person span over `word` is in doubt, given the first and last words of
  /// the document's longer person names.
  func isDoubtful(_ word: WordInfo, partsOfFullNames: Set<UInt64>) -> Bool {
    let bits = gazetteer.bits(word: word.lower)
    return bits & Gazetteer.firstNameBit != 0 && bits & Self.otherTypes != 0
      && !partsOfFullNames.contains(word.lower)
  }

  /// The first and last words of every person name of two words or more in the document.
  static func partsOfFullNames(_ sentences: [[WordInfo]], _ spans: [[TokenSpan]]) -> Set<UInt64> {
    var parts: Set<UInt64> = []
    for (si, ss) in spans.enumerated() {
      for span in ss where span.typeIndex == 0 && span.end - span.start >= 2 {
        parts.insert(sentences[si][span.start].lower)
        parts.insert(sentences[si][span.end - 1].lower)
      }
    }
    return parts
  }

  /// `spans` with every doubtful one-word person re-decoded (`emissions` per sentence, as the
  /// tagger scored it; sentences without a doubtful span are left as they are).
  func retype(
    _ sentences: [[WordInfo]], _ spans: [[TokenSpan]], emissions: [[Float]],
    transitions: [Float], decoder: inout ViterbiDecoder
  ) -> [[TokenSpan]] {
    let parts = Self.partsOfFullNames(sentences, spans)
    let labelCount = TagSet.count
    var out = spans
    for (si, ss) in spans.enumerated() {
      let doubtful = ss.filter {
        $0.typeIndex == 0 && $0.end - $0.start == 1
          && isDoubtful(sentences[si][$0.start], partsOfFullNames: parts)
      }
      guard !doubtful.isEmpty, emissions[si].count == sentences[si].count * labelCount else {
        continue
      }
      var scores = emissions[si]
      for span in doubtful {
        let base = span.start * labelCount
        for p in [TagSet.Position.begin, .inside, .last, .unit] {
          scores[base + TagSet.label(0, p)] = ViterbiDecoder.forbidden
        }
      }
      out[si] = TagSet.spans(
        labels: decoder.decode(
          emissions: scores, count: sentences[si].count, transitions: transitions))
    }
    return out
  }
}
