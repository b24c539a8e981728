import Foundation

/// The kinds of named things Reader recognises: the CoNLL types plus rule-based
/// dates, money and percentages. Raw values are the contract's `type` strings.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
  case person = "PER"
  case organization = "ORG"
  case location = "LOC"
  case misc = "MISC"
  case date = "DATE"
  case money = "MONEY"
  case percent = "PERCENT"
}

/// One occurrence of an entity in a document.
///
/// `range` is in Unicode scalar offsets into the document's text, end-exclusive.
public struct EntityMention: Sendable, Hashable {
  public var doc: String
  public var range: Range<Int>
  public var text: String
  public var type: EntityType
  /// The canonical id of the entity this mention refers to.
  public var entityID: String

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
  public var type: EntityType
  /// Every surface form seen, canonical name included, sorted.
  public var aliases: [String]
  /// Sorted by document order in the corpus, then by offset.
  public var mentions: [EntityMention]

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
  @_spi(Bench) public init(path: String, problem: String) {
    self.path = path
    self.problem = problem
  }
  public var description: String { "\(path): \(problem)" }
}
