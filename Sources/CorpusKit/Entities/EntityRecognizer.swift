import Foundation

/// Finds entity mentions in a document's article text (furniture yields none).
///
/// The statistical tagger and the date/money rules live behind this type; the
/// model is loaded once from the bundled file.
public struct EntityRecognizer: Sendable {
  /// The recogniser with the model shipped in CorpusKit's resources.
  public static func loadDefault() throws -> EntityRecognizer {
    throw EntityModelError(path: "Entities/Model", problem: "no trained model yet")
  }

  /// Mentions in `document`, sorted by offset, with per-document canonical ids
  /// (the corpus-wide merge is done by `EntityIndex`).
  public func mentions(in document: Document) -> [EntityMention] { [] }
}
