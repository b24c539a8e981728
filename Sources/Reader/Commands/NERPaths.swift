import Foundation

/// Where the NER commands find their data and write the model by default: paths in the
/// source tree the binary was built from (the CoNLL data sits in ../shared beside the package).
enum NERPaths {
  /// The package root: three levels above this file.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  /// `../shared/data/conll2003` beside the package, else beside the working directory.
  static var conll: URL {
    let beside = root.deletingLastPathComponent().appendingPathComponent("shared/data/conll2003")
    if FileManager.default.fileExists(atPath: beside.path) { return beside }
    return URL(fileURLWithPath: "../shared/data/conll2003")
  }
  static var train: String { conll.appendingPathComponent("train.txt").path }
  static var valid: String { conll.appendingPathComponent("valid.txt").path }
  /// The person-name lists (`scripts/build-name-lists.sh`) in the source tree.
  static var names: String { root.appendingPathComponent("data/names").path }
  /// The word-cluster table (`reader build-clusters`) in the source tree.
  static var clusters: String { root.appendingPathComponent("data/clusters/clusters.txt").path }
  /// The BBC news corpus beside the package (unlabeled text for the clusters).
  static var bbc: String {
    root.deletingLastPathComponent().appendingPathComponent("shared/corpus/bbc").path
  }
  /// The model file in the source tree (bundled into CorpusKit at the next build).
  static var model: String {
    root.appendingPathComponent("Sources/CorpusKit/Entities/Model/ner.model").path
  }
}
