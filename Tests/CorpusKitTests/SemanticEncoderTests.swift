import Foundation
import Testing

@testable import CorpusKit

/// Where the test looks for the encoder (the reader's default, or `$READER_ENCODER_DIR`).
enum EncoderFiles {
  static let directory = SentenceEncoder.defaultDirectory()
  static let present = FileManager.default.fileExists(atPath: directory + "/encoder.json")
  static let encoder: SentenceEncoder? = try? SentenceEncoder.load(directory: directory)
  static let skip = "sentence encoder absent (run scripts/fetch-encoder): encoder tests skipped"
  /// Token ids and cosines computed by scripts/encoder-reference.py (numpy and Hugging Face
  /// `tokenizers`, independent of this port).
  static func reference() throws -> [String: Any] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Data/encoder-reference.json")
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    return try #require(object as? [String: Any])
  }
}

@Suite(.enabled(if: EncoderFiles.present, Comment(rawValue: EncoderFiles.skip)))
struct SemanticEncoderTests {
  @Test func tokenizerMatchesTheReferenceTokenizer() throws {
    let encoder = try #require(EncoderFiles.encoder)
    let tokens = try #require(try EncoderFiles.reference()["tokens"] as? [String: [Int]])
    #expect(tokens.count >= 8)
    for (sentence, ids) in tokens {
      let ours = encoder.tokenizer.encode(sentence, limit: encoder.maxTokens).map(Int.init)
      #expect(ours == ids, "\(sentence)")
    }
  }

  @Test func cosinesMatchTheReferenceWithinFloat16Error() throws {
    let encoder = try #require(EncoderFiles.encoder)
    let pairs = try #require(try EncoderFiles.reference()["pairs"] as? [[String: Any]])
    let sentences = try pairs.flatMap {
      [try #require($0["a"] as? String), try #require($0["b"] as? String)]
    }
    let vectors = encoder.embed(sentences)
    #expect(vectors.count == sentences.count)
    for (k, p) in pairs.enumerated() {
      let expected = try #require(p["cosine"] as? Double)
      let got = zip(vectors[2 * k], vectors[2 * k + 1]).reduce(Float(0)) { $0 + $1.0 * $1.1 }
      #expect(abs(Double(got) - expected) < 2e-3, "\(p["a"]!) / \(p["b"]!): \(got) vs \(expected)")
    }
  }

  @Test func batchingDoesNotChangeTheVectors() throws {
    let encoder = try #require(EncoderFiles.encoder)
    let s = ["A short one.", "A somewhat longer sentence about the markets and the weather."]
    let together = encoder.embed(s)
    let apart = s.map { encoder.embed([$0])[0] }
    for (x, y) in zip(together, apart) {
      #expect(zip(x, y).allSatisfy { abs($0 - $1) < 1e-4 })
    }
    // Unit length.
    #expect(abs(together[1].reduce(0) { $0 + $1 * $1 } - 1) < 1e-3)
  }

  @Test func missingFilesAreReportedNotCrashed() {
    #expect(throws: EncoderError.self) {
      try SentenceEncoder.load(directory: "/nonexistent/reader-encoder")
    }
  }
}
