import CorpusKit
import Foundation

/// `--semantic` on a benchmark: the overlap engine with the sentence encoder
/// (docs/semantic-encoder.md), which must be present; without the flag, lexical only.
enum BenchEncoder {
  static func engine(_ corpus: Corpus, _ args: [String]) throws -> OverlapEngine {
    guard args.contains("--semantic") else { return OverlapEngine(corpus: corpus) }
    let encoder = try SentenceEncoder.load(directory: SentenceEncoder.defaultDirectory())
    return OverlapEngine(corpus: corpus, encoder: encoder)
  }
}
