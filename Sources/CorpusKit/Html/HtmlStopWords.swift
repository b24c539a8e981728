/// English stop words, by a hash of their lowercased ASCII bytes: the walker counts them per block
/// without building a string per word (running prose is about 40 % stop words, menus almost none).
enum HtmlStopWords {
  static let words: [String] = [
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
    "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
    "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few",
    "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
    "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself",
    "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on",
    "once", "only", "or", "other", "our", "ours", "out", "over", "own", "said", "same", "she",
    "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then",
    "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
    "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why",
    "will", "with", "would", "you", "your", "yours", "says", "say", "told", "one", "two", "year",
    "years", "may", "many", "much", "even", "still", "since", "however", "though", "although",
    "who's", "it's", "s", "t", "there's", "been", "being", "get", "got", "make", "made", "like",
    "last", "new", "first", "people", "time", "well", "back", "way", "because", "according",
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
