import CorpusKit
import Dispatch
import Foundation

/// Entities and mentions as the index stores them: a compact binary form (every string once,
/// in a table; numbers as variable-length integers) that decodes in a few milliseconds where
/// JSON took a third of a second on the BBC corpus's 17,000 entities. A field added to
/// `Entity` or `EntityMention` must be added here (and `AnalysisVersion.entities` raised):
/// `IndexAnalysesTests` compares a restored index with a fresh one field by field (as JSON).
enum EntityCodec {
  private static let magic: UInt8 = 0xE1

  static func encode(_ entities: [Entity]) -> Data {
    var w = Writer()
    w.count(entities.count)
    for e in entities {
      w.string(e.id)
      w.string(e.type.rawValue)
      w.count(e.aliases.count)
      for a in e.aliases { w.string(a) }
      w.mentions(e.mentions)
    }
    return w.finish()
  }

  static func encode(mentions: [EntityMention]) -> Data {
    var w = Writer()
    w.mentions(mentions)
    return w.finish()
  }

  /// The entities, or nil when the bytes are not a whole encoding. Large indexes (millions of
  /// mentions at 100k articles) are made in parallel parts, found by a first walk over the
  /// bytes that makes nothing; the result is the same, in the same order.
  static func decodeEntities(_ data: Data) -> [Entity]? {
    data.withUnsafeBytes { bytes -> [Entity]? in
      guard var r = Reader(bytes) else { return nil }
      guard let n = r.count(), n <= bytes.count else { return nil }
      var starts: [Int] = []
      starts.reserveCapacity(n + 1)
      // Mentions (plus one per entity) up to and including each entity.
      var upTo: [Int] = []
      upTo.reserveCapacity(n)
      var total = 0
      for _ in 0..<n {
        starts.append(r.at)
        guard let m = r.skipEntity() else { return nil }
        total += m + 1
        upTo.append(total)
      }
      guard r.atEnd else { return nil }
      starts.append(r.at)
      let parts = total < 100_000 ? 1 : 8
      var bounds = [0]
      var e = 0
      for p in 1..<max(parts, 1) {
        let limit = total * p / parts
        while e < n, upTo[e] <= limit { e += 1 }
        bounds.append(e)
      }
      bounds.append(n)
      let made = Locked([[Entity]?](repeating: nil, count: parts))
      let (strings, offsets, cuts) = (r.strings, starts, bounds)
      DispatchQueue.concurrentPerform(iterations: parts) { p in
        let out = data.withUnsafeBytes { bytes -> [Entity]? in
          var part = Reader(bytes, strings: strings, at: offsets[cuts[p]])
          var out: [Entity] = []
          out.reserveCapacity(cuts[p + 1] - cuts[p])
          for _ in cuts[p]..<cuts[p + 1] {
            guard let entity = part.entity() else { return nil }
            out.append(entity)
          }
          return part.at == offsets[cuts[p + 1]] ? out : nil
        }
        made.withLock { $0[p] = out }
      }
      let all = made.value
      guard all.allSatisfy({ $0 != nil }) else { return nil }
      var out: [Entity] = []
      out.reserveCapacity(n)
      for part in all { out += part! }
      return out
    }
  }

  /// The mentions, or nil when the bytes are not a whole encoding.
  static func decodeMentions(_ data: Data) -> [EntityMention]? {
    data.withUnsafeBytes { bytes -> [EntityMention]? in
      guard var r = Reader(bytes), let m = r.mentions(), r.atEnd else { return nil }
      return m
    }
  }

  private struct Writer {
    var body: [UInt8] = []
    var table: [String: Int] = [:]
    var strings: [String] = []

    mutating func count(_ n: Int) { Varint.put(UInt64(n), into: &body) }

    mutating func string(_ s: String) {
      if let i = table[s] { return count(i) }
      table[s] = strings.count
      count(strings.count)
      strings.append(s)
    }

    mutating func mentions(_ ms: [EntityMention]) {
      count(ms.count)
      for m in ms {
        string(m.doc)
        count(m.range.lowerBound)
        count(m.range.upperBound - m.range.lowerBound)
        string(m.text)
        string(m.type.rawValue)
        string(m.entityID)
        string(m.region.rawValue)
        if let v = m.value {
          count(1)
          string(v)
        } else {
          count(0)
        }
      }
    }

    func finish() -> Data {
      var out: [UInt8] = [EntityCodec.magic]
      Varint.put(UInt64(strings.count), into: &out)
      for s in strings {
        Varint.put(UInt64(s.utf8.count), into: &out)
        out += s.utf8
      }
      return Data(out + body)
    }
  }

  /// Reads the bytes in place (a reopen decodes millions of mentions: no copy of the bytes, and
  /// each type and region string of the table is turned into its case once).
  struct Reader {
    let bytes: UnsafeRawBufferPointer
    var at = 1
    var strings: [String] = []
    /// Per string of the table: its `EntityType` (index into `allCases`), `unknown` until
    /// asked for, `invalid` when it names none.
    var types: [UInt8] = []
    var regions: [UInt8] = []
    static let unknown: UInt8 = 0xFF
    static let invalid: UInt8 = 0xFE
    static let allTypes = EntityType.allCases
    static let allRegions: [MentionRegion] = [.text, .caption, .credit]

    init?(_ bytes: UnsafeRawBufferPointer) {
      self.bytes = bytes
      guard bytes.first == EntityCodec.magic else { return nil }
      guard let n = count(), n <= bytes.count else { return nil }
      strings.reserveCapacity(n)
      for _ in 0..<n {
        guard let len = count(), len <= bytes.count - at else { return nil }
        strings.append(
          String(decoding: UnsafeRawBufferPointer(rebasing: bytes[at..<at + len]), as: UTF8.self))
        at += len
      }
      types = [UInt8](repeating: Self.unknown, count: n)
      regions = types
    }

    /// A reader of the same bytes at `at`, with their string table read already.
    init(_ bytes: UnsafeRawBufferPointer, strings: [String], at: Int) {
      self.bytes = bytes
      self.strings = strings
      self.at = at
      types = [UInt8](repeating: Self.unknown, count: strings.count)
      regions = types
    }

    /// A reader of the same bytes at `at`, with their string table read and its strings'
    /// types and regions known (`StoredEntityMentions`).
    init(
      _ bytes: UnsafeRawBufferPointer, strings: [String], types: [UInt8], regions: [UInt8],
      at: Int
    ) {
      self.bytes = bytes
      self.strings = strings
      self.types = types
      self.regions = regions
      self.at = at
    }

    var atEnd: Bool { at == bytes.count }

    @inline(__always)
    mutating func count() -> Int? {
      // One byte (values below 128) is the common case.
      if at < bytes.count, bytes[at] < 0x80 {
        defer { at += 1 }
        return Int(bytes[at])
      }
      guard let v = Varint.get(bytes, &at), v <= UInt64(Int32.max) else { return nil }
      return Int(v)
    }

    @inline(__always)
    mutating func index() -> Int? {
      guard let i = count(), i < strings.count else { return nil }
      return i
    }

    @inline(__always)
    mutating func string() -> String? { index().map { strings[$0] } }

    mutating func type() -> EntityType? {
      guard let i = index() else { return nil }
      return Self.cased(i, strings, &types, Self.allTypes)
    }

    mutating func region() -> MentionRegion? {
      guard let i = index() else { return nil }
      return Self.cased(i, strings, &regions, Self.allRegions)
    }

    /// The case that table string `i` names, turned into one once per string (`memo`: the
    /// case's position in `all`, `unknown` before, `invalid` for a string that names none).
    @inline(__always)
    static func cased<T: RawRepresentable & Equatable>(
      _ i: Int, _ strings: [String], _ memo: inout [UInt8], _ all: [T]
    ) -> T? where T.RawValue == String {
      if memo[i] == unknown {
        memo[i] =
          T(rawValue: strings[i]).flatMap { t in all.firstIndex(of: t).map(UInt8.init) }
          ?? invalid
      }
      return memo[i] == invalid ? nil : all[Int(memo[i])]
    }

    /// One entity: id, type, aliases, mentions.
    mutating func entity() -> Entity? {
      guard let id = string(), let type = type(), let na = count(), na <= bytes.count else {
        return nil
      }
      var aliases: [String] = []
      aliases.reserveCapacity(na)
      for _ in 0..<na {
        guard let a = string() else { return nil }
        aliases.append(a)
      }
      guard let mentions = mentions() else { return nil }
      return Entity(id: id, type: type, aliases: aliases, mentions: mentions)
    }

    /// Steps over one entity, checking only that its numbers and string references are
    /// whole; gives its number of mentions.
    mutating func skipEntity() -> Int? {
      guard index() != nil, index() != nil, let na = count() else { return nil }
      for _ in 0..<na {
        guard index() != nil else { return nil }
      }
      guard let nm = count() else { return nil }
      for _ in 0..<nm {
        guard index() != nil, count() != nil, count() != nil, index() != nil, index() != nil,
          index() != nil, index() != nil, let hasValue = count()
        else { return nil }
        if hasValue == 1, index() == nil { return nil }
      }
      return nm
    }

    /// Steps over the rest of a mention whose document was read; false when it is not whole.
    mutating func skipMentionAfterDocument() -> Bool {
      guard count() != nil, count() != nil, index() != nil, index() != nil, index() != nil,
        index() != nil, let hasValue = count()
      else { return false }
      return hasValue != 1 || index() != nil
    }

    /// The numbers of one mention, read before any of its strings is looked up.
    private struct Fields {
      var doc, lo, len, text, entityID, value: Int
      var type: EntityType
      var region: MentionRegion
    }

    /// The mentions of document `doc` (an index into the table) among the next `count()`
    /// mentions: the others are stepped over, none of their strings looked up.
    mutating func mentions(ofDocument doc: Int) -> [EntityMention]? {
      guard let n = count(), n <= bytes.count else { return nil }
      var out: [EntityMention] = []
      for _ in 0..<n {
        guard let d = index() else { return nil }
        if d != doc {
          guard skipMentionAfterDocument() else { return nil }
          continue
        }
        guard let lo = count(), let len = count(), let text = string(), let type = type(),
          let entityID = string(), let region = region(), let hasValue = count()
        else { return nil }
        var value: String?
        if hasValue == 1 {
          guard let v = string() else { return nil }
          value = v
        }
        out.append(
          EntityMention(
            doc: strings[d], range: lo..<lo + len, text: text, type: type, entityID: entityID,
            region: region, value: value))
      }
      return out
    }

    /// Every mention's numbers first (read in order from the bytes), then the mentions: their
    /// strings looked up in a loop with nothing to decode in between, so that the table's
    /// cache misses (one per mention at 100k articles) overlap instead of waiting in turn.
    mutating func mentions() -> [EntityMention]? {
      guard let n = count(), n <= bytes.count else { return nil }
      var fields: [Fields] = []
      fields.reserveCapacity(n)
      for _ in 0..<n {
        guard let doc = index(), let lo = count(), let len = count(), let text = index(),
          let type = type(), let entityID = index(), let region = region(),
          let hasValue = count()
        else { return nil }
        var value = -1
        if hasValue == 1 {
          guard let v = index() else { return nil }
          value = v
        }
        fields.append(
          Fields(
            doc: doc, lo: lo, len: len, text: text, entityID: entityID, value: value, type: type,
            region: region))
      }
      return strings.withUnsafeBufferPointer { table in
        fields.map { f in
          EntityMention(
            doc: table[f.doc], range: f.lo..<f.lo + f.len, text: table[f.text], type: f.type,
            entityID: table[f.entityID], region: f.region,
            value: f.value < 0 ? nil : table[f.value])
        }
      }
    }
  }
}

/// LEB128 unsigned integers.
enum Varint {
  static func put(_ v: UInt64, into out: inout [UInt8]) {
    var v = v
    while v >= 0x80 {
      out.append(UInt8(v & 0x7F) | 0x80)
      v >>= 7
    }
    out.append(UInt8(v))
  }

  static func get(_ bytes: UnsafeRawBufferPointer, _ at: inout Int) -> UInt64? {
    var v: UInt64 = 0
    var shift: UInt64 = 0
    while at < bytes.count, shift < 64 {
      let b = bytes[at]
      at += 1
      v |= UInt64(b & 0x7F) << shift
      if b < 0x80 { return v }
      shift += 7
    }
    return nil
  }
}
