import ArgumentParser
import CorpusKit

/// `reader show ID`: one article, cleaned, or with its furniture marked.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show one article: the cleaned text, or every paragraph with its kind.",
    discussion: "ID is a document id from 'reader list' (a unique prefix such as 001 works too).")

  @Argument(help: "The document id.") var id: String
  @Flag(
    name: .long,
    help: "Include page furniture, captions, title and dateline, each marked with its kind.")
  var all = false
  @OptionGroup var corpusOptions: CorpusOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let corpus = try corpusOptions.load()
    let d = try CorpusOptions.document(id, in: corpus)
    if output.json {
      print(Self.json(d).rendered(pretty: true))
      return
    }
    print(Self.text(d, all: all))
  }

  /// The contract's show record.
  static func json(_ d: Document) -> JSONValue {
    let paragraphs = d.paragraphs.map { p in
      JSONValue.object([
        ("kind", .string(p.kind.rawValue)), ("start", .int(p.range.lowerBound)),
        ("end", .int(p.range.upperBound)),
        ("lines", .array([.int(p.lines.lowerBound), .int(p.lines.upperBound)])),
        ("text", .string(d.slice(p.range))),
      ])
    }
    return .object([
      ("id", .string(d.id)), ("path", .string(d.path)), ("title", .optional(d.title)),
      ("outlet", .optional(d.outlet)), ("date", .optional(d.date)),
      ("words", .int(d.bodyWordCount)),
      ("paragraphs", .array(paragraphs)),
      (
        "sentences", .array(d.sentences.map { .array([.int($0.lowerBound), .int($0.upperBound)]) })
      ),
    ])
  }

  /// Readable text: a header, then the body; with `all`, every paragraph tagged by kind.
  static func text(_ d: Document, all: Bool) -> String {
    var out: [String] = []
    out.append(d.title ?? DocumentLabel.title(d))
    let meta = [d.outlet, d.date].compactMap { $0 }
    out.append(([d.id] + meta).joined(separator: " · "))
    out.append("")
    for p in d.paragraphs {
      let text = d.slice(p.range)
      if all {
        let tag = p.kind == .body ? "" : "[\(p.kind.rawValue)] "
        out.append("\(String(format2(p.lines))) \(tag)\(text)")
        out.append("")
      } else if p.kind.isArticleText {
        out.append(p.kind == .heading ? "## \(text)" : text)
        out.append("")
      }
    }
    return out.joined(separator: "\n").trimmingCharacters(in: .newlines)
  }

  static func format2(_ r: ClosedRange<Int>) -> String {
    let s = r.lowerBound == r.upperBound ? "\(r.lowerBound)" : "\(r.lowerBound)-\(r.upperBound)"
    return s.count >= 5 ? s : s + String(repeating: " ", count: 5 - s.count)
  }
}
