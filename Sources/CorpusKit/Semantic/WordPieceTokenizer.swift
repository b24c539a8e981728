import Foundation

/// BERT's uncased WordPiece tokenizer, as all-MiniLM-L6-v2 was trained with: text cleaned of
/// control characters, CJK ideographs split apart, lower-cased, accents stripped after
/// canonical decomposition, split at whitespace and punctuation, then each word cut greedily
/// into the longest pieces of the vocabulary (continuations prefixed `##`).
struct WordPieceTokenizer: Sendable {
  let ids: [String: Int32]
  let unknown: Int32
  let classify: Int32
  let separator: Int32
  /// Words longer than this (in characters) become the unknown token, as in BERT.
  let maxWordCharacters = 100

  /// A tokenizer over `vocabulary` (the tokens in id order, one a line in vocab.txt).
  init(vocabulary: [String]) {
    var ids: [String: Int32] = [:]
    ids.reserveCapacity(vocabulary.count)
    for (k, t) in vocabulary.enumerated() where ids[t] == nil { ids[t] = Int32(k) }
    self.ids = ids
    unknown = ids["[UNK]"] ?? 100
    classify = ids["[CLS]"] ?? 101
    separator = ids["[SEP]"] ?? 102
  }

  /// The ids of `text` framed by `[CLS]` and `[SEP]`, at most `limit` in all.
  func encode(_ text: String, limit: Int) -> [Int32] {
    var out: [Int32] = [classify]
    for word in words(text) {
      out += pieces(word)
      if out.count >= limit - 1 { break }
    }
    if out.count > limit - 1 { out.removeLast(out.count - (limit - 1)) }
    out.append(separator)
    return out
  }

  /// The words of `text` after BERT's basic tokenization.
  func words(_ text: String) -> [String] {
    var out: [String] = []
    var word = String.UnicodeScalarView()
    func flush() {
      if !word.isEmpty { out.append(String(word)) }
      word = String.UnicodeScalarView()
    }
    // Lower-case and decompose first, then drop the combining marks.
    let folded = text.lowercased().decomposedStringWithCanonicalMapping
    for s in folded.unicodeScalars {
      let v = s.value
      let category = s.properties.generalCategory
      if v == 0 || v == 0xFFFD { continue }
      if Self.isWhitespace(s) {
        flush()
      } else if category == .control || category == .format {
        continue
      } else if category == .nonspacingMark {
        continue
      } else if Self.isPunctuation(s) || Self.isCJK(v) {
        flush()
        out.append(String(s))
      } else {
        word.append(s)
      }
    }
    flush()
    return out
  }

  /// Greedy longest-match WordPiece ids of one word; the unknown token when it cannot be cut.
  func pieces(_ word: String) -> [Int32] {
    let chars = Array(word.unicodeScalars)
    if chars.count > maxWordCharacters { return [unknown] }
    var out: [Int32] = []
    var start = 0
    while start < chars.count {
      var end = chars.count
      var found: Int32?
      while start < end {
        var piece = String(String.UnicodeScalarView(chars[start..<end]))
        if start > 0 { piece = "##" + piece }
        if let id = ids[piece] {
          found = id
          break
        }
        end -= 1
      }
      guard let id = found else { return [unknown] }
      out.append(id)
      start = end
    }
    return out
  }

  static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
    s == " " || s == "\t" || s == "\n" || s == "\r"
      || s.properties.generalCategory == .spaceSeparator
  }

  /// BERT's punctuation: every non-alphanumeric ASCII symbol, and Unicode's P categories.
  static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if (33...47).contains(v) || (58...64).contains(v) || (91...96).contains(v)
      || (123...126).contains(v)
    {
      return true
    }
    switch s.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation:
      return true
    default:
      return false
    }
  }

  /// The CJK ideograph blocks BERT splits into single characters.
  static func isCJK(_ v: UInt32) -> Bool {
    (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
      || (0x20000...0x2A6DF).contains(v) || (0x2A700...0x2B73F).contains(v)
      || (0x2B740...0x2B81F).contains(v) || (0x2B820...0x2CEAF).contains(v)
      || (0xF900...0xFAFF).contains(v) || (0x2F800...0x2FA1F).contains(v)
  }
}
