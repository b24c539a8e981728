import ArgumentParser
import CorpusKit
import Foundation

/// `reader eval-ner [FILE]`: entity-level P/R/F1 of the bundled model on CoNLL text.
struct EvalNERCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval-ner",
    abstract: "Score the entity tagger on CoNLL-2003 text (conlleval rules), overall and per type.",
    discussion: "Without FILE, scores ../shared/data/conll2003/valid.txt.")

  @Argument(help: "A CoNLL-2003 file with gold tags in the last column.") var file: String?
  @Option(help: "A model file instead of the bundled one.") var model: String?
  @Flag(help: "Skip the document-level consistency pass.") var noConsistency = false

  func run() throws {
    let path = file ?? NERPaths.valid
    do {
      let docs = try CoNLLReader.read(path: path)
      let tagger =
        try model.map { try ModelFile.read(path: $0) } ?? EntityRecognizer.loadDefault().model
      let score = NEREvaluation.evaluate(
        model: tagger, documents: docs, consistency: !noConsistency)
      print("\(path): \(score.overall.gold) gold entities")
      print(score.report)
    } catch let e as EntityModelError {
      throw ReaderError.entityData(e)
    }
  }
}
