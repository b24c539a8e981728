import ArgumentParser
import CorpusKit
import Foundation

/// `reader train-ner`: trains the entity tagger from CoNLL-2003 and writes the model file.
struct TrainNERCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train-ner",
    abstract: "Train the entity tagger on CoNLL-2003 and write the model file.",
    discussion: """
      Trains an averaged perceptron on --train, keeps the epoch with the best F1 on --valid \
      (valid is used for nothing else), and writes the model to --output. Deterministic: the \
      same data gives the same file. Build in release mode first (swift run -c release reader \
      train-ner); see docs/ner.md.
      """)

  @Option(help: "CoNLL-2003 training file.") var train: String = NERPaths.train
  @Option(help: "CoNLL-2003 development file, used to pick the number of epochs.") var valid:
    String = NERPaths.valid
  @Option(help: "Where to write the model.") var output: String = NERPaths.model
  @Option(help: "Maximum number of passes over the training data.") var epochs: Int = 12

  func run() throws {
    let start = Date()
    let trainDocs: [CoNLLDocument]
    let validDocs: [CoNLLDocument]
    do {
      trainDocs = try CoNLLReader.read(path: train)
      validDocs = try CoNLLReader.read(path: valid)
    } catch let e as EntityModelError {
      throw ReaderError.entityData(e)
    }
    var options = Trainer.Options()
    options.maxEpochs = epochs
    let (model, report) = Trainer(options: options).train(trainDocs, valid: validDocs) {
      Stderr.print($0)
    }
    do {
      try ModelFile.write(model, to: output)
    } catch let e as EntityModelError {
      throw ReaderError.entityData(e)
    }
    let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
    let score = NEREvaluation.evaluate(
      model: try ModelFile.read(path: output), documents: validDocs)
    print(
      "best epoch \(report.bestEpoch), \(report.features) features, \(size) bytes written to \(output)"
    )
    print(String(format: "training took %.1f s", Date().timeIntervalSince(start)))
    print(score.report)
  }
}
