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

/// Where in an article a mention stands.
public enum MentionRegion: String, Sendable, Hashable, Codable {
  /// The article's own text: title, dateline, headings, body.
  case text
  /// A picture caption.
  case caption
  /// A photo credit at the end of a caption ("(VCG/VCG via Getty Images)").
  case credit
}

/// One occurrence of an entity in a document.
///
/// `range` is in Unicode scalar offsets into the document's text, end-exclusive.
public struct EntityMention: Sendable, Hashable, Codable {
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
  /// Article text, caption or photo credit.
  public var region: MentionRegion
  /// The normalised value of a date resolved to a year, month or day (ISO 8601: "2023-02-28",
  /// "2024-07", "--07-04" for a day of an unknown year), of an amount ("$8.4 billion") or of a
  /// percentage ("30%"); nil for names and for relative dates ("last year", "Wednesday").
  public var value: String?

  /// A mention of entity `entityID` at `range` of document `doc`, in article text unless `region`
  /// says otherwise, with a normalised `value` for dates and amounts.
  public init(
    doc: String, range: Range<Int>, text: String, type: EntityType, entityID: String,
    region: MentionRegion = .text, value: String? = nil
  ) {
    self.doc = doc
    self.range = range
    self.text = text
    self.type = type
    self.entityID = entityID
    self.region = region
    self.value = value
  }
}

/// A real-world entity across the corpus: its canonical name, aliases and mentions.
public struct Entity: Sendable, Identifiable, Codable {
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

  /// Whether every mention is in a caption or a photo credit (none in the article's text).
  public var onlyInCaptions: Bool { !mentions.contains { $0.region == .text } }

  /// The normalised value of a date, amount or percentage (the first mention's); nil for names.
  public var value: String? { mentions.lazy.compactMap(\.value).first }

  /// A date not resolved to a year, month or day ("last year", "recent weeks", "Wednesday").
  public var isRelativeDate: Bool { type == .date && value == nil }

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
  public init(path: String, problem: String) {
    self.path = path
    self.problem = problem
  }
  /// `path: problem`, as the CLI prints it.
  public var description: String { "\(path): \(problem)" }
}
