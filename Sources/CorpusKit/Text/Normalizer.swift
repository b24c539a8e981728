/// Folds text for matching: lower case, curly quotes to straight, dashes to `-`, `…` to `...`.
///
/// The fold is per scalar, so a token's normalised form never changes its source offsets.
public enum Normalizer {
  /// The folded form of one scalar, appended to `out`.
  @inline(__always)
  static func fold(_ s: Unicode.Scalar, into out: inout String.UnicodeScalarView) {
    let v = s.value
    if v < 0x80 {
      if v >= 0x41 && v <= 0x5A { out.append(Unicode.Scalar(v + 32)!) } else { out.append(s) }
      return
    }
    switch v {
    case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x00B4, 0x0060: out.append("'")
    case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: out.append("\"")
    case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: out.append("-")
    case 0x2026: out.append(contentsOf: "...".unicodeScalars)
    case 0x00A0, 0x2009, 0x200A, 0x202F: out.append(" ")
    default:
      if s.properties.changesWhenLowercased {
        out.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
      } else {
        out.append(s)
      }
    }
  }

  /// The folded form of a run of scalars.
  static func fold<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
    var out = String.UnicodeScalarView()
    for s in scalars { fold(s, into: &out) }
    return String(out)
  }

  /// The folded form of `scalars[range]`, with a fast path for short ASCII runs (no allocation).
  @inline(__always)
  static func fold(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
    if range.count <= 15 {
      var ascii = true
      for i in range where scalars[i].value >= 0x80 {
        ascii = false
        break
      }
      if ascii {
        return String(unsafeUninitializedCapacity: range.count) { buffer in
          var k = 0
          for i in range {
            let v = scalars[i].value
            buffer[k] = UInt8(v >= 0x41 && v <= 0x5A ? v + 32 : v)
            k += 1
          }
          return k
        }
      }
    }
    return fold(scalars[range])
  }

  /// The folded form of a string.
  public static func fold(_ string: String) -> String { fold(string.unicodeScalars) }
}
