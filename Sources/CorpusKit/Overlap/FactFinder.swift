/// A number, name or date stated in a stretch of text.
struct Fact: Sendable, Hashable {
  typealias Category = Drift.Category
  var range: Range<Int>
  var text: String
  var category: Category
  /// Normalised forms of its words ("1,400" → "1400", stems for names).
  var keys: [UInt64]
}

/// Picks out the facts of a text: numbers (digits and number words), capitalised names (runs
/// of capitalised words that are not sentence openers) and dates (month or weekday names with
/// their day and year, and years).
enum FactFinder {
  static let months: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
  ]
  static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]
  static let numberWords: Set<String> = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
    "billions", "trillion", "dozen", "dozens", "half", "third", "quarter", "percent",
  ]

  /// Facts among the tokens of `d` that start inside the scalar range `range`.
  static func facts(in d: Document, _ range: Range<Int>, capitalisedMidSentence: Set<String>)
    -> [Fact]
  {
    let tokens = d.tokens
    let lo = d.tokenIndices(in: range).lowerBound
    var out: [Fact] = []
    var k = lo
    let scalars = d.text.scalars
    func isCap(_ t: Token) -> Bool { t.kind == .word && CharClass.isUpper(scalars[t.start]) }
    func sentenceInitial(_ k: Int) -> Bool {
      var p = k - 1
      while p >= 0 {
        let t = tokens[p]
        if t.kind == .word || t.kind == .number { return false }
        if t.norm == "." || t.norm == "!" || t.norm == "?" || t.norm == ":" { return true }
        if t.norm == "\"" || t.norm == "(" || t.norm == "'" {
          p -= 1
          continue
        }
        return false
      }
      return true
    }
    func newline(between a: Token, _ b: Token) -> Bool {
      scalars[a.end..<b.start].contains { $0 == "\n" || $0 == "\r" }
    }
    while k < tokens.count, tokens[k].start < range.upperBound {
      let t = tokens[k]
      if t.kind == .word, months.contains(t.norm) || weekdays.contains(t.norm), isCap(t) {
        // A date: month or weekday, with a following day and year.
        var end = k
        var j = k + 1
        while j < tokens.count, tokens[j].start < range.upperBound, j - end <= 2 {
          if tokens[j].kind == .number {
            end = j
            j += 1
            continue
          }
          if tokens[j].norm == "." || tokens[j].norm == "," {
            j += 1
            continue
          }
          break
        }
        out.append(make(d, k, end, .date))
        k = end + 1
        continue
      }
      if t.kind == .number {
        let isYear = t.norm.count == 4 && (t.norm.hasPrefix("19") || t.norm.hasPrefix("20"))
        out.append(make(d, k, k, isYear ? .date : .number))
        k += 1
        continue
      }
      if t.kind == .word, numberWords.contains(t.norm) {
        out.append(make(d, k, k, .number))
        k += 1
        continue
      }
      if isCap(t), !Stemmer.stopwords.contains(t.norm),
        !sentenceInitial(k) || capitalisedMidSentence.contains(t.norm)
      {
        var end = k
        while end + 1 < tokens.count, tokens[end + 1].start < range.upperBound,
          isCap(tokens[end + 1]),
          !months.contains(tokens[end + 1].norm), !newline(between: tokens[end], tokens[end + 1])
        {
          end += 1
        }
        out.append(make(d, k, end, .name))
        k = end + 1
        continue
      }
      k += 1
    }
    return out
  }

  private static func make(_ d: Document, _ first: Int, _ last: Int, _ c: Fact.Category) -> Fact {
    let r = d.tokens[first].start..<d.tokens[last].end
    var keys: [UInt64] = []
    for t in d.tokens[first...last] where t.isContent {
      switch t.kind {
      case .number: keys.append(WordHash.word(t.norm.filter { $0 != "," }))
      default: keys.append(c == .name ? Stemmer.stemHash(t.norm) : WordHash.word(t.norm))
      }
    }
    return Fact(range: r, text: d.slice(r), category: c, keys: keys)
  }

  /// Normalised words capitalised somewhere inside a sentence of `d`: names, as opposed to
  /// words that are capitalised only because they open a sentence.
  static func midSentenceCapitals(_ d: Document) -> Set<String> {
    var out = Set<String>()
    let scalars = d.text.scalars
    var prevContent = false
    for t in d.tokens {
      if t.kind == .word {
        if prevContent, CharClass.isUpper(scalars[t.start]) { out.insert(t.norm) }
        prevContent = true
      } else if t.kind == .number {
        prevContent = true
      } else if t.norm == "." || t.norm == "!" || t.norm == "?" || t.norm == ":" {
        prevContent = false
      }
    }
    return out
  }
}

extension Document {
  /// Indices of the tokens that start inside the scalar range `r`.
  func tokenIndices(in r: Range<Int>) -> Range<Int> {
    func first(_ offset: Int) -> Int {
      var lo = 0
      var hi = tokens.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
      }
      return lo
    }
    let lo = first(r.lowerBound)
    return lo..<max(lo, first(r.upperBound))
  }
}
