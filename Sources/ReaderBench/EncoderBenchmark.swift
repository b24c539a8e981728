import CorpusKit
import Foundation

/// `reader-bench encoder [--sentences N] [--runs R]`: sentences per second of the sentence
/// encoder (docs/semantic-encoder.md) on the first N sentences of the PAN 2013 dev essays
/// (cut at '.', '?', '!', 5 words or more), in batches as the aligner sends them; median CPU
/// and wall time of R runs. The encoder must be fetched (scripts/fetch-encoder).
enum EncoderBenchmark {
  static func run(_ args: [String]) throws {
    let options = BenchOptions(args)
    let n = options.int("--sentences", default: 400)
    let runs = options.int("--runs", default: 3)
    let encoder = try SentenceEncoder.load(directory: SentenceEncoder.defaultDirectory())
    let corpus = try CorpusLoader.load(BenchPaths.shared + "/eval/dev/reuse-pan13/docs")
    var sentences: [String] = []
    outer: for d in corpus.documents {
      for s in d.text.string.split(whereSeparator: { ".?!".contains($0) }) {
        let t = s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if t.split(separator: " ").count >= 5 { sentences.append(t) }
        if sentences.count >= n { break outer }
      }
    }
    let tokens = sentences.reduce(0) { $0 + encoder.tokenCount($1) }
    var wall: [Double] = []
    var cpu: [Double] = []
    for _ in 0..<runs {
      let t0 = Clock.now
      let c0 = ProcessCPU.seconds
      _ = encoder.embed(sentences)
      wall.append(Clock.now - t0)
      cpu.append(ProcessCPU.seconds - c0)
    }
    let w = wall.sorted()[runs / 2]
    let c = cpu.sorted()[runs / 2]
    print(
      String(
        format:
          "%d sentences (%.1f tokens each): %.0f sentences/s wall (%.2f s), %.0f sentences/s of CPU (%.2f s); median of %d",
        sentences.count, Double(tokens) / Double(max(1, sentences.count)),
        Double(sentences.count) / w, w, Double(sentences.count) / c, c, runs))
  }
}
