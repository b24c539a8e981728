/// A decoded text with random access by Unicode scalar offset.
///
/// Every offset in CorpusKit is a Unicode scalar offset (a Python `str` index), so that
/// offsets agree with the CLI contract and with any tool that reads the same file.
public struct ScalarText: Sendable, Hashable {
  /// The text as stored (BOM removed, nothing else changed).
  public let string: String
  /// The same text as an array of scalars, indexed by offset.
  public let scalars: [Unicode.Scalar]

  /// The text of `string`, decoded once into scalars.
  public init(_ string: String) {
    self.string = string
    self.scalars = ScalarText.decode(string)
  }

  /// The scalars of a string, decoded straight from its (already valid) UTF-8.
  static func decode(_ string: String) -> [Unicode.Scalar] {
    var s = string
    return s.withUTF8 { utf8 -> [Unicode.Scalar] in
      [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { out, count in
        var i = 0
        var n = 0
        let end = utf8.count
        while i < end {
          let b0 = UInt32(utf8[i])
          var v: UInt32
          if b0 < 0x80 {
            v = b0
            i += 1
          } else if b0 < 0xE0 {
            v = (b0 & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
            i += 2
          } else if b0 < 0xF0 {
            v = (b0 & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
            i += 3
          } else {
            v =
              (b0 & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
              | UInt32(utf8[i + 3] & 0x3F)
            i += 4
          }
          out[n] = Unicode.Scalar(v) ?? "\u{FFFD}"
          n += 1
        }
        count = n
      }
    }
  }

  /// Number of scalars.
  public var count: Int { scalars.count }

  /// The text of a scalar range, clamped to the text.
  public func slice(_ range: Range<Int>) -> String {
    let lo = max(0, min(range.lowerBound, scalars.count))
    let hi = max(lo, min(range.upperBound, scalars.count))
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[lo..<hi])
    return String(view)
  }

  /// Equal when the strings are (the scalars follow from them).
  public static func == (a: ScalarText, b: ScalarText) -> Bool { a.string == b.string }
  /// Hashes the string only, as `==` compares it.
  public func hash(into hasher: inout Hasher) { hasher.combine(string) }
}
