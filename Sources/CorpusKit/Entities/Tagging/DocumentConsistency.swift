/// A second pass over a tagged document so that one name gets one label throughout it.
///
/// News names a thing in full once and then repeats it, often in a context where the tagger
/// is less sure (a headline, the start of a sentence). The pass: (0) function words and
/// sentence-initial common words are trimmed from the start of names; (1) every mention of a surface
/// form takes the form's majority type; (2) a one-word person mention that is the surname of a
/// longer person mention becomes a person; (3) a capitalised repeat of a tagged form that the
/// tagger left untagged is tagged too.
struct DocumentConsistency: Sendable {
  var relabel = true
  var surnames = true
  var fillGaps = true
  init() {}

  func apply(_ sentences: [[WordInfo]], _ spans: [[TokenSpan]]) -> [[TokenSpan]] {
    let hints = FeatureExtractor.hints(sentences)
    // A function word is never part of a name, and neither is a sentence-initial word that the
    // document also writes in lowercase ("Both China", "Many Western", "Could Yukos").
    var out = spans.enumerated().map { si, ss in
      ss.compactMap { span -> TokenSpan? in
        var span = span
        let words = sentences[si]
        while span.start < span.end
          && (FunctionWords.contains(words[span.start])
            || (span.start == 0 && span.end - span.start >= 2
              && hints.lowerForms.contains(words[0].lower)))
        {
          span.start += 1
        }
        return span.start < span.end ? span : nil
      }
    }
    var votes: [UInt64: [Int]] = [:]
    var lengthOf: [UInt64: Int] = [:]
    func key(_ s: Int, _ span: TokenSpan) -> UInt64 {
      Gazetteer.key(sentences[s][span.start..<span.end].lazy.map(\.lower))
    }
    var surnameSet: Set<UInt64> = []
    for (si, ss) in out.enumerated() {
      for span in ss {
        votes[key(si, span), default: [0, 0, 0, 0]][span.typeIndex] += 1
        lengthOf[key(si, span)] = span.end - span.start
        // A full name gives its surname, unless its first word is a common word that merely
        // opens the sentence ("Many Western ...").
        let opensWithCommonWord =
          span.start == 0 && hints.lowerForms.contains(sentences[si][0].lower)
        if span.typeIndex == 0 && span.end - span.start >= 2 && !opensWithCommonWord {
          surnameSet.insert(sentences[si][span.end - 1].lower)
        }
      }
    }
    let maxVoteLength = lengthOf.values.max() ?? 0
    func majority(_ v: [Int]) -> Int {
      var best = 0
      for t in 1..<4 where v[t] > v[best] { best = t }
      return best
    }
    for si in out.indices {
      for j in out[si].indices {
        let span = out[si][j]
        if relabel, let v = votes[key(si, span)] {
          let m = majority(v)
          if v[m] > v[span.typeIndex] { out[si][j].typeIndex = m }
        }
        if surnames && span.end - span.start == 1
          && surnameSet.contains(sentences[si][span.start].lower)
        {
          out[si][j].typeIndex = 0
        }
      }
    }
    if fillGaps {
      for si in out.indices {
        let words = sentences[si]
        var taken = [Bool](repeating: false, count: words.count)
        for span in out[si] { for k in span.start..<span.end { taken[k] = true } }
        var added: [TokenSpan] = []
        var i = 0
        while i < words.count {
          if taken[i] || !words[i].isCapitalized {
            i += 1
            continue
          }
          var matched = false
          var h: UInt64 = 0x5bd1_e995
          var j = i
          var found: (end: Int, type: Int)? = nil
          while j < words.count && j - i < Gazetteer.maxLength && !taken[j] {
            h = FeatureHash.combine(h, words[j].lower)
            j += 1
            guard let v = votes[h] else {
              if j - i >= maxVoteLength { break }
              continue
            }
            if words[j - 1].flags.contains(.hasLetter) {
              found = (j, majority(v))
            }
          }
          if let f = found, words[f.end - 1].isCapitalized {
            added.append(TokenSpan(start: i, end: f.end, typeIndex: f.type))
            i = f.end
            matched = true
          }
          if !matched { i += 1 }
        }
        if !added.isEmpty {
          out[si] = (out[si] + added).sorted { $0.start < $1.start }
        }
      }
    }
    return out
  }
}
