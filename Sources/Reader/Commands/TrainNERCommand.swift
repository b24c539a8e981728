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
  @Option(
    name: .customLong("hold-out"),
    help: ArgumentHelp(
      "Hold out every n-th training document, train on the rest and report F1 on the held-out "
        + "part too (a check of generalisation that does not tune on valid).", valueName: "n"))
  var holdOut: Int?
  @Option(
    help: ArgumentHelp(
      "Folder with first-names.txt (and, if present, surnames.txt; one name a line) for the "
        + "name gazetteer; 'none' trains without.", valueName: "dir"))
  var names: String = NERPaths.names
  @Option(
    help: ArgumentHelp(
      "Word-cluster table ('reader build-clusters'); 'none' trains without.", valueName: "file"))
  var clusters: String = NERPaths.clusters
  @Flag(
    name: .customLong("no-history"),
    help: "Train without the prediction-history features (docs/ner.md).")
  var noHistory = false
  @Option(
    name: .customLong("history-epochs"),
    help: ArgumentHelp(
      "Passes over the data of each first-pass model that gives the history its training labels.",
      valueName: "n"))
  var historyEpochs: Int = 8

  func run() throws {
    let start = Date()
    var trainDocs: [CoNLLDocument]
    let validDocs: [CoNLLDocument]
    var heldOut: [CoNLLDocument] = []
    do {
      trainDocs = try CoNLLReader.read(path: train)
      validDocs = try CoNLLReader.read(path: valid)
    } catch let e as EntityModelError {
      throw ReaderError.entityData(e)
    }
    if let n = holdOut {
      guard n >= 2 else { throw ValidationError("--hold-out needs n >= 2") }
      heldOut = trainDocs.enumerated().filter { $0.offset % n == n - 1 }.map(\.element)
      trainDocs = trainDocs.enumerated().filter { $0.offset % n != n - 1 }.map(\.element)
    }
    var options = Trainer.Options()
    options.maxEpochs = epochs
    options.history = !noHistory
    options.historyEpochs = historyEpochs
    if names != "none" {
      // first-names.txt is required; surnames.txt is read when present (tried, not shipped:
      // docs/ner.md).
      for (file, required) in [("first-names.txt", true), ("surnames.txt", false)] {
        let path = URL(fileURLWithPath: names).appendingPathComponent(file).path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
          if !required { continue }
          throw ReaderError.entityData(
            EntityModelError(
              path: path,
              problem: "name list missing; run scripts/build-name-lists.sh or pass --names none"))
        }
        let list = text.split(separator: "\n").map(String.init)
        if required { options.firstNames = list } else { options.surnames = list }
      }
    }
    if clusters != "none" {
      guard let text = try? String(contentsOfFile: clusters, encoding: .utf8) else {
        throw ReaderError.entityData(
          EntityModelError(
            path: clusters,
            problem: "cluster table missing; run 'reader build-clusters' or pass --clusters none"))
      }
      do { options.clusters = try WordClusters(text: text) } catch let e as EntityModelError {
        throw ReaderError.entityData(
          EntityModelError(path: clusters, problem: e.description))
      }
    }
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
    if !heldOut.isEmpty {
      let held = NEREvaluation.evaluate(model: try ModelFile.read(path: output), documents: heldOut)
      print("held-out training documents (\(heldOut.count) of \(heldOut.count + trainDocs.count)):")
      print(held.report)
    }
  }
}
