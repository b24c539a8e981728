import ArgumentParser
import CorpusKit

/// `reader dups`: duplicates, rewrites and shared passages across the corpus.
struct DupsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dups",
    abstract: "List the article pairs that share text, the clusters of copies, and repeats.",
    discussion: """
      A pair is a duplicate (the same text), a rewrite (one article is mostly the other's \
      content, reworded or cut) or shares some passages. The derived article is the one whose \
      body is mostly covered; an earlier stated date breaks ties.
      """)

  @OptionGroup var corpusOptions: CorpusOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let corpus = try corpusOptions.load()
    let report = OverlapEngine(corpus: corpus).duplicates()
    print(output.json ? Self.json(report).rendered(pretty: true) : Self.text(report))
  }

  /// The contract's dups record, with the added `derived` and `repeats` fields.
  static func json(_ r: DuplicateReport) -> JSONValue {
    .object([
      (
        "pairs",
        .array(
          r.pairs.map { p in
            .object([
              ("a", .string(p.a)), ("b", .string(p.b)), ("similarity", .double(p.similarity)),
              ("shared_a", .double(p.sharedA)), ("shared_b", .double(p.sharedB)),
              ("relation", .string(p.relation.rawValue)), ("derived", .optional(p.derived)),
            ])
          })
      ),
      ("clusters", .array(r.clusters.map { .array($0.map(JSONValue.string)) })),
      (
        "repeats",
        .array(
          r.repeats.map { al in
            .object([
              ("id", .string(al.a)), ("coverage", .double(al.coverageA)),
              (
                "passages",
                .array(
                  al.passages.map { p in
                    .object([
                      ("a_start", .int(p.a.lowerBound)), ("a_end", .int(p.a.upperBound)),
                      ("b_start", .int(p.b.lowerBound)), ("b_end", .int(p.b.upperBound)),
                      ("kind", .string(p.kind.rawValue)), ("score", .double(p.score)),
                    ])
                  })
              ),
            ])
          })
      ),
    ])
  }

  /// Plain text: a table of pairs, then the clusters and the repeats.
  static func text(_ r: DuplicateReport) -> String {
    var out: [String] = []
    if r.pairs.isEmpty {
      out.append("No two articles share a passage.")
    } else {
      let rows = r.pairs.map { p in
        [
          p.a, p.b, String(format2: p.similarity), OverlapsCommand.percent(p.sharedA),
          OverlapsCommand.percent(p.sharedB), p.relation.rawValue, p.derived ?? "",
        ]
      }
      out.append(
        TextTable.render(
          header: ["A", "B", "similarity", "shared A", "shared B", "relation", "derived"],
          rows: rows,
          rightAligned: [2, 3, 4]))
    }
    if !r.clusters.isEmpty {
      out.append("")
      out.append("Clusters:")
      for c in r.clusters { out.append("  " + c.joined(separator: ", ")) }
    }
    if !r.repeats.isEmpty {
      out.append("")
      out.append("Repeats inside one article:")
      for al in r.repeats {
        out.append(
          "  \(al.a): \(al.passages.count) repeated passage\(al.passages.count == 1 ? "" : "s")")
      }
    }
    return out.joined(separator: "\n")
  }
}
