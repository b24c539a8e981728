import CorpusKit
import Foundation
import Testing

@testable import CorpusIndex

/// A temporary corpus folder and an index path outside it.
struct IndexFixture {
  let dir: String
  let corpus: String
  let index: String

  init() throws {
    dir =
      FileManager.default.temporaryDirectory.appendingPathComponent(
        "reader-index-\(UUID().uuidString)"
      ).path
    corpus = dir + "/corpus"
    index = dir + "/cache/index.sqlite"
    try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
  }

  func write(_ name: String, _ text: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: corpus + "/" + name))
  }

  func remove() { try? FileManager.default.removeItem(atPath: dir) }

  /// A few articles: shared furniture lines (so cleaning depends on the whole corpus), a
  /// diacritic, a repeated passage, and a JSON Lines file with two records.
  func writeArticles() throws {
    let furniture = "Share this page\nSkip to content\n"
    try write(
      "a.txt",
      furniture
        + "Café owners protest new tax\n\nThe café owners of Lyon marched on Monday against the new tax on terraces.\n\nThey said the tax would close small businesses.\n"
    )
    try write(
      "b.txt",
      furniture
        + "Rail strike ends\n\nThe rail strike ended on Tuesday after talks with the union.\n\nTrains run again from Wednesday.\n"
    )
    try write(
      "c.md",
      furniture
        + "# Tax protest spreads\n\nThe cafe owners of Paris joined the protest against the new tax on terraces.\n"
    )
    try write(
      "d.jsonl",
      #"{"id": "j1", "title": "Budget vote", "text": "Parliament votes on the budget today."}"#
        + "\n"
        + #"{"id": "j2", "title": "Budget passed", "text": "The budget passed by ten votes."}"#
        + "\n")
  }
}

/// Everything a reader sees of a document, to compare two loads.
func fingerprint(_ c: Corpus) -> [String] {
  c.documents.map { d in
    [
      d.id, d.path, d.text.string, d.title ?? "-", d.date ?? "-", d.outlet ?? "-", d.url ?? "-",
      d.format.rawValue,
      d.paragraphs.map { "\($0.kind.rawValue)\($0.range)\($0.lines)\($0.tokens)\($0.sentences)" }
        .joined(separator: ","),
      "\(d.tokens.count) \(d.sentences)",
    ].joined(separator: "|")
  } + c.warnings.map(\.description)
}
