/// Rules for the OntoNotes-style types the CoNLL tagger does not know: DATE, MONEY, PERCENT.
///
/// Dates: absolute ("Aug. 22", "July 2024", "February 28, 2023", "2023-02-28", "in 2023"),
/// weekdays, and relative dates as OntoNotes marks them ("last week", "earlier in the year",
/// "the past three decades", "32 years ago", "recent years", "today"). Money: a currency sign
/// or word with a number and an optional scale ("$8.4 billion", "$10,000", "500 euros").
/// Percentages: "30%", "30 percent". Absolute dates are resolved to an ISO day or month,
/// using the document's year when the text gives none.
enum DateMoneyRules {
  /// A rule match over tokens `start..<end` with its type and a canonical value.
  struct Match: Sendable, Hashable {
    var start: Int
    var end: Int
    var type: EntityType
    /// ISO date ("2023-02-28", "2024-07", "2023") or the lowercased text for relative dates
    /// and amounts.
    var value: String
  }

  /// A token as the rules see it.
  struct Word: Sendable {
    var norm: String
    var kind: Token.Kind
    var capitalized: Bool
    /// True when the token touches the previous one (no space between).
    var attached: Bool
  }

  static let months: [String: Int] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10,
    "nov": 11, "dec": 12,
  ]
  static let abbreviations: Set<String> = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ]
  static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]
  static let deictic: Set<String> = ["today", "yesterday", "tomorrow"]
  static let relativeHeads: Set<String> = [
    "last", "next", "this", "past", "previous", "coming", "following",
  ]
  static let periods: Set<String> = [
    "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century",
    "centuries",
    "weekend", "spring", "summer", "autumn", "fall", "winter", "quarter", "day", "days",
  ]
  static let numberWords: Set<String> = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
    "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "several", "few", "couple", "many",
    "a",
  ]
  static let yearContext: Set<String> = [
    "in", "since", "by", "until", "till", "from", "of", "before", "after", "during", "early",
    "late",
    "mid", "end", "to", "through", "and", "or",
  ]
  static let scales: Set<String> = [
    "thousand", "million", "billion", "trillion", "bn", "m", "mln", "k",
  ]
  static let currencySigns: Set<String> = ["$", "€", "£", "¥", "us$", "₽"]
  static let currencyWords: Set<String> = [
    "dollars", "dollar", "euros", "euro", "pounds", "yuan", "rubles", "roubles", "yen", "francs",
    "marks",
  ]

  /// Words (lowercased) that can open a match, besides numbers.
  static let starters: Set<String> = relativeHeads.union(deictic).union(currencySigns).union(
    numberWords
  )
  .union(weekdays).union(months.keys).union(["the", "earlier", "later", "recent", "us"])

  /// Matches in one sentence's words; `year` (from the dateline) completes "Aug. 22".
  static func matches(_ w: [Word], year: Int?) -> [Match] {
    var out: [Match] = []
    var i = 0
    while i < w.count {
      // Most tokens can start no match: skip them with one look-up.
      let first = w[i].norm.utf8.first ?? 0
      if !(w[i].kind == .number || (first >= 48 && first <= 57) || starters.contains(w[i].norm)) {
        i += 1
        continue
      }
      if let m = date(w, i, year: year) ?? money(w, i) ?? percent(w, i) {
        out.append(m)
        i = m.end
      } else {
        i += 1
      }
    }
    return out
  }

  /// The value of a string of at most 9 ASCII digits.
  static func number(_ s: String) -> Int? {
    var v = 0
    var n = 0
    for b in s.utf8 {
      guard b >= 48 && b <= 57, n < 9 else { return nil }
      v = v * 10 + Int(b - 48)
      n += 1
    }
    return n == 0 ? nil : v
  }

  static func isNumeric(_ w: Word) -> Bool { w.kind == .number }

  static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

  /// The month at `i` ("Aug" or "Aug."), with the index after it.
  static func month(_ w: [Word], _ i: Int) -> (month: Int, next: Int)? {
    guard i < w.count, w[i].capitalized, let m = months[w[i].norm] else { return nil }
    var next = i + 1
    if abbreviations.contains(w[i].norm) {
      guard next < w.count, w[next].norm == ".", w[next].attached else {
        // "Aug" without a dot only before a day number.
        return next < w.count && number(w[next].norm) != nil ? (m, next) : nil
      }
      next += 1
    }
    return (m, next)
  }

  static func date(_ w: [Word], _ i: Int, year docYear: Int?) -> Match? {
    let t = w[i].norm
    // Month Day[, Year] / Month Year / Month
    if let (m, j) = month(w, i) {
      if j < w.count, let d = number(w[j].norm), (1...31).contains(d), w[j].norm.utf8.count <= 2 {
        if j + 2 < w.count, w[j + 1].norm == ",", let y = number(w[j + 2].norm),
          (1000...2999).contains(y)
        {
          return Match(start: i, end: j + 3, type: .date, value: "\(y)-\(two(m))-\(two(d))")
        }
        if j + 1 < w.count, let y = number(w[j + 1].norm), (1000...2999).contains(y) {
          return Match(start: i, end: j + 2, type: .date, value: "\(y)-\(two(m))-\(two(d))")
        }
        let y = docYear.map(String.init) ?? "XXXX"
        return Match(start: i, end: j + 1, type: .date, value: "\(y)-\(two(m))-\(two(d))")
      }
      if j < w.count, let y = number(w[j].norm), (1000...2999).contains(y) {
        return Match(start: i, end: j + 2 - 1, type: .date, value: "\(y)-\(two(m))")
      }
      // A month alone: only a full name after a lowercase word ("in July"), never "May".
      if !abbreviations.contains(t), i > 0, w[i - 1].kind == .word, !w[i - 1].capitalized,
        t != "may"
      {
        return Match(
          start: i, end: i + 1, type: .date,
          value: "\(docYear.map(String.init) ?? "XXXX")-\(two(m))")
      }
      return nil
    }
    // Day Month [Year]
    if let d = number(t), (1...31).contains(d), t.utf8.count <= 2, let (m, j) = month(w, i + 1) {
      if j < w.count, let y = number(w[j].norm), (1000...2999).contains(y) {
        return Match(start: i, end: j + 1, type: .date, value: "\(y)-\(two(m))-\(two(d))")
      }
      return Match(
        start: i, end: j, type: .date,
        value: "\(docYear.map(String.init) ?? "XXXX")-\(two(m))-\(two(d))")
    }
    // ISO day
    if w[i].kind == .number, t.utf8.count == 10, t.split(separator: "-").count == 3,
      let y = number(String(t.prefix(4))), (1000...2999).contains(y)
    {
      return Match(start: i, end: i + 1, type: .date, value: t)
    }
    if weekdays.contains(t) && w[i].capitalized {
      return Match(
        start: i, end: i + 1, type: .date, value: t.prefix(1).uppercased() + t.dropFirst())
    }
    if deictic.contains(t) { return Match(start: i, end: i + 1, type: .date, value: t) }
    // "earlier in the year", "earlier this year", "later this month"
    if t == "earlier" || t == "later" {
      var j = i + 1
      if j < w.count, w[j].norm == "in" { j += 1 }
      if j + 1 < w.count, ["the", "this", "that"].contains(w[j].norm),
        periods.contains(w[j + 1].norm)
      {
        return relative(w, i, j + 2)
      }
      return nil
    }
    // "the past three decades", "the last two years"
    if t == "the", i + 2 < w.count, relativeHeads.contains(w[i + 1].norm) {
      var j = i + 2
      if j < w.count, numberWords.contains(w[j].norm) || number(w[j].norm) != nil { j += 1 }
      if j < w.count, periods.contains(w[j].norm), w[j].norm.hasSuffix("s") || j == i + 2 {
        return relative(w, i, j + 1)
      }
      return nil
    }
    // "last week", "this month", "past two years"
    if relativeHeads.contains(t), i + 1 < w.count {
      var j = i + 1
      if numberWords.contains(w[j].norm) || number(w[j].norm) != nil { j += 1 }
      if j < w.count, periods.contains(w[j].norm) { return relative(w, i, j + 1) }
      return nil
    }
    // "recent years", "recent months"
    if t == "recent", i + 1 < w.count,
      ["years", "months", "weeks", "decades", "days"].contains(w[i + 1].norm)
    {
      return relative(w, i, i + 2)
    }
    // "32 years ago", "two weeks ago"
    if number(t) != nil || numberWords.contains(t), i + 2 < w.count,
      periods.contains(w[i + 1].norm),
      w[i + 2].norm == "ago"
    {
      return relative(w, i, i + 3)
    }
    // "in 2023": a bare year after a preposition
    if let y = number(t), t.utf8.count == 4, (1900...2099).contains(y), i > 0,
      yearContext.contains(w[i - 1].norm),
      !(i + 1 < w.count && (w[i + 1].norm == "%" || scales.contains(w[i + 1].norm)))
    {
      return Match(start: i, end: i + 1, type: .date, value: t)
    }
    // "the 1990s"
    if w[i].kind == .word, t.utf8.count == 5, t.hasSuffix("s"), let y = number(String(t.prefix(4))),
      (1000...2999).contains(y)
    {
      return Match(start: i, end: i + 1, type: .date, value: t)
    }
    return nil
  }

  static func relative(_ w: [Word], _ start: Int, _ end: Int) -> Match {
    Match(
      start: start, end: end, type: .date, value: surface(w, start, end))
  }

  static func money(_ w: [Word], _ i: Int) -> Match? {
    let t = w[i].norm
    if currencySigns.contains(t) || (t == "us" && i + 1 < w.count && w[i + 1].norm == "$") {
      var j = t == "us" ? i + 2 : i + 1
      guard j < w.count, isAmount(w[j]) else { return nil }
      j += 1
      if j < w.count, scales.contains(w[j].norm) { j += 1 }
      return Match(start: i, end: j, type: .money, value: surface(w, i, j))
    }
    if isAmount(w[i]) {
      var j = i + 1
      if j < w.count, scales.contains(w[j].norm) { j += 1 }
      if j < w.count, currencyWords.contains(w[j].norm) {
        return Match(start: i, end: j + 1, type: .money, value: surface(w, i, j + 1))
      }
    }
    return nil
  }

  /// A number, or a number with a scale written on ("1.13bn", "600m").
  static func isAmount(_ w: Word) -> Bool {
    if w.kind == .number { return true }
    let digits = w.norm.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
    guard let first = digits.first, first.isNumber else { return false }
    return ["bn", "m", "k", "tn", "mn"].contains(String(w.norm.dropFirst(digits.count)))
  }

  /// The words of a match as written: a space only where the text has one.
  static func surface(_ w: [Word], _ start: Int, _ end: Int) -> String {
    var out = ""
    for k in start..<end {
      if k > start && !w[k].attached { out += " " }
      out += w[k].norm
    }
    return out
  }

  static func percent(_ w: [Word], _ i: Int) -> Match? {
    guard isNumeric(w[i]) || numberWords.contains(w[i].norm) && w[i].norm != "a", i + 1 < w.count
    else { return nil }
    let n = w[i + 1].norm
    if n == "%" || n == "percent" || n == "pct" {
      return Match(start: i, end: i + 2, type: .percent, value: w[i].norm + "%")
    }
    if n == "per", i + 2 < w.count, w[i + 2].norm == "cent" {
      return Match(start: i, end: i + 3, type: .percent, value: w[i].norm + "%")
    }
    return nil
  }
}
