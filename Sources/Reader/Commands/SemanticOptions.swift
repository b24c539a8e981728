import ArgumentParser
import CorpusKit
import Foundation

/// `--semantic` / `--no-semantic`: whether pairwise comparison also uses the sentence encoder
/// (docs/semantic-encoder.md) to find passages rewritten in other words.
struct SemanticOptions: ParsableArguments {
  /// Whether the encoder is used when neither flag is given.
  static let onByDefault = false

  @Flag(
    inversion: .prefixedNo,
    help: """
      Also find passages rewritten in other words with the sentence encoder \
      (scripts/fetch-encoder; default: \(onByDefault ? "on" : "off")).
      """)
  var semantic: Bool = onByDefault

  /// The encoder when asked for; nil (with one note on stderr) when its files are absent.
  func encoder() -> SentenceEncoder? {
    guard semantic else { return nil }
    return Self.load()
  }

  /// The encoder from its default folder, or nil with one note on stderr.
  static func load() -> SentenceEncoder? {
    let dir = SentenceEncoder.defaultDirectory()
    do {
      return try SentenceEncoder.load(directory: dir)
    } catch {
      FileHandle.standardError.write(
        Data("reader: no sentence encoder (\(error)); comparing lexically\n".utf8))
      return nil
    }
  }
}
