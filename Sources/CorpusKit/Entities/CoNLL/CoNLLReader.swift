import Foundation

/// One sentence of CoNLL-2003 column text: its tokens, gold spans, and the raw lines.
public struct CoNLLSentence: Sendable {
  /// The sentence's tokens, as written in the first column.
  public var words: [String]
  /// Gold entities read from the last column (IOB1 or IOB2), empty if the column is absent.
  var gold: [TokenSpan]
  /// The lines as read, one per token, for writing them back with a predicted column.
  var lines: [String]
}

/// One article (`-DOCSTART-` to the next) of CoNLL-2003 text.
public struct CoNLLDocument: Sendable {
  /// The article's sentences in file order.
  public var sentences: [CoNLLSentence]
}

/// Reads CoNLL-2003 column files: token first, NER tag last, blank lines between sentences.
public enum CoNLLReader {
  /// Reads a file; throws an error naming it when it cannot be read.
  public static func read(path: String) throws -> [CoNLLDocument] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw EntityModelError(path: path, problem: "cannot read CoNLL file")
    }
    return parse(String(decoding: data, as: UTF8.self))
  }

  /// Parses CoNLL text. Lines without a space are read as a token with no gold tag.
  public static func parse(_ text: String) -> [CoNLLDocument] {
    var docs: [CoNLLDocument] = []
    var current: [CoNLLSentence] = []
    var words: [String] = []
    var tags: [Substring] = []
    var lines: [String] = []
    func flushSentence() {
      if !words.isEmpty {
        current.append(CoNLLSentence(words: words, gold: spans(iob: tags), lines: lines))
      }
      words = []
      tags = []
      lines = []
    }
    func flushDocument() {
      flushSentence()
      if !current.isEmpty { docs.append(CoNLLDocument(sentences: current)) }
      current = []
    }
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
        flushSentence()
        continue
      }
      let cols = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
      if cols[0] == "-DOCSTART-" {
        flushDocument()
        continue
      }
      words.append(String(cols[0]))
      tags.append(cols.count > 1 ? cols[cols.count - 1] : "O")
      lines.append(String(line))
    }
    flushDocument()
    return docs
  }

  /// Entity chunks of an IOB1/IOB2 tag column, by the conlleval rules.
  static func spans(iob tags: [Substring]) -> [TokenSpan] {
    var out: [TokenSpan] = []
    var start = -1
    var type = -1
    for (i, tag) in tags.enumerated() {
      var prefix: Character = "O"
      var t = -1
      if tag.count > 2, let dash = tag.firstIndex(of: "-") {
        prefix = tag[tag.startIndex]
        t = TagSet.typeIndex(of: tag[tag.index(after: dash)...]) ?? -1
      }
      if t < 0 { prefix = "O" }
      let begins = prefix == "B" || prefix == "S" || (prefix != "O" && (start < 0 || t != type))
      if start >= 0 && (prefix == "O" || begins) {
        out.append(TokenSpan(start: start, end: i, typeIndex: type))
        start = -1
      }
      if begins {
        start = i
        type = t
      }
      if prefix == "E" || prefix == "S" {
        if start >= 0 { out.append(TokenSpan(start: start, end: i + 1, typeIndex: type)) }
        start = -1
      }
    }
    if start >= 0 { out.append(TokenSpan(start: start, end: tags.count, typeIndex: type)) }
    return out
  }

  /// IOB1 tags for spans over `count` tokens: `I-` throughout, `B-` only on an entity that
  /// directly follows one of the same type.
  public static func iob1(spans: [TokenSpan], count: Int) -> [String] {
    var out = [String](repeating: "O", count: count)
    var lastEnd = -1
    var lastType = -1
    for s in spans.sorted(by: { $0.start < $1.start }) {
      let name = TagSet.typeName(s.typeIndex)
      for k in s.start..<s.end { out[k] = "I-" + name }
      if s.start == lastEnd && s.typeIndex == lastType { out[s.start] = "B-" + name }
      lastEnd = s.end
      lastType = s.typeIndex
    }
    return out
  }
}
