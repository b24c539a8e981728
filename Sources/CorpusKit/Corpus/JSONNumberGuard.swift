import Foundation

/// Rescues JSON that Foundation refuses only because a number is out of range (`1e999`, an
/// integer of 100,000 digits): such numbers are turned into strings, so the record is read
/// and the field kept as its text, instead of the whole file being "not valid JSON".
enum JSONNumberGuard {
  /// Parses `data` as JSON; when that fails and some number cannot be represented, parses
  /// it again with those numbers quoted.
  static func parse(_ data: Data, options: JSONSerialization.ReadingOptions = []) -> Any? {
    if let v = try? JSONSerialization.jsonObject(with: data, options: options) { return v }
    guard let fixed = quotingUnrepresentableNumbers(Array(data)) else { return nil }
    return try? JSONSerialization.jsonObject(with: Data(fixed), options: options)
  }

  /// The JSON text with every number outside strings that is not a finite Double put in
  /// quotes; nil when there is none.
  static func quotingUnrepresentableNumbers(_ bytes: [UInt8]) -> [UInt8]? {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + 16)
    var changed = false
    var inString = false
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if inString {
        out.append(b)
        if b == UInt8(ascii: "\\"), i + 1 < n {
          out.append(bytes[i + 1])
          i += 2
          continue
        }
        if b == UInt8(ascii: "\"") { inString = false }
        i += 1
        continue
      }
      if b == UInt8(ascii: "\"") {
        inString = true
        out.append(b)
        i += 1
        continue
      }
      guard b == UInt8(ascii: "-") || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) else {
        out.append(b)
        i += 1
        continue
      }
      var j = i + 1
      while j < n, isNumberByte(bytes[j]) { j += 1 }
      let token = bytes[i..<j]
      if let d = Double(String(decoding: token, as: UTF8.self)), d.isFinite {
        out += token
      } else {
        changed = true
        out.append(UInt8(ascii: "\""))
        out += token
        out.append(UInt8(ascii: "\""))
      }
      i = j
    }
    return changed ? out : nil
  }

  private static func isNumberByte(_ b: UInt8) -> Bool {
    (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: ".")
      || b == UInt8(ascii: "e") || b == UInt8(ascii: "E") || b == UInt8(ascii: "+")
      || b == UInt8(ascii: "-")
  }
}
