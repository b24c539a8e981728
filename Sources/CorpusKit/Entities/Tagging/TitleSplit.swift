/// Splits a name that swallowed a person's title: "Chinese State Councillor Wang Yi" is a
/// nationality (MISC), a title, and a person (PER), not one organisation; "Mr Blair" is "Blair".
extension TaggerModel {
  func isTitle(_ w: WordInfo) -> Bool { gazetteer.bits(word: w.lower) & Gazetteer.titleBit != 0 }

  /// Spans with every inner title word cut out: the words after the last title become a
  /// person; the words before it keep the gazetteer type of a single known word, else vanish.
  func splitAtTitles(_ sentences: [[WordInfo]], _ spans: [[TokenSpan]]) -> [[TokenSpan]] {
    spans.enumerated().map { si, ss in
      let words = sentences[si]
      var out: [TokenSpan] = []
      for var span in ss {
        // A person's title is not part of the name ("Mr Blair", "President Putin").
        if span.typeIndex == 0 {
          while span.end - span.start >= 2, isTitle(words[span.start]) { span.start += 1 }
        }
        guard span.end - span.start >= 3 else {
          out.append(span)
          continue
        }
        // The last capitalised title word before the final token.
        var cut = -1
        for k in (span.start + 1)..<(span.end - 1) where words[k].isCapitalized {
          if gazetteer.bits(word: words[k].lower) & Gazetteer.titleBit != 0 { cut = k }
        }
        guard cut >= 0 else {
          out.append(span)
          continue
        }
        var first = span.start
        while first < cut, gazetteer.bits(word: words[first].lower) & Gazetteer.titleBit != 0 {
          first += 1
        }
        var titleStart = cut
        while titleStart > first,
          gazetteer.bits(word: words[titleStart - 1].lower) & Gazetteer.titleBit != 0
        {
          titleStart -= 1
        }
        // "Chinese State Councillor": a capitalised word between a known word and the title
        // belongs to the title.
        if titleStart - first == 2 { titleStart -= 1 }
        if titleStart - first == 1 {
          let bits = gazetteer.bits(word: words[first].lower)
          if bits & (1 << 3) != 0 {
            out.append(TokenSpan(start: first, end: first + 1, typeIndex: 3))
          } else if bits & (1 << 2) != 0 {
            out.append(TokenSpan(start: first, end: first + 1, typeIndex: 2))
          }
        }
        out.append(TokenSpan(start: cut + 1, end: span.end, typeIndex: 0))
      }
      return out
    }
  }
}
