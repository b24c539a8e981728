/// A light English stemmer and stopword list for comparing content words.
///
/// Paraphrase matching needs "strengthening" to meet "strengthen" and "cooperation" to meet
/// "cooperate", not linguistic stems: inflections are stripped, then the word is cut to its
/// first five letters (truncation stemming, which does as well as Porter's for retrieval in
/// English). Works on the UTF-8 of a normalised (case-folded) token.
enum Stemmer {
  /// Stem length after truncation.
  static let prefix = 5

  /// The stem of a normalised word, as bytes.
  static func stem(_ norm: String) -> [UInt8] {
    var b = Array(norm.utf8)
    // Possessives and plural/verb endings.
    if b.count > 2, b[b.count - 2] == 0x27, b[b.count - 1] == 0x73 { b.removeLast(2) }  // 's
    if b.count > 4, b.last == 0x73 {  // s
      let e = b[b.count - 2]
      if b.count > 4, ends(b, "ies") {
        b.removeLast(3)
        b.append(0x79)  // y
      } else if ends(b, "sses") {
        b.removeLast(2)
      } else if e != 0x73 && e != 0x75 && e != 0x69 {  // not ss, us, is
        b.removeLast()
      }
    }
    if b.count > 5, ends(b, "ing") {
      b.removeLast(3)
    } else if b.count > 4, ends(b, "ed") {
      b.removeLast(2)
    } else if b.count > 5, ends(b, "ly") {
      b.removeLast(2)
    }
    if b.count > 3, b.last == 0x65 { b.removeLast() }  // e: "ease" meets "easing"
    if b.count > prefix { b.removeLast(b.count - prefix) }
    return b
  }

  /// The hash of a word's stem: `WordHash.bytes(stem(norm))`, without building the stem.
  static func stemHash(_ norm: String) -> UInt64 {
    var s = norm
    return s.withUTF8 { b -> UInt64 in
      var n = b.count
      var y = false  // "ies" → "y"
      @inline(__always) func ends(_ x: UInt8, _ k: Int) -> Bool { n >= k && b[n - k] == x }
      if n > 2, b[n - 2] == 0x27, b[n - 1] == 0x73 { n -= 2 }  // 's
      if n > 4, b[n - 1] == 0x73 {
        if ends(0x69, 3) && ends(0x65, 2) {  // ies
          n -= 3
          y = true
        } else if ends(0x73, 4) && ends(0x73, 3) && ends(0x65, 2) {  // sses
          n -= 2
        } else if !(ends(0x73, 2) || ends(0x75, 2) || ends(0x69, 2)) {  // not ss, us, is
          n -= 1
        }
      }
      if !y {
        if n > 5, ends(0x69, 3), ends(0x6E, 2), ends(0x67, 1) {  // ing
          n -= 3
        } else if n > 4, ends(0x65, 2), ends(0x64, 1) {  // ed
          n -= 2
        } else if n > 5, ends(0x6C, 2), ends(0x79, 1) {  // ly
          n -= 2
        }
      }
      // The stem's bytes: b[0..<n] (+ "y"), then a final "e" dropped, then cut to `prefix`.
      var len = n + (y ? 1 : 0)
      @inline(__always) func byte(_ k: Int) -> UInt8 { k < n ? b[k] : 0x79 }
      if len > 3, byte(len - 1) == 0x65 { len -= 1 }
      len = min(len, prefix)
      var h = WordHash.offset
      for k in 0..<len {
        h ^= UInt64(byte(k))
        h = h &* WordHash.prime
      }
      return WordHash.mix(h)
    }
  }

  @inline(__always)
  private static func ends(_ b: [UInt8], _ suffix: StaticString) -> Bool {
    let n = suffix.utf8CodeUnitCount
    guard b.count >= n else { return false }
    let p = suffix.utf8Start
    for k in 0..<n where b[b.count - n + k] != p[k] { return false }
    return true
  }

  /// Function words: they carry no content for paraphrase matching.
  static let stopwords: Set<String> = [
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
    "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
    "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few",
    "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
    "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
    "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of",
    "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
    "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
    "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to",
    "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
    "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself",
    "'s", "said", "says", "say", "according", "since", "however", "although", "though", "yet",
    "already", "still", "even", "well", "may", "might", "must", "shall", "upon", "within",
    "without", "among", "amid", "amidst", "across", "around", "per", "via", "another", "many",
    "much", "several", "s", "t", "mr", "mrs", "ms",
  ]
  static let stopHashes: Set<UInt64> = Set(stopwords.map(WordHash.word))
}
