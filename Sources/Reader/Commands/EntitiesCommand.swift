import ArgumentParser
import CorpusKit

/// `reader entities`: the people, organisations, places, dates and amounts named in the corpus.
struct EntitiesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "entities",
    abstract: "List the entities named in the corpus (or one document), by type and count.",
    discussion: """
      Mentions that refer to one real-world entity share one id, its canonical name \
      ("Lukashenko" → "Alexander Lukashenko"). Page furniture yields no entities. Types: PER, \
      ORG, LOC, MISC (nationalities, events, ...), DATE, MONEY, PERCENT. Relative dates \
      ("last year") are listed only with --doc. See docs/ner.md.
      """)

  @OptionGroup var corpusOptions: CorpusOptions
  @OptionGroup var output: OutputOptions
  @Option(
    help: ArgumentHelp(
      "Only entities mentioned in this document (and only its mentions).", valueName: "id"))
  var doc: String?

  func run() throws {
    let (corpus, store) = try corpusOptions.loadWithIndex()
    let docID = try doc.map { try CorpusOptions.document($0, in: corpus).id }
    let recognizer: EntityRecognizer
    do { recognizer = try EntityRecognizer.loadDefault() } catch let e as EntityModelError {
      throw ReaderError.entityData(e)
    }
    let index = IndexedOpen.entities(corpus, index: store, recognizer: recognizer)
    var entities = docID.map { index.entities(inDocument: $0) } ?? index.corpusEntities
    if let docID {
      entities = entities.map { e in
        var e = e
        e.mentions = e.mentions.filter { $0.doc == docID }
        return e
      }
    }
    if output.json {
      print(JSONValue.array(entities.map(Self.json)).rendered(pretty: true))
      return
    }
    print(Self.table(entities))
  }

  /// The contract's entity record.
  static func json(_ e: Entity) -> JSONValue {
    let mentions = e.mentions.map { m -> JSONValue in
      .object([
        ("doc", .string(m.doc)), ("start", .int(m.range.lowerBound)),
        ("end", .int(m.range.upperBound)), ("text", .string(m.text)),
        ("region", .string(m.region.rawValue)),
      ])
    }
    var fields: [(String, JSONValue)] = [("id", .string(e.id)), ("type", .string(e.type.rawValue))]
    if let v = e.value { fields.append(("value", .string(v))) }
    fields.append(("aliases", .array(e.aliases.map(JSONValue.string))))
    fields.append(("mentions", .array(mentions)))
    return .object(fields)
  }

  /// A table grouped by type (PER, ORG, LOC, MISC, DATE, MONEY, PERCENT), most mentioned first.
  static func table(_ entities: [Entity]) -> String {
    let order = Dictionary(uniqueKeysWithValues: EntityType.allCases.enumerated().map { ($1, $0) })
    let sorted = entities.sorted {
      (order[$0.type]!, -$0.mentions.count, $0.id) < (order[$1.type]!, -$1.mentions.count, $1.id)
    }
    let rows = sorted.map { e -> [String] in
      let docs = Set(e.mentions.map(\.doc)).count
      let others = e.aliases.filter { $0 != e.id }
      return [
        e.type.rawValue, e.id, String(e.mentions.count), String(docs),
        others.joined(separator: ", "),
      ]
    }
    if rows.isEmpty { return "no entities" }
    return TextTable.render(
      header: ["TYPE", "ENTITY", "MENTIONS", "DOCS", "ALIASES"], rows: rows, rightAligned: [2, 3])
  }
}
