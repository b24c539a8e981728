/// Parses the date formats news pages print into an ISO day (`2023-02-28`).
enum DateParser {
  /// The ISO day of a date string ("2023-02-28T10:00", "February 28, 2023", "28 Feb 2023"),
  /// or nil when it is not a full date.
  static func isoDay(_ s: String) -> String? {
    let t = s.trimmingCharacters(in: .whitespaces)
    if let iso = isoPrefix(t) { return iso }
    return firstDate(in: Tokenizer.tokenize(t))?.day
  }

  /// The day of a string that starts `YYYY-MM-DD`, or nil. (Never tokenises: `firstDate`
  /// calls it on a ten-character number such as "10,000,000" without recursing.)
  static func isoPrefix(_ t: String) -> String? {
    let u = Array(t.utf8)
    guard u.count >= 10, isDigits(u[0..<4]), u[4] == 0x2D, isDigits(u[5..<7]), u[7] == 0x2D,
      isDigits(u[8..<10])
    else { return nil }
    let iso = String(t.prefix(10))
    return valid(iso) ? iso : nil
  }

  /// The first full date in a run of tokens, with the indices of the tokens it used.
  static func firstDate(in tokens: [Token]) -> (day: String, used: Set<Int>)? {
    for i in tokens.indices {
      let t = tokens[i]
      // 2023-02-28
      if t.kind == .number, t.norm.unicodeScalars.count == 10, let d = isoPrefix(t.norm) {
        return (d, [i])
      }
      // Month D, YYYY  /  Mon. D YYYY
      if t.kind == .word, let m = Vocabulary.months[t.norm] {
        var j = i + 1
        if j < tokens.count, tokens[j].norm == "." { j += 1 }
        if j < tokens.count, let d = Int(tokens[j].norm), (1...31).contains(d) {
          var k = j + 1
          if k < tokens.count, tokens[k].norm == "," { k += 1 }
          if k < tokens.count, let y = year(tokens[k].norm) {
            return (format(y, m, d), Set(i...k))
          }
        }
      }
      // D Month YYYY
      if t.kind == .number, let d = Int(t.norm), (1...31).contains(d), i + 2 < tokens.count,
        let m = Vocabulary.months[tokens[i + 1].norm]
      {
        var k = i + 2
        if tokens[k].norm == "." || tokens[k].norm == "," { k += 1 }
        if k < tokens.count, let y = year(tokens[k].norm) { return (format(y, m, d), Set(i...k)) }
      }
    }
    return nil
  }

  static func year(_ s: String) -> Int? {
    guard s.count == 4, let y = Int(s), (1800...2200).contains(y) else { return nil }
    return y
  }

  static func format(_ y: Int, _ m: Int, _ d: Int) -> String {
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    return "\(y)-\(two(m))-\(two(d))"
  }

  static func valid(_ iso: String) -> Bool {
    let parts = iso.split(separator: "-").compactMap { Int($0) }
    return parts.count == 3 && (1...12).contains(parts[1]) && (1...31).contains(parts[2])
  }

  static func isDigits(_ s: ArraySlice<UInt8>) -> Bool { s.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
}
