/// Every entity of a corpus with its mentions, aliases and co-occurrences:
/// what the entity sidebar and `reader entities` show.
///
/// An index holds its entities' mentions itself, or reads them from a source when first asked
/// (`init(summaries:source:)`): a reopened on-disk index gives the sidebar its names, types and
/// counts at once and decodes an entity's mentions when the user opens it. Both answer every
/// question the same way.
public struct EntityIndex: Sendable {
  /// Per entity, most mentioned first, ties by id: what the sidebar needs before any mention.
  public let summaries: [EntitySummary]
  private let held: [Entity]?
  private let source: (any EntityMentionSource)?
  private let byID: [String: Int]

  /// Recognises every document of `corpus` and merges mentions into canonical entities.
  public init(corpus: Corpus, recognizer: EntityRecognizer) {
    self.init(perDocument: corpus.documents.map { recognizer.mentions(in: $0) })
  }

  /// Merges mentions recognised per document (corpus order, as `EntityRecognizer` finds them)
  /// into canonical entities: the index `init(corpus:recognizer:)` gives for those mentions.
  public init(perDocument: [[EntityMention]]) {
    self.init(entities: EntityMerger.merge(perDocument))
  }

  /// An index over entities already merged (kept in the given order).
  public init(entities: [Entity]) {
    held = entities
    source = nil
    summaries = entities.map(EntitySummary.init)
    byID = Self.positions(summaries)
  }

  /// An index whose mentions `source` gives when asked: `summaries` are the entities in the
  /// order `init(entities:)` keeps, summarised as `EntitySummary(_:)` summarises them.
  public init(summaries: [EntitySummary], source: any EntityMentionSource) {
    held = nil
    self.source = source
    self.summaries = summaries
    byID = Self.positions(summaries)
  }

  private static func positions(_ summaries: [EntitySummary]) -> [String: Int] {
    var byID: [String: Int] = [:]
    byID.reserveCapacity(summaries.count)
    for (i, e) in summaries.enumerated() { byID[e.id] = i }
    return byID
  }

  /// The number of entities.
  public var count: Int { summaries.count }

  /// Whether the mentions are held in memory (false: read from the source when asked).
  public var holdsMentions: Bool { held != nil }

  /// Most mentioned first, ties by id (a lazily held index decodes every mention for this).
  public var entities: [Entity] { held ?? summaries.indices.map(entity(at:)) }

  /// The entity at position `i` of `summaries`, with its mentions.
  public func entity(at i: Int) -> Entity {
    if let held { return held[i] }
    let s = summaries[i]
    return Entity(
      id: s.id, type: s.type, aliases: s.aliases, mentions: source?.mentions(ofEntity: i) ?? [])
  }

  /// The entity with canonical name `id`, or nil: how the sidebar follows a link.
  public func entity(id: String) -> Entity? { byID[id].map(entity(at:)) }

  /// The summary of the entity with canonical name `id`, or nil (no mention decoded).
  public func summary(id: String) -> EntitySummary? { byID[id].map { summaries[$0] } }

  /// The corpus-wide list: every entity but relative dates ("last year", "Wednesday"), which
  /// name a different day in every article and only make sense inside their own.
  public var corpusEntities: [Entity] {
    summaries.indices.filter { !summaries[$0].isRelativeDate }.map(entity(at:))
  }

  /// Positions of the entities mentioned in document `doc`, in order.
  private func positions(inDocument doc: String) -> [Int] {
    if let source { return source.entityPositions(inDocument: doc) }
    return held!.indices.filter { held![$0].mentions.contains { $0.doc == doc } }
  }

  /// Entities mentioned in document `doc`, most mentioned there first.
  public func entities(inDocument doc: String) -> [Entity] {
    positions(inDocument: doc).map(entity(at:))
      .sorted { ($0.countsByDocument[doc] ?? 0, $1.id) > ($1.countsByDocument[doc] ?? 0, $0.id) }
  }

  /// Every mention in document `doc`, by offset.
  public func mentions(inDocument doc: String) -> [EntityMention] {
    positions(inDocument: doc).flatMap { i in
      // Only this document's: an entity may have 100,000 mentions elsewhere.
      source?.mentions(ofEntity: i, inDocument: doc)
        ?? held![i].mentions.filter { $0.doc == doc }
    }
    .sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// Makes ahead what the first question about a document needs (a lazily held index finds
  /// each document's entities in one walk over the stored mentions); answers do not change.
  public func prepareDocuments() { source?.prepare() }

  /// The entities most often found in the same documents as `id`, with the number
  /// of documents shared, most first.
  public func cooccurring(with id: String, limit: Int = 10) -> [(entity: Entity, documents: Int)] {
    guard let e = entity(id: id) else { return [] }
    let docs = Set(e.mentions.map(\.doc))
    var shared: [(entity: Entity, documents: Int)] = []
    if let held {
      for other in held where other.id != id {
        let n = Set(other.mentions.map(\.doc)).intersection(docs).count
        if n > 0 { shared.append((other, n)) }
      }
    } else {
      // Through the documents' entities: only the `limit` listed are decoded.
      var counts: [Int: Int] = [:]
      for d in docs {
        for p in positions(inDocument: d) where summaries[p].id != id { counts[p, default: 0] += 1 }
      }
      let top = counts.sorted {
        ($0.value, summaries[$1.key].id) > ($1.value, summaries[$0.key].id)
      }
      return top.prefix(limit).map { (entity(at: $0.key), $0.value) }
    }
    shared.sort { ($0.documents, $1.entity.id) > ($1.documents, $0.entity.id) }
    return Array(shared.prefix(limit))
  }
}

/// Where an index held lazily reads mentions (`EntityIndex.init(summaries:source:)`): the
/// on-disk index decodes an entity's mentions from its stored bytes when first asked.
public protocol EntityMentionSource: Sendable {
  /// The mentions of the entity at position `i` of the summaries, as `Entity.mentions` holds
  /// them (document order, then offset).
  func mentions(ofEntity i: Int) -> [EntityMention]
  /// The positions of the entities with a mention in document `doc`, ascending.
  func entityPositions(inDocument doc: String) -> [Int]
  /// The mentions of the entity at position `i` in document `doc`, in their order.
  func mentions(ofEntity i: Int, inDocument doc: String) -> [EntityMention]
  /// Makes ahead what `entityPositions` needs (it answers the same without this).
  func prepare()
}

/// An entity without its mentions: name, type, aliases and how many mentions it has where.
public struct EntitySummary: Sendable, Equatable {
  /// The canonical name, unique in an index.
  public var id: String
  /// The entity's type.
  public var type: EntityType
  /// Every surface form seen, canonical name included, sorted.
  public var aliases: [String]
  /// Mentions in the article's own text.
  public var textMentions: Int
  /// Mentions in picture captions.
  public var captionMentions: Int
  /// Mentions in photo credits.
  public var creditMentions: Int
  /// Documents with at least one mention.
  public var documents: Int
  /// The normalised value (the first mention's that has one), as `Entity.value`.
  public var value: String?

  /// A summary with these fields.
  public init(
    id: String, type: EntityType, aliases: [String], textMentions: Int, captionMentions: Int,
    creditMentions: Int, documents: Int, value: String?
  ) {
    self.id = id
    self.type = type
    self.aliases = aliases
    self.textMentions = textMentions
    self.captionMentions = captionMentions
    self.creditMentions = creditMentions
    self.documents = documents
    self.value = value
  }

  /// The summary of `entity` (its mentions counted).
  public init(_ entity: Entity) {
    var counts = (text: 0, caption: 0, credit: 0)
    var documents = 0
    var last: String?
    for m in entity.mentions {
      switch m.region {
      case .text: counts.text += 1
      case .caption: counts.caption += 1
      case .credit: counts.credit += 1
      }
      if m.doc != last {
        documents += 1
        last = m.doc
      }
    }
    self.init(
      id: entity.id, type: entity.type, aliases: entity.aliases, textMentions: counts.text,
      captionMentions: counts.caption, creditMentions: counts.credit, documents: documents,
      value: entity.value)
  }

  /// Every mention.
  public var mentions: Int { textMentions + captionMentions + creditMentions }

  /// A date not resolved to a year, month or day, as `Entity.isRelativeDate`.
  public var isRelativeDate: Bool { type == .date && value == nil }
}
