import Foundation

/// The kinds of named things Reader recognises: the CoNLL types plus rule-based
/// dates, money and percentages. Raw values are the contract's `type` strings.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
  /// A person's name.
  case person = "PER"
  /// A company, party, team or other organisation.
  case organization = "ORG"
  /// A place: country, city, region, landmark.
  case location = "LOC"
  /// Other names: nationalities, events, works, products.
  case misc = "MISC"
  /// A calendar date (from the rules, not the tagger).
  case date = "DATE"
  /// An amount of money with its currency (from the rules).
  case money = "MONEY"
  /// A percentage (from the rules).
  case percent = "PERCENT"
}

/// One occurrence of an entity in a document.
///
/// `range` is in Unicode scalar offsets into the document's text, end-exclusive.
public struct EntityMention: Sendable, Hashable {
  /// Id of the document the mention is in.
  public var doc: String
  /// Where the mention stands in the document's text.
  public var range: Range<Int>
  /// The mention as written (its surface form).
  public var text: String
  /// The type the recogniser gave this mention.
  public var type: EntityType
  /// The canonical id of the entity this mention refers to.
  public var entityID: String

  /// A mention of entity `entityID` at `range` of document `doc`.
  public init(doc: String, range: Range<Int>, text: String, type: EntityType, entityID: String) {
    self.doc = doc
    self.range = range
    self.text = text
    self.type = type
    self.entityID = entityID
  }
}

/// A real-world entity across the corpus: its canonical name, aliases and mentions.
public struct Entity: Sendable, Identifiable {
  /// The canonical name ("Alexander Lukashenko"), unique in an index.
  public var id: String
  /// The entity's type (the one most of its mentions have).
  public var type: EntityType
  /// Every surface form seen, canonical name included, sorted.
  public var aliases: [String]
  /// Sorted by document order in the corpus, then by offset.
  public var mentions: [EntityMention]

  /// An entity with its canonical name, type, aliases and mentions.
  public init(id: String, type: EntityType, aliases: [String], mentions: [EntityMention]) {
    self.id = id
    self.type = type
    self.aliases = aliases
    self.mentions = mentions
  }

  /// Mention counts per document id.
  var countsByDocument: [String: Int] {
    mentions.reduce(into: [:]) { $0[$1.doc, default: 0] += 1 }
  }
}

/// Why the recogniser could not start: the model file is missing or unreadable.
public struct EntityModelError: Error, CustomStringConvertible, Sendable {
  var path: String
  var problem: String
  /// An error about the model at `path`.
  @_spi(Bench) public init(path: String, problem: String) {
    self.path = path
    self.problem = problem
  }
  /// `path: problem`, as the CLI prints it.
  public var description: String { "\(path): \(problem)" }
}
