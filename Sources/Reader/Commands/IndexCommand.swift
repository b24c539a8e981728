import ArgumentParser
import CorpusIndex
import CorpusKit
import Foundation

/// `reader index`: builds or updates the corpus's on-disk index; `--stats` says what it holds,
/// `--vacuum` compacts it.
struct IndexCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "index",
    abstract: "Build or update the corpus index, show what it holds, or compact it.",
    discussion: """
      The index keeps each article's text, paragraph kinds and metadata and a full-text table, \
      so that the next start does not read and clean the corpus again. It lives in \
      $XDG_CACHE_HOME/reader/ (default ~/.cache/reader/), one file per corpus folder, or where \
      --index says; the corpus is never written to.
      """)

  @OptionGroup var corpusOptions: CorpusOptions
  @Flag(name: .long, help: "Print the index's file, size and counts.")
  var stats = false
  @Flag(name: .long, help: "Compact the index file.")
  var vacuum = false

  func validate() throws {
    if corpusOptions.noIndex { throw ValidationError("--no-index: 'reader index' needs an index") }
  }

  func run() throws {
    let (index, loaded) = try IndexedOpen.openForCommand(corpusOptions)
    if vacuum {
      let (before, after) = try index.vacuum()
      print("vacuumed \(index.path): \(Self.size(before)) -> \(Self.size(after))")
    }
    if stats || !vacuum {
      let s = try index.stats()
      print("index:    \(s.path)")
      print("size:     \(Self.size(s.bytes))")
      print("files:    \(s.files)")
      print("articles: \(s.articles)")
      print("engine:   \(s.engine) (schema \(s.schema))")
      print(
        "analyses: "
          + (s.analyses.isEmpty
            ? "none stored yet (the browser, 'reader dups' and 'reader entities' store them)"
            : s.analyses.joined(separator: ", ")
              + "; entity mentions of \(s.mentionDocuments) articles"))
      print(
        "this run: \(loaded.reusedFiles) files from the index, \(loaded.readFiles) read, \(loaded.removedFiles) gone"
      )
    }
  }

  static func size(_ bytes: Int64) -> String {
    bytes >= 1 << 20
      ? String(format: "%.1f MB", Double(bytes) / 1_048_576)
      : String(format: "%.1f KB", Double(bytes) / 1024)
  }
}
