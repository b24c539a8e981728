/// Refuses theme text that would crash the TOML library instead of getting an error from it.
///
/// toml++ (inside TOMLKit) asserts, and aborts the whole reader, on two shapes that
/// `scripts/fuzz` found (docs/fuzzing.md): a `}` where an array expects a value
/// (`pairs = [ { bold = true }, } ]`), and a table header whose name starts with a character
/// that cannot start a key (`[ !]`, `[[é]]`). Neither is ever valid TOML, so refusing them first
/// changes no valid theme.
enum TOMLCrashGuard {
  /// The problem and its 1-based line, or nil when the text has neither shape.
  static func problem(_ text: String) -> (line: Int, message: String)? {
    if let line = badBrace(text) { return (line, "expected a value or ']', saw '}'") }
    if let line = badHeader(text) {
      return (line, "a table name must start with a letter, digit, '_', '-' or a quote")
    }
    return nil
  }

  /// The 1-based line of the first table header (`[name]`, `[[name]]`, outside any value)
  /// whose name starts with a character that cannot start a key.
  static func badHeader(_ text: String) -> Int? {
    var line = 0
    var depth = 0  // open `[` and `{` of values carried over line ends (multi-line arrays)
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      line += 1
      let l = raw.unicodeScalars.drop { $0 == " " || $0 == "\t" }
      if depth == 0, l.first == "[" {
        var rest = l.dropFirst()
        if rest.first == "[" { rest = rest.dropFirst() }
        rest = rest.drop { $0 == " " || $0 == "\t" }
        guard let c = rest.first else { return line }
        let ok =
          (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "_"
          || c == "-" || c == "\"" || c == "'"
        if !ok { return line }
        continue
      }
      depth = max(0, depth + nesting(String(String.UnicodeScalarView(l))))
    }
    return nil
  }

  /// Opened minus closed `[`/`{` on one line, outside strings and comments.
  private static func nesting(_ line: String) -> Int {
    var n = 0
    var quote: Unicode.Scalar? = nil
    var escaped = false
    for c in line.unicodeScalars {
      if let q = quote {
        if escaped {
          escaped = false
        } else if c == "\\" && q == "\"" {
          escaped = true
        } else if c == q {
          quote = nil
        }
        continue
      }
      switch c {
      case "#": return n
      case "\"", "'": quote = c
      case "[", "{": n += 1
      case "]", "}": n -= 1
      default: break
      }
    }
    return n
  }

  /// The 1-based line of the first `}` right after `[` or `,`, or nil when there is none.
  static func badBrace(_ text: String) -> Int? {
    let s = Array(text.unicodeScalars)
    var i = 0
    var line = 1
    var last: Unicode.Scalar = "\n"  // the last significant scalar outside strings and comments
    while i < s.count {
      let c = s[i]
      switch c {
      case "\n":
        line += 1
        i += 1
      case " ", "\t", "\r":
        i += 1
      case "#":
        while i < s.count, s[i] != "\n" { i += 1 }
      case "\"", "'":
        // Strings: basic (with escapes) or literal, single- or multi-line.
        let triple = i + 2 < s.count && s[i + 1] == c && s[i + 2] == c
        i += triple ? 3 : 1
        while i < s.count {
          if s[i] == "\n" { line += 1 }
          if c == "\"" && s[i] == "\\" {
            i += 2
            continue
          }
          if s[i] == c {
            if !triple { break }
            if i + 2 < s.count && s[i + 1] == c && s[i + 2] == c {
              i += 2
              break
            }
          }
          if !triple && s[i] == "\n" { break }
          i += 1
        }
        i += 1
        last = "\""
      default:
        if c == "}" && (last == "[" || last == ",") { return line }
        last = c
        i += 1
      }
    }
    return nil
  }
}
