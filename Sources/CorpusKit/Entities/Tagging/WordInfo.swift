/// What the tagger knows about one token before looking at its neighbours: hashes of its
/// forms (exact, lowercase, shape, affixes) and a few character-class flags.
///
/// Computed once per token straight from scalars, so tagging allocates no strings.
struct WordInfo: Sendable {
  var exact: UInt64 = FeatureHash.seed
  var lower: UInt64 = FeatureHash.seed
  /// The title-case form: first letter upper, the rest lower ("Chelsea" for "CHELSEA").
  var title: UInt64 = FeatureHash.seed
  /// Character classes, one per scalar: "Xxxxx", "dd.d".
  var shape: UInt64 = FeatureHash.seed
  /// Shape with runs collapsed: "Xx", "d.d".
  var shortShape: UInt64 = FeatureHash.seed
  var prefixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
  var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
  var flags: Flags = []
  var length = 0

  struct Flags: OptionSet, Sendable {
    let rawValue: UInt16
    static let firstUpper = Flags(rawValue: 1)
    static let allUpper = Flags(rawValue: 2)
    static let allLower = Flags(rawValue: 4)
    static let hasDigit = Flags(rawValue: 8)
    static let hasLetter = Flags(rawValue: 16)
    static let hasHyphen = Flags(rawValue: 32)
    static let hasPeriod = Flags(rawValue: 64)
    static let nonLatin = Flags(rawValue: 128)
  }

  /// Folds typographic variants to ASCII so that curly quotes and dashes match training text.
  @inline(__always)
  static func fold(_ v: UInt32) -> UInt32 {
    switch v {
    case 0x2018, 0x2019, 0x2032: 0x27
    case 0x201C, 0x201D: 0x22
    case 0x2010...0x2015, 0x2212: 0x2D
    default: v
    }
  }

  @inline(__always)
  static func lowercase(_ v: UInt32) -> UInt32 {
    if v < 0x80 { return (v >= 65 && v <= 90) ? v + 32 : v }
    guard let s = Unicode.Scalar(v) else { return v }
    if !s.properties.isUppercase { return v }
    return s.properties.lowercaseMapping.unicodeScalars.first?.value ?? v
  }

  @inline(__always)
  static func uppercase(_ v: UInt32) -> UInt32 {
    if v < 0x80 { return (v >= 97 && v <= 122) ? v - 32 : v }
    guard let s = Unicode.Scalar(v), s.properties.isLowercase else { return v }
    return s.properties.uppercaseMapping.unicodeScalars.first?.value ?? v
  }

  /// The info for one token's scalars.
  @inline(__always)
  init<C: Collection>(_ scalars: C) where C.Element == Unicode.Scalar {
    var exact = FeatureHash.seed
    var lower = FeatureHash.seed
    var title = FeatureHash.seed
    var shape = FeatureHash.seed
    var short = FeatureHash.seed
    var lastClass: UInt32 = 0
    var upper = 0
    var lowerCount = 0
    var digits = 0
    var letters = 0
    var flags: Flags = []
    var lows: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)  // first four lowercased
    var ring: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)  // last four lowercased
    var n = 0
    for s in scalars {
      let v = WordInfo.fold(s.value)
      var cls: UInt32
      var lv = v
      if v < 0x80 {
        if v >= 65 && v <= 90 {
          cls = 88  // X
          lv = v + 32
          upper += 1
          letters += 1
        } else if v >= 97 && v <= 122 {
          cls = 120  // x
          lowerCount += 1
          letters += 1
        } else if v >= 48 && v <= 57 {
          cls = 100  // d
          digits += 1
        } else {
          cls = v
          if v == 45 { flags.insert(.hasHyphen) }
          if v == 46 { flags.insert(.hasPeriod) }
        }
      } else if let u = Unicode.Scalar(v), u.properties.isAlphabetic {
        letters += 1
        flags.insert(.nonLatin)
        if u.properties.isUppercase {
          cls = 88
          upper += 1
          lv = WordInfo.lowercase(v)
        } else if u.properties.isLowercase {
          cls = 120
          lowerCount += 1
        } else {
          cls = 97  // a: caseless letter (CJK)
        }
      } else if let u = Unicode.Scalar(v), u.properties.numericType != nil {
        cls = 100
        digits += 1
      } else {
        cls = 111  // o: other symbol
      }
      if n == 0 && cls == 88 { flags.insert(.firstUpper) }
      exact = FeatureHash.add(exact, v)
      lower = FeatureHash.add(lower, lv)
      title = FeatureHash.add(title, n == 0 ? WordInfo.uppercase(v) : lv)
      shape = FeatureHash.add(shape, cls)
      if cls != lastClass { short = FeatureHash.add(short, cls) }
      lastClass = cls
      switch n {
      case 0: lows.0 = lv
      case 1: lows.1 = lv
      case 2: lows.2 = lv
      case 3: lows.3 = lv
      default: break
      }
      ring = (ring.1, ring.2, ring.3, lv)
      n += 1
    }
    if letters > 0 {
      flags.insert(.hasLetter)
      if upper == letters { flags.insert(.allUpper) }
      if lowerCount == letters { flags.insert(.allLower) }
    }
    if digits > 0 { flags.insert(.hasDigit) }
    self.exact = exact
    self.lower = lower
    self.title = title
    self.shape = shape
    self.shortShape = short
    self.flags = flags
    self.length = n
    // Affixes of the lowercased form; shorter words repeat their whole form.
    var p = FeatureHash.seed
    p = FeatureHash.add(p, lows.0)
    let p1 = p
    p = FeatureHash.add(p, lows.1)
    let p2 = n >= 2 ? p : p1
    p = FeatureHash.add(p, lows.2)
    let p3 = n >= 3 ? p : p2
    p = FeatureHash.add(p, lows.3)
    let p4 = n >= 4 ? p : p3
    prefixes = (p1, p2, p3, p4)
    let r = ring
    let s1 = FeatureHash.add(FeatureHash.seed, r.3)
    let s2 = n >= 2 ? FeatureHash.add(FeatureHash.add(FeatureHash.seed, r.2), r.3) : s1
    let s3 =
      n >= 3
      ? FeatureHash.add(FeatureHash.add(FeatureHash.add(FeatureHash.seed, r.1), r.2), r.3) : s2
    let s4 =
      n >= 4
      ? FeatureHash.add(
        FeatureHash.add(FeatureHash.add(FeatureHash.add(FeatureHash.seed, r.0), r.1), r.2), r.3)
      : s3
    suffixes = (s1, s2, s3, s4)
  }

  /// Starts with an uppercase letter.
  var isCapitalized: Bool { flags.contains(.firstUpper) }
}
