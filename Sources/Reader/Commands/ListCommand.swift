import ArgumentParser
import CorpusKit

/// `reader list`: every article with its title, outlet, date and body words.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the articles of the corpus.",
    discussion:
      "Ids are file names without extension (JSON Lines records: their id, else FILE#LINE).")

  @OptionGroup var corpusOptions: CorpusOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let corpus = try corpusOptions.load()
    if output.json {
      print(JSONValue.array(corpus.documents.map(Self.json)).rendered(pretty: true))
      return
    }
    print(Self.table(corpus.documents))
  }

  /// The contract's list record.
  static func json(_ d: Document) -> JSONValue {
    .object([
      ("id", .string(d.id)), ("path", .string(d.path)), ("title", .optional(d.title)),
      ("outlet", .optional(d.outlet)), ("date", .optional(d.date)),
      ("words", .int(d.bodyWordCount)),
      ("format", .string(d.format.rawValue)),
    ])
  }

  /// A plain-text table: id, date, outlet, words, format, title (or first sentence).
  static func table(_ docs: [Document]) -> String {
    let rows = docs.map { d -> [String] in
      [
        d.id, d.date ?? "-", d.outlet ?? "-", String(d.bodyWordCount), d.format.rawValue,
        DocumentLabel.title(d),
      ]
    }
    return TextTable.render(
      header: ["ID", "DATE", "OUTLET", "WORDS", "FORMAT", "TITLE"], rows: rows, rightAligned: [3])
  }
}
