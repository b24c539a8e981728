import CorpusKit
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

  /// The entities, or nil when the bytes are not a whole encoding.
  static func decodeEntities(_ data: Data) -> [Entity]? {
    guard var r = Reader(data) else { return nil }
    guard let n = r.count() else { return nil }
    var out: [Entity] = []
    out.reserveCapacity(n)
    for _ in 0..<n {
      guard let id = r.string(), let type = r.string().flatMap(EntityType.init(rawValue:)),
        let na = r.count()
      else { return nil }
      var aliases: [String] = []
      aliases.reserveCapacity(na)
      for _ in 0..<na {
        guard let a = r.string() else { return nil }
        aliases.append(a)
      }
      guard let mentions = r.mentions() else { return nil }
      out.append(Entity(id: id, type: type, aliases: aliases, mentions: mentions))
    }
    return r.atEnd ? out : nil
  }

  /// The mentions, or nil when the bytes are not a whole encoding.
  static func decodeMentions(_ data: Data) -> [EntityMention]? {
    guard var r = Reader(data), let m = r.mentions(), r.atEnd else { return nil }
    return m
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

  private struct Reader {
    let bytes: [UInt8]
    var at = 1
    var strings: [String] = []

    init?(_ data: Data) {
      bytes = [UInt8](data)
      guard bytes.first == EntityCodec.magic else { return nil }
      guard let n = count(), n <= bytes.count else { return nil }
      strings.reserveCapacity(n)
      for _ in 0..<n {
        guard let len = count(), len <= bytes.count - at else { return nil }
        strings.append(String(decoding: bytes[at..<at + len], as: UTF8.self))
        at += len
      }
    }

    var atEnd: Bool { at == bytes.count }

    mutating func count() -> Int? {
      guard let v = Varint.get(bytes, &at), v <= UInt64(Int32.max) else { return nil }
      return Int(v)
    }

    mutating func string() -> String? {
      guard let i = count(), i < strings.count else { return nil }
      return strings[i]
    }

    mutating func mentions() -> [EntityMention]? {
      guard let n = count(), n <= bytes.count else { return nil }
      var out: [EntityMention] = []
      out.reserveCapacity(n)
      for _ in 0..<n {
        guard let doc = string(), let lo = count(), let len = count(), let text = string(),
          let type = string().flatMap(EntityType.init(rawValue:)), let entityID = string(),
          let region = string().flatMap(MentionRegion.init(rawValue:)), let hasValue = count()
        else { return nil }
        var value: String?
        if hasValue == 1 {
          guard let v = string() else { return nil }
          value = v
        }
        out.append(
          EntityMention(
            doc: doc, range: lo..<lo + len, text: text, type: type, entityID: entityID,
            region: region, value: value))
      }
      return out
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

  static func get(_ bytes: [UInt8], _ at: inout Int) -> UInt64? {
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
