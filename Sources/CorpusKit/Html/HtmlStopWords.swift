/// English stop words, by a hash of their lowercased ASCII bytes: the walker counts them per block
/// without building a string per word (running prose is about 40 % stop words, menus almost none).
enum HtmlStopWords {
  /// The cleaner's function words (`Vocabulary.stopWords`) and words as frequent in running
  /// news prose (pronouns, reporting verbs, quantities, time): on a page's blocks they tell
  /// prose from menus.
  static let words: [String] =
    Vocabulary.stopWords.sorted() + [
      "herself", "himself", "myself", "ours", "theirs", "yours", "say", "told", "one", "two",
      "year", "years", "many", "much", "even", "still", "however", "though", "although", "who's",
      "it's", "s", "t", "there's", "get", "got", "make", "made", "like", "last", "new", "first",
      "people", "time", "well", "back", "way", "according",
    ]

  /// FNV-1a of lowercased ASCII bytes: the key the walker computes word by word.
  @inline(__always) static func mix(_ h: UInt64, _ b: UInt8) -> UInt64 {
    let lower = b >= 0x41 && b <= 0x5A ? b + 32 : b
    return (h ^ UInt64(lower)) &* 0x100_0000_01b3
  }
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

  static let hashes: Set<UInt64> = Set(
    words.map { w in w.utf8.reduce(seed) { mix($0, $1) } })
}
