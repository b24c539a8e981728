import ArgumentParser
@_spi(Bench) import CorpusKit
import Foundation

/// `reader build-clusters`: learns the word-cluster table the tagger's cluster features use.
struct BuildClustersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build-clusters",
    abstract: "Learn word clusters from unlabeled text for the entity tagger.",
    discussion: """
      Reads the words of the CoNLL-2003 training text (not its labels) and of a news corpus \
      (default ../shared/corpus/bbc, every paragraph but boilerplate), and writes one \
      'path<TAB>word<TAB>count' line per word seen at least --min-count times. Deterministic: \
      the same text gives the same file. Then run 'reader train-ner'; see docs/ner.md.
      """)

  @Option(help: "CoNLL-2003 training file (its words only).") var train: String = NERPaths.train
  @Option(help: "News corpus folder or file.") var corpus: String = NERPaths.bbc
  @Option(help: "Where to write the table.") var output: String = NERPaths.clusters
  @Option(help: "Words seen fewer times get no cluster.") var minCount: Int = 3
  @Option(help: "Levels of the tree (longest path).") var depth: Int = 20
  @Option(help: "Flat clusters (leaves of the tree).") var leaves: Int = 256
  @Option(
    name: .customLong("hold-out"),
    help: ArgumentHelp(
      "Leave out every n-th training document, as 'train-ner --hold-out n' does.",
      valueName: "n"))
  var holdOut: Int?

  func run() throws {
    let start = Date()
    var sentences: [[String]] = []
    let docs: [CoNLLDocument]
    do { docs = try CoNLLReader.read(path: train) } catch let e as EntityModelError {
      throw ReaderError.entityData(e)
    }
    for (i, d) in docs.enumerated() {
      if let n = holdOut, n >= 2, i % n == n - 1 { continue }
      for s in d.sentences { sentences.append(s.words.map { ClusterBuilder.normalize($0[...]) }) }
    }
    let trainSentences = sentences.count
    let loaded = try CorpusLoader.load(corpus)
    for doc in loaded.documents {
      let scalars = doc.text.scalars
      for p in doc.paragraphs where p.kind != .boilerplate && !p.tokens.isEmpty {
        sentences.append(
          doc.tokens[p.tokens].map { t in
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[t.range])
            return ClusterBuilder.normalize(String(s)[...])
          })
      }
    }
    let tokens = sentences.reduce(0) { $0 + $1.count }
    Stderr.print(
      "\(trainSentences) training sentences, \(sentences.count - trainSentences) corpus paragraphs "
        + "(\(loaded.documents.count) documents), \(tokens) tokens")
    var options = ClusterBuilder.Options()
    options.minCount = minCount
    options.depth = depth
    options.clusters = leaves
    let entries = ClusterBuilder(options: options).build(sentences)
    var text = ""
    for e in entries { text += "\(e.path)\t\(e.word)\t\(e.count)\n" }
    let url = URL(fileURLWithPath: output)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
    print(
      "\(entries.count) words in \(Set(entries.map(\.path)).count) leaves written to \(output)")
    print(String(format: "took %.1f s", Date().timeIntervalSince(start)))
  }
}
