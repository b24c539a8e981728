import CorpusKit
import Foundation

/// The stored entity index read lazily: a reopen walks the stored bytes once to count each
/// entity's mentions (the sidebar's names, types and counts) without making a mention, and
/// decodes an entity's mentions, or finds a document's entities, when first asked. At 100,000
/// articles (2.28M mentions) the walk reads no string of the table per mention, where the
/// whole decode looked up three (a cache miss each).
final class StoredEntityMentions: EntityMentionSource, Sendable {
  private let data: Data
  private let strings: [String]
  /// The table's strings as types and regions (`EntityCodec.Reader`'s memos), filled by the
  /// walk for every string used as one.
  private let types: [UInt8]
  private let regions: [UInt8]
  /// Where each entity's mentions start in `data`.
  private let starts: [Int]
  /// Per document: the entities it mentions, made on first use from the (document, entity)
  /// pairs the walk noted.
  private let postings: Locked<Postings.State>

  private struct Postings: Sendable {
    /// Document id → its slot in `offsets` (its string's index in the table).
    var slots: [String: Int]
    /// The positions of slot `s`'s entities are `entities[offsets[s]..<offsets[s + 1]]`.
    var offsets: [Int32]
    var entities: [Int32]

    enum State: Sendable {
      /// Each entity's documents as the walk met them (an entity whose mentions are not
      /// grouped by document may name one twice).
      case pairs([Pair])
      case made(Postings)
    }
  }

  struct Pair: Sendable {
    var doc: Int32
    var entity: Int32
  }

  private init(
    data: Data, strings: [String], types: [UInt8], regions: [UInt8], starts: [Int], pairs: [Pair]
  ) {
    postings = Locked(.pairs(pairs))
    self.data = data
    self.strings = strings
    self.types = types
    self.regions = regions
    self.starts = starts
  }

  /// The index stored in `data` (`EntityCodec.encode(_:)`), held lazily; nil when the bytes
  /// are not a whole encoding (every number and string reference is checked by the walk, so
  /// a later decode cannot fail).
  static func index(_ data: Data) -> EntityIndex? {
    let walked = data.withUnsafeBytes { bytes -> ([EntitySummary], StoredEntityMentions)? in
      guard var r = EntityCodec.Reader(bytes), let n = r.count(), n <= bytes.count else {
        return nil
      }
      var summaries: [EntitySummary] = []
      summaries.reserveCapacity(n)
      var starts: [Int] = []
      starts.reserveCapacity(n)
      var pairs: [Pair] = []
      for _ in 0..<n {
        guard let id = r.string(), let type = r.type(), let na = r.count(), na <= bytes.count
        else { return nil }
        var aliases: [String] = []
        aliases.reserveCapacity(na)
        for _ in 0..<na {
          guard let a = r.string() else { return nil }
          aliases.append(a)
        }
        starts.append(r.at)
        guard let nm = r.count() else { return nil }
        var (text, caption, credit, documents) = (0, 0, 0, 0)
        var lastDoc = -1
        var value = -1
        for _ in 0..<nm {
          guard let doc = r.index(), r.count() != nil, r.count() != nil, r.index() != nil,
            r.type() != nil, r.index() != nil, let region = r.region(), let hasValue = r.count()
          else { return nil }
          if hasValue == 1 {
            guard let v = r.index() else { return nil }
            if value < 0 { value = v }
          }
          switch region {
          case .text: text += 1
          case .caption: caption += 1
          case .credit: credit += 1
          }
          // The table holds each string once: the same index is the same document.
          if doc != lastDoc {
            documents += 1
            lastDoc = doc
            pairs.append(Pair(doc: Int32(truncatingIfNeeded: doc), entity: Int32(summaries.count)))
          }
        }
        summaries.append(
          EntitySummary(
            id: id, type: type, aliases: aliases, textMentions: text, captionMentions: caption,
            creditMentions: credit, documents: documents,
            value: value < 0 ? nil : r.strings[value]))
      }
      guard r.atEnd else { return nil }
      return (
        summaries,
        StoredEntityMentions(
          data: data, strings: r.strings, types: r.types, regions: r.regions, starts: starts,
          pairs: pairs)
      )
    }
    guard let (summaries, source) = walked else { return nil }
    return EntityIndex(summaries: summaries, source: source)
  }

  func mentions(ofEntity i: Int) -> [EntityMention] {
    data.withUnsafeBytes { bytes in
      var r = EntityCodec.Reader(
        bytes, strings: strings, types: types, regions: regions, at: starts[i])
      return r.mentions() ?? []
    }
  }

  func mentions(ofEntity i: Int, inDocument doc: String) -> [EntityMention] {
    guard let d = made().slots[doc] else { return [] }
    return data.withUnsafeBytes { bytes in
      var r = EntityCodec.Reader(
        bytes, strings: strings, types: types, regions: regions, at: starts[i])
      return r.mentions(ofDocument: d) ?? []
    }
  }

  func entityPositions(inDocument doc: String) -> [Int] {
    let p = made()
    guard let s = p.slots[doc] else { return [] }
    return p.entities[Int(p.offsets[s])..<Int(p.offsets[s + 1])].map(Int.init)
  }

  func prepare() { _ = made() }

  private func made() -> Postings {
    postings.withLock { p in
      switch p {
      case .made(let made): return made
      case .pairs(let pairs):
        let made = Self.postings(pairs, strings: strings)
        p = .made(made)
        return made
      }
    }
  }

  /// The pairs grouped by document (entities ascending within each, each once).
  private static func postings(_ pairs: [Pair], strings: [String]) -> Postings {
    let n = strings.count
    var offsets = [Int32](repeating: 0, count: n + 1)
    var last = [Int32](repeating: -1, count: n)
    for p in pairs where last[Int(p.doc)] != p.entity {
      last[Int(p.doc)] = p.entity
      offsets[Int(p.doc) + 1] += 1
    }
    for i in 0..<n { offsets[i + 1] += offsets[i] }
    var fill = offsets
    var entities = [Int32](repeating: 0, count: Int(offsets[n]))
    for i in 0..<n { last[i] = -1 }
    for p in pairs where last[Int(p.doc)] != p.entity {
      last[Int(p.doc)] = p.entity
      entities[Int(fill[Int(p.doc)])] = p.entity
      fill[Int(p.doc)] += 1
    }
    var slots: [String: Int] = [:]
    slots.reserveCapacity(n)
    for i in 0..<n where offsets[i + 1] > offsets[i] { slots[strings[i]] = i }
    return Postings(slots: slots, offsets: offsets, entities: entities)
  }
}
