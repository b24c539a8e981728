/// The tagger's labels: `O` plus BILOU positions (Begin, Inside, Last, Unit) for each CoNLL type.
///
/// BILOU lets the decoder forbid impossible sequences (an `I-PER` after `O`) and gives the
/// model separate weights for single-word names, which CoNLL is full of.
enum TagSet {
  /// The four statistical types, in label order.
  static let types: [EntityType] = [.person, .organization, .location, .misc]
  /// `O` plus 4 positions for each of the 4 types.
  static let count = 1 + 4 * 4
  static let outside = 0

  /// Position of a label within its entity.
  enum Position: Int {
    case begin = 0
    case inside
    case last
    case unit
  }

  /// The label for `type` at `position` (type must be one of `types`).
  @inline(__always)
  static func label(_ typeIndex: Int, _ position: Position) -> Int {
    1 + typeIndex * 4 + position.rawValue
  }

  /// The type index (0..<4) of a non-O label.
  @inline(__always)
  static func typeIndex(_ label: Int) -> Int { (label - 1) / 4 }

  @inline(__always)
  static func position(_ label: Int) -> Position { Position(rawValue: (label - 1) % 4)! }

  /// The type index of a CoNLL type string, or nil.
  static func typeIndex(of name: Substring) -> Int? {
    switch name {
    case "PER": 0
    case "ORG": 1
    case "LOC": 2
    case "MISC": 3
    default: nil
    }
  }

  static func typeName(_ typeIndex: Int) -> String { types[typeIndex].rawValue }

  /// Whether `b` may follow `a` (label `O` before the first token and after the last).
  static func allowed(_ a: Int, _ b: Int) -> Bool {
    let aOpen = a != outside && (position(a) == .begin || position(a) == .inside)
    if aOpen {
      // Inside an entity: only I or L of the same type.
      guard b != outside, typeIndex(b) == typeIndex(a) else { return false }
      return position(b) == .inside || position(b) == .last
    }
    // Outside an entity: O, B or U.
    return b == outside || position(b) == .begin || position(b) == .unit
  }

  /// Whether a label may start a sentence.
  static func allowedFirst(_ b: Int) -> Bool { allowed(outside, b) }
  /// Whether a label may end a sentence.
  static func allowedLast(_ a: Int) -> Bool {
    a == outside || position(a) == .last || position(a) == .unit
  }

  /// BILOU labels for spans over `count` tokens.
  static func labels(spans: [TokenSpan], count: Int) -> [Int] {
    var out = [Int](repeating: outside, count: count)
    for s in spans {
      if s.end - s.start == 1 {
        out[s.start] = label(s.typeIndex, .unit)
      } else {
        out[s.start] = label(s.typeIndex, .begin)
        for k in (s.start + 1)..<(s.end - 1) { out[k] = label(s.typeIndex, .inside) }
        out[s.end - 1] = label(s.typeIndex, .last)
      }
    }
    return out
  }

  /// Spans of a valid BILOU label sequence (invalid pieces are read leniently).
  static func spans(labels: [Int]) -> [TokenSpan] {
    var out: [TokenSpan] = []
    var start = -1
    var type = -1
    for (i, l) in labels.enumerated() {
      if l == outside {
        if start >= 0 { out.append(TokenSpan(start: start, end: i, typeIndex: type)) }
        start = -1
        continue
      }
      let t = typeIndex(l)
      switch position(l) {
      case .unit:
        if start >= 0 { out.append(TokenSpan(start: start, end: i, typeIndex: type)) }
        out.append(TokenSpan(start: i, end: i + 1, typeIndex: t))
        start = -1
      case .begin:
        if start >= 0 { out.append(TokenSpan(start: start, end: i, typeIndex: type)) }
        start = i
        type = t
      case .inside, .last:
        if start < 0 || type != t {
          if start >= 0 { out.append(TokenSpan(start: start, end: i, typeIndex: type)) }
          start = i
          type = t
        }
        if position(l) == .last {
          out.append(TokenSpan(start: start, end: i + 1, typeIndex: t))
          start = -1
        }
      }
    }
    if start >= 0 { out.append(TokenSpan(start: start, end: labels.count, typeIndex: type)) }
    return out
  }
}

/// An entity over tokens `start..<end` of a sentence, with a CoNLL type index (see `TagSet.types`).
public struct TokenSpan: Sendable, Hashable {
  var start: Int
  var end: Int
  var typeIndex: Int
}
