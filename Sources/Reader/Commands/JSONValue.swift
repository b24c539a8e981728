import CorpusKit

/// A JSON value with ordered object keys, written compactly or pretty; used for `--json`
/// output so that field order follows docs/cli-contract.md and `null` is explicit.
enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  static func == (a: JSONValue, b: JSONValue) -> Bool { a.rendered() == b.rendered() }

  /// A string or null.
  static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }

  /// The JSON text; `pretty` puts one member per line.
  func rendered(pretty: Bool = false) -> String {
    var out = ""
    write(into: &out, pretty: pretty, indent: 0)
    return out
  }

  private func write(into out: inout String, pretty: Bool, indent: Int) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .double(let d):
      if d.isFinite {
        out += JSONValue.number((d * 10000).rounded() / 10000)
      } else {
        out += "null"
      }
    case .string(let s): JSONValue.escape(s, into: &out)
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      out += "["
      for (i, v) in items.enumerated() {
        if i > 0 { out += "," }
        if pretty { out += "\n" + String(repeating: "  ", count: indent + 1) }
        v.write(into: &out, pretty: pretty, indent: indent + 1)
      }
      if pretty { out += "\n" + String(repeating: "  ", count: indent) }
      out += "]"
    case .object(let members):
      if members.isEmpty {
        out += "{}"
        return
      }
      out += "{"
      for (i, (k, v)) in members.enumerated() {
        if i > 0 { out += pretty ? "," : ", " }
        if pretty { out += "\n" + String(repeating: "  ", count: indent + 1) }
        JSONValue.escape(k, into: &out)
        out += ": "
        v.write(into: &out, pretty: pretty, indent: indent + 1)
      }
      if pretty { out += "\n" + String(repeating: "  ", count: indent) }
      out += "}"
    }
  }

  /// A double as JSON: rounded to 4 places, never in exponent form for ordinary values.
  static func number(_ d: Double) -> String {
    d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) + ".0" : "\(d)"
  }

  static func escape(_ s: String, into out: inout String) {
    out += "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        // Controls, DEL, C1 and bidi controls travel escaped: the same JSON, nothing that
        // could drive a terminal that shows it.
        if TerminalSafeText.standIn(for: u) != nil {
          let hex = String(u.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    out += "\""
  }
}
