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
      body is mostly covered; an earlier stated date breaks ties. Each cluster of copies is a \
      tree: its likely source, then each member under the member it is closest to; inside a \
      cluster only those pairs are listed unless --all-pairs is given. Pairs that tell the \
      same event in their own words (the same rare names and figures, each the other's \
      closest article, no shared passage) are listed apart as same-story: not a copy.
      """)

  @Flag(
    name: .customLong("all-pairs"), help: "List every pair inside a cluster, not only its tree.")
  var allPairs = false
  @Flag(
    name: .customLong("repeats"),
    help: "Also list the passages each article repeats inside itself (left out by default).")
  var repeats = false
  @OptionGroup var corpusOptions: CorpusOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let (corpus, index) = try corpusOptions.loadWithIndex()
    let report = IndexedOpen.duplicates(corpus, index: index)
    print(
      output.json
        ? Self.json(report, allPairs: allPairs).rendered(pretty: true)
        : Self.text(
          report, allPairs: allPairs, repeats: repeats,
          titles: Dictionary(
            corpus.documents.map { ($0.id, DocumentLabel.title($0)) },
            uniquingKeysWith: { a, _ in a }
          )))
  }

  /// The contract's dups record, with the added `derived`, `trees` and `repeats` fields.
  static func json(_ r: DuplicateReport, allPairs: Bool = false) -> JSONValue {
    .object([
      (
        "pairs",
        .array(
          (allPairs ? r.pairs : r.treePairs).map { p in
            .object([
              ("a", .string(p.a)), ("b", .string(p.b)), ("similarity", .double(p.similarity)),
              ("shared_a", .double(p.sharedA)), ("shared_b", .double(p.sharedB)),
              ("relation", .string(p.relation.rawValue)), ("derived", .optional(p.derived)),
            ])
          })
      ),
      ("clusters", .array(r.clusters.map { .array($0.map(JSONValue.string)) })),
      (
        "same_story",
        .array(
          r.sameStory.map { p in
            .object([
              ("a", .string(p.a)), ("b", .string(p.b)), ("similarity", .double(p.similarity)),
              ("relation", .string(p.relation.rawValue)),
            ])
          })
      ),
      (
        "trees",
        .array(
          r.trees.map { t in
            .object([
              ("source", .string(t.source)),
              (
                "members",
                .array(
                  t.members.map { m in
                    .object([
                      ("id", .string(m.id)), ("parent", .optional(m.parent)),
                      ("relation", .optional(m.relation?.rawValue)),
                      ("similarity", .double(m.similarity)),
                    ])
                  })
              ),
            ])
          })
      ),
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
                      ("confidence", .double(p.confidence)),
                    ])
                  })
              ),
            ])
          })
      ),
    ])
  }

  /// Plain text: a table of pairs with both titles, then the clusters (with titles) and, with
  /// `repeats`, the passages repeated inside one article (else a line saying how to see them).
  static func text(
    _ r: DuplicateReport, allPairs: Bool = false, repeats: Bool = false,
    titles: [String: String] = [:]
  ) -> String {
    func title(_ id: String) -> String {
      titles[id].map {
        "“" + TextTable.clip($0.replacingOccurrences(of: "\n", with: " "), 58) + "”"
      }
        ?? ""
    }
    var out: [String] = []
    let pairs = allPairs ? r.pairs : r.treePairs
    if pairs.isEmpty {
      out.append("No two articles share a passage.")
    } else {
      let rows = pairs.map { p in
        [
          p.a, p.b, String(format2: p.similarity), OverlapsCommand.percent(p.sharedA),
          OverlapsCommand.percent(p.sharedB), p.relation.rawValue, p.derived ?? "",
          title(p.a), title(p.b),
        ]
      }
      out.append(
        TextTable.render(
          header: [
            "A", "B", "similarity", "shared A", "shared B", "relation", "derived", "title A",
            "title B",
          ],
          rows: rows,
          rightAligned: [2, 3, 4]))
    }
    if pairs.count < r.pairs.count {
      out.append(
        "(\(r.pairs.count - pairs.count) more pairs inside clusters: --all-pairs lists them)")
    }
    if !r.trees.isEmpty {
      out.append("")
      out.append("Clusters (likely source first; each member under its closest earlier member):")
      for t in r.trees {
        var depth: [String: Int] = [t.source: 0]
        for m in t.members {
          let d = m.parent.flatMap { depth[$0] }.map { $0 + 1 } ?? 0
          depth[m.id] = d
          let indent = String(repeating: "  ", count: d + 1)
          if let p = m.parent {
            out.append(
              "\(indent)\(m.id)  \(m.relation?.rawValue ?? "") of \(p), similarity \(String(format2: m.similarity))  \(title(m.id))"
            )
          } else {
            out.append("\(indent)\(m.id)  (source, \(t.members.count) members)  \(title(m.id))")
          }
        }
      }
    }
    if !r.sameStory.isEmpty {
      out.append("")
      out.append("Same story (one event told in other words; no text copied):")
      out.append(
        TextTable.render(
          header: ["A", "B", "similarity", "relation", "title A", "title B"],
          rows: r.sameStory.map { p in
            [p.a, p.b, String(format2: p.similarity), p.relation.rawValue, title(p.a), title(p.b)]
          },
          rightAligned: [2]))
    }
    if !r.repeats.isEmpty, !repeats {
      out.append("")
      out.append(
        "(\(r.repeats.count) article\(r.repeats.count == 1 ? " repeats" : "s repeat") passages"
          + " of \(r.repeats.count == 1 ? "its" : "their") own: --repeats lists them)")
    } else if !r.repeats.isEmpty {
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
