import ArgumentParser
import CorpusIndex
import CorpusKit
import Foundation

/// `--corpus PATH`: the corpus every command reads, the bundled sample by default.
struct CorpusOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "A folder (read recursively) or a file of articles: .txt, .md, .json, .jsonl.",
      discussion: "Default: the bundled sample of five articles.", valueName: "path"))
  var corpus: String?
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Skip (with a warning) any file larger than this: bytes, or a number with K, M or G.",
      discussion: "Default: 32M.", valueName: "size"),
    transform: { text in
      guard let bytes = LoadOptions.parseSize(text) else {
        throw ValidationError("--max-file-size: '\(text)' is not a size (try 32M, 500K or 1G)")
      }
      return bytes
    })
  var maxFileSize: Int?
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The corpus index (a SQLite file) to use or create.",
      discussion:
        "Default: one file per corpus folder in $XDG_CACHE_HOME/reader/ (~/.cache/reader/).",
      valueName: "path"))
  var index: String?
  @Flag(name: .long, help: "Read the corpus without an index (nothing is stored).")
  var noIndex = false

  /// Which index to use, if any.
  var indexChoice: IndexChoice { IndexChoice(path: index, disabled: noIndex) }

  /// The loader's limits from the options.
  var loadOptions: LoadOptions {
    LoadOptions(maxFileSize: maxFileSize ?? LoadOptions.defaultMaxFileSize)
  }

  /// The path to load: `--corpus`, else the bundled sample.
  func resolvedPath() throws -> String {
    if let corpus { return corpus }
    guard let sample = SampleCorpus.locate() else {
      throw ReaderError.sampleNotFound
    }
    return sample
  }

  /// Loads the corpus (through its index unless `--no-index`), printing each load warning as
  /// one line on stderr (also when no article could be read: the error then points to them),
  /// and each note of the index's.
  func load() throws -> Corpus { try loadWithIndex().corpus }

  /// Loads the corpus as `load` does, and gives the index it was read through (nil: none),
  /// where the corpus-wide analyses are kept.
  func loadWithIndex() throws -> (corpus: Corpus, index: CorpusIndex?) {
    let path = try resolvedPath()
    let loaded: (corpus: Corpus, index: CorpusIndex?)
    do {
      loaded = try IndexedOpen.loadWithIndex(
        path, isSample: self.corpus == nil, options: loadOptions, choice: indexChoice,
        note: { Stderr.print("reader: \($0)") })
    } catch let e as CorpusError {
      throw ReaderError.corpus(e)
    }
    let corpus = loaded.corpus
    for w in corpus.warnings { Stderr.print("warning: \(w)") }
    if corpus.documents.isEmpty {
      throw ReaderError.corpus(CorpusLoader.noArticles(path, corpus.warnings))
    }
    return loaded
  }

  /// The document with `id`, or a failure that says how to find ids.
  static func document(_ id: String, in corpus: Corpus) throws -> Document {
    if let d = corpus.document(id: id) { return d }
    // Accept a unique prefix ("001") as a convenience.
    let matches = corpus.documents.filter { $0.id.hasPrefix(id) }
    if matches.count == 1 { return matches[0] }
    throw ReaderError.unknownDocument(id, ambiguous: matches.count > 1)
  }
}

/// `--json`: machine-readable output per docs/cli-contract.md.
struct OutputOptions: ParsableArguments {
  @Flag(name: .long, help: "Print JSON as docs/cli-contract.md describes.")
  var json = false
}
