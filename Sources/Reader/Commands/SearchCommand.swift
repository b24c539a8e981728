import ArgumentParser
import CorpusIndex
import CorpusKit
import Foundation

/// `reader search QUERY`: the articles whose text matches, best first, from the index.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search the text of every article (through the corpus index).",
    discussion: """
      QUERY is words (all must occur), "a phrase", prefix* and AND / OR / NOT; accents are \
      ignored (cafe finds café). A query that is not valid syntax is searched as plain words. \
      Prints each hit's id, the scalar offsets of its matches in the article's text and a \
      snippet with the matches in [brackets]. Titles and article text are searched, not page \
      furniture.
      """)

  @Argument(help: "What to search for.") var query: String
  @Option(name: .long, help: "At most this many articles (default 20).") var limit = 20
  @OptionGroup var corpusOptions: CorpusOptions
  @OptionGroup var output: OutputOptions

  func validate() throws {
    if limit < 1 { throw ValidationError("--limit: must be at least 1") }
    if corpusOptions.noIndex { throw ValidationError("--no-index: 'reader search' needs an index") }
  }

  func run() throws {
    let (index, _) = try IndexedOpen.openForCommand(corpusOptions)
    let hits = try index.search(query, limit: limit)
    if output.json {
      print(JSONValue.array(hits.map(Self.json)).rendered(pretty: true))
      return
    }
    if hits.isEmpty {
      print("no article matches '\(query)'")
      return
    }
    for h in hits {
      let offsets = h.matches.prefix(5).map { "\($0.lowerBound)-\($0.upperBound)" }
        .joined(separator: ",")
      let more = h.matches.count > 5 ? ",…" : ""
      print(
        "\(h.id)  \(h.matches.count) match\(h.matches.count == 1 ? "" : "es") at \(offsets)\(more)")
      print("  \(Self.bracketed(h))")
    }
  }

  /// The contract's search record.
  static func json(_ h: SearchHit) -> JSONValue {
    .object([
      ("id", .string(h.id)), ("title", .optional(h.title)),
      ("matches", .array(h.matches.map { .array([.int($0.lowerBound), .int($0.upperBound)]) })),
      ("snippet", .string(h.snippet)),
      (
        "snippet_matches",
        .array(h.snippetMatches.map { .array([.int($0.lowerBound), .int($0.upperBound)]) })
      ),
    ])
  }

  /// The snippet with its matches in brackets.
  static func bracketed(_ h: SearchHit) -> String {
    let text = ScalarText(h.snippet)
    var out = ""
    var at = 0
    for m in h.snippetMatches {
      out += text.slice(at..<m.lowerBound) + "[" + text.slice(m) + "]"
      at = m.upperBound
    }
    return out + text.slice(at..<text.count)
  }
}
