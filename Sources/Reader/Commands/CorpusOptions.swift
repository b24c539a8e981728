import ArgumentParser
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

  /// The path to load: `--corpus`, else the bundled sample.
  func resolvedPath() throws -> String {
    if let corpus { return corpus }
    guard let sample = SampleCorpus.locate() else {
      throw ReaderError.sampleNotFound
    }
    return sample
  }

  /// Loads the corpus, printing each load warning as one line on stderr.
  func load() throws -> Corpus {
    let path = try resolvedPath()
    let corpus: Corpus
    do {
      corpus = try CorpusLoader.load(path)
    } catch let e as CorpusError {
      throw ReaderError.corpus(e)
    }
    for w in corpus.warnings { Stderr.print("warning: \(w)") }
    return corpus
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

/// Writes to standard error.
enum Stderr {
  static func print(_ s: String) {
    FileHandle.standardError.write(Data((s + "\n").utf8))
  }
}
