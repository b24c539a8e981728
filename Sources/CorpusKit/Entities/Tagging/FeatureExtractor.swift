/// Turns a sentence's `WordInfo`s into feature keys for each token: the word and its forms,
/// neighbours within ±2, shapes in context, capitalisation in context, gazetteer matches and
/// document-level hints.
///
/// Keys are 64-bit hashes of (template, value); the model maps the ones it knows to weights.
struct FeatureExtractor {
  /// Feature templates; the raw value is mixed into every key so templates never collide.
  enum Template: UInt64 {
    case bias = 1
    case word, lower, shape, shortShape
    case prefix1, prefix2, prefix3, prefix4, suffix1, suffix2, suffix3, suffix4
    case lowerPrev, lowerNext, lowerPrev2, lowerNext2, bigramPrev, bigramNext
    case shapePrev, shapeNext, shortTrigram, shortPrevCur, shortCurNext
    case initialShape, initialLower, capsLineLower, capsLineShape
    case gazetteer, titlePrev, titlePrev2, docLowerElsewhere, docCapsElsewhere
    case suffix3Prev, suffix3Next, wordLength, flagsCur
    case firstNamePrev, surnameNext
    case cluster
    case historyMajority, historyAlso, historyLonger
  }

  /// Cluster path prefixes (bits) used for the word itself and for its neighbours.
  static let clusterPrefixes = [4, 6, 10, 20]
  /// Neighbour offsets whose cluster prefixes are features (the word itself always is).
  static let clusterNeighbours = [-1, 1]

  /// Per-sentence hints that the caller computes from the whole document.
  struct DocumentHints {
    /// Lowercase hashes of words seen written all-lowercase in the document.
    var lowerForms: Set<UInt64> = []
    /// Lowercase hashes of words seen capitalised where case is informative (not first in a
    /// sentence, not in an all-caps line).
    var capitalForms: Set<UInt64> = []
  }

  let gazetteer: Gazetteer
  let clusters: WordClusters

  @inline(__always)
  static func key(_ t: Template, _ v: UInt64) -> UInt64 { FeatureHash.combine(t.rawValue, v) }
  @inline(__always)
  static func key(_ t: Template, _ a: UInt64, _ b: UInt64) -> UInt64 {
    FeatureHash.combine(FeatureHash.combine(t.rawValue, a), b)
  }

  /// Whether a sentence is an all-caps line (a headline): most of its letters are uppercase.
  static func isCapsLine(_ words: [WordInfo]) -> Bool {
    var upper = 0
    var letters = 0
    for w in words where w.flags.contains(.hasLetter) {
      letters += 1
      if w.flags.contains(.allUpper) && w.length > 1 { upper += 1 }
    }
    return letters >= 2 && upper * 10 >= letters * 7
  }

  /// Collects the document hints from all its sentences.
  static func hints(_ sentences: [[WordInfo]]) -> DocumentHints {
    var h = DocumentHints()
    for s in sentences {
      let caps = isCapsLine(s)
      for (i, w) in s.enumerated() {
        if w.flags.contains(.allLower) { h.lowerForms.insert(w.lower) }
        if !caps && i > 0 && w.isCapitalized && !w.flags.contains(.allUpper) {
          h.capitalForms.insert(w.lower)
        }
      }
    }
    return h
  }

  /// The prediction-history features of a word with history `c`: its majority class earlier in
  /// the document (and whether that was all it got, and whether the word now stands where
  /// case says little), each other class it got, and the types of the longer names it was in.
  @inline(__always)
  static func historyKeys(_ c: PredictionHistory.Counts, uncertain: Bool, into keys: inout [UInt64])
  {
    let m = c.majority
    var others = false
    for k in 0..<5 where k != m && c.count(k) > 0 {
      others = true
      keys.append(key(.historyAlso, UInt64(k)))
    }
    keys.append(key(.historyMajority, UInt64(m), (others ? 0 : 1) | (uncertain ? 2 : 0)))
    var longer = c.inLonger
    while longer != 0 {
      keys.append(key(.historyLonger, UInt64(longer.trailingZeroBitCount)))
      longer &= longer - 1
    }
  }

  /// Every key `historyKeys` can give for a majority class: a model holds history weights if
  /// it knows one of them.
  static let historyProbeKeys: [UInt64] = (0..<5).flatMap { m in
    (0..<4).map { key(.historyMajority, UInt64(m), UInt64($0)) }
  }

  static let boundary = FeatureHash.of("<S>")
  static let boundaryEnd = FeatureHash.of("</S>")

  /// Feature keys of every token, flattened; token `i` owns `keys[offsets[i]..<offsets[i+1]]`.
  /// With a `history`, capitalised words also get the prediction-history features (what the
  /// tagger said about the same word earlier in the document).
  func features(
    _ w: [WordInfo], hints: DocumentHints, history: PredictionHistory? = nil,
    keys: inout [UInt64], offsets: inout [Int]
  ) {
    keys.removeAll(keepingCapacity: true)
    offsets.removeAll(keepingCapacity: true)
    let n = w.count
    let caps = Self.isCapsLine(w)
    let gaz = gazetteer.matches(w)
    @inline(__always) func lower(_ i: Int) -> UInt64 {
      i < 0 ? Self.boundary : i >= n ? Self.boundaryEnd : w[i].lower
    }
    @inline(__always) func short(_ i: Int) -> UInt64 {
      i < 0 ? Self.boundary : i >= n ? Self.boundaryEnd : w[i].shortShape
    }
    @inline(__always) func isTitle(_ i: Int) -> Bool {
      i >= 0 && gaz[i] & (0xF << 16) != 0
    }
    let capsFlag: UInt64 = caps ? 1 : 0
    var codes = [UInt32](repeating: 0, count: clusters.count == 0 ? 0 : n)
    for i in codes.indices { codes[i] = clusters.code(w[i]) }
    @inline(__always) func clusterKeys(_ position: Int, _ code: UInt32) {
      guard code != 0 else {
        if position == 0 { keys.append(Self.key(.cluster, 0, 0)) }
        return
      }
      for p in Self.clusterPrefixes {
        let value = UInt64(WordClusters.prefix(code, p))
        keys.append(Self.key(.cluster, UInt64(position + 8) << 8 | UInt64(p), value))
      }
    }
    for i in 0..<n {
      offsets.append(keys.count)
      let x = w[i]
      keys.append(Self.key(.bias, capsFlag))
      keys.append(Self.key(.word, x.exact))
      keys.append(Self.key(.lower, x.lower))
      keys.append(Self.key(.shape, x.shape))
      keys.append(Self.key(.shortShape, x.shortShape))
      keys.append(Self.key(.prefix1, x.prefixes.0))
      keys.append(Self.key(.prefix2, x.prefixes.1))
      keys.append(Self.key(.prefix3, x.prefixes.2))
      keys.append(Self.key(.prefix4, x.prefixes.3))
      keys.append(Self.key(.suffix1, x.suffixes.0))
      keys.append(Self.key(.suffix2, x.suffixes.1))
      keys.append(Self.key(.suffix3, x.suffixes.2))
      keys.append(Self.key(.suffix4, x.suffixes.3))
      keys.append(Self.key(.lowerPrev, lower(i - 1)))
      keys.append(Self.key(.lowerNext, lower(i + 1)))
      keys.append(Self.key(.lowerPrev2, lower(i - 2)))
      keys.append(Self.key(.lowerNext2, lower(i + 2)))
      keys.append(Self.key(.bigramPrev, lower(i - 1), x.lower))
      keys.append(Self.key(.bigramNext, x.lower, lower(i + 1)))
      keys.append(Self.key(.shapePrev, short(i - 1)))
      keys.append(Self.key(.shapeNext, short(i + 1)))
      keys.append(Self.key(.shortPrevCur, short(i - 1), x.shortShape))
      keys.append(Self.key(.shortCurNext, x.shortShape, short(i + 1)))
      keys.append(
        Self.key(.shortTrigram, FeatureHash.combine(short(i - 1), x.shortShape), short(i + 1)))
      keys.append(Self.key(.flagsCur, UInt64(x.flags.rawValue), capsFlag))
      keys.append(Self.key(.wordLength, UInt64(min(x.length, 12)), UInt64(x.flags.rawValue & 3)))
      if !codes.isEmpty {
        clusterKeys(0, codes[i])
        for d in Self.clusterNeighbours where i + d >= 0 && i + d < n {
          clusterKeys(d, codes[i + d])
        }
      }
      if i == 0 {
        keys.append(Self.key(.initialShape, x.shortShape))
        keys.append(Self.key(.initialLower, x.lower))
      }
      if caps {
        keys.append(Self.key(.capsLineLower, x.lower))
        keys.append(Self.key(.capsLineShape, x.shape))
      }
      if i > 0 { keys.append(Self.key(.suffix3Prev, w[i - 1].suffixes.2)) }
      if i + 1 < n { keys.append(Self.key(.suffix3Next, w[i + 1].suffixes.2)) }
      // The four types' match bits and the name lists' (title words have features of their own).
      var g = gaz[i] & 0x0FF0_FFFF
      let cap: UInt64 = x.isCapitalized ? 1 : 0
      while g != 0 {
        let bit = UInt64(g.trailingZeroBitCount)
        keys.append(Self.key(.gazetteer, bit, cap))
        g &= g - 1
      }
      // A capitalised first name before ("Maria Xu") or surname after ("Kim Smith") a word: a
      // person's name around a word the lists and the training data may never have seen.
      if i > 0, w[i - 1].isCapitalized, gaz[i - 1] & (1 << 23) != 0 {
        keys.append(Self.key(.firstNamePrev, cap))
      }
      if i + 1 < n, w[i + 1].isCapitalized, gaz[i + 1] & (1 << 27) != 0 {
        keys.append(Self.key(.surnameNext, cap))
      }
      if isTitle(i - 1) { keys.append(Self.key(.titlePrev, cap)) }
      if isTitle(i - 2) { keys.append(Self.key(.titlePrev2, cap)) }
      if x.isCapitalized {
        let uncertain = i == 0 || caps
        if hints.lowerForms.contains(x.lower) {
          keys.append(Self.key(.docLowerElsewhere, uncertain ? 1 : 0))
        }
        if uncertain && hints.capitalForms.contains(x.lower) {
          keys.append(Self.key(.docCapsElsewhere, capsFlag))
        }
        if let c = history?.counts(x.lower) {
          Self.historyKeys(c, uncertain: uncertain, into: &keys)
        }
      }
    }
    offsets.append(keys.count)
  }
}
