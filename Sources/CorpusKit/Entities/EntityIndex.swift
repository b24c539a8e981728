/// Every entity of a corpus with its mentions, aliases and co-occurrences:
/// what the entity sidebar and `reader entities` show.
public struct EntityIndex: Sendable {
  /// Most mentioned first, ties by id.
  public let entities: [Entity]
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
    self.entities = entities
    var byID: [String: Int] = [:]
    for (i, e) in entities.enumerated() { byID[e.id] = i }
    self.byID = byID
  }

  /// The entity with canonical name `id`, or nil: how the sidebar follows a link.
  public func entity(id: String) -> Entity? { byID[id].map { entities[$0] } }

  /// The corpus-wide list: every entity but relative dates ("last year", "Wednesday"), which
  /// name a different day in every article and only make sense inside their own.
  public var corpusEntities: [Entity] { entities.filter { !$0.isRelativeDate } }

  /// Entities mentioned in document `doc`, most mentioned there first.
  public func entities(inDocument doc: String) -> [Entity] {
    entities.filter { $0.mentions.contains { $0.doc == doc } }
      .sorted { ($0.countsByDocument[doc] ?? 0, $1.id) > ($1.countsByDocument[doc] ?? 0, $0.id) }
  }

  /// Every mention in document `doc`, by offset.
  public func mentions(inDocument doc: String) -> [EntityMention] {
    entities.flatMap { $0.mentions.filter { $0.doc == doc } }.sorted {
      $0.range.lowerBound < $1.range.lowerBound
    }
  }

  /// The entities most often found in the same documents as `id`, with the number
  /// of documents shared, most first.
  public func cooccurring(with id: String, limit: Int = 10) -> [(entity: Entity, documents: Int)] {
    guard let e = entity(id: id) else { return [] }
    let docs = Set(e.mentions.map(\.doc))
    var shared: [(entity: Entity, documents: Int)] = []
    for other in entities where other.id != id {
      let n = Set(other.mentions.map(\.doc)).intersection(docs).count
      if n > 0 { shared.append((other, n)) }
    }
    shared.sort { ($0.documents, $1.entity.id) > ($1.documents, $0.entity.id) }
    return Array(shared.prefix(limit))
  }
}
