import Foundation
import Testing

@testable import CorpusKit
@testable import Reader

/// `reader overlaps` with and without the sentence encoder (docs/semantic-encoder.md): the
/// default follows `SemanticOptions.onByDefault`, `--no-semantic` always compares lexically,
/// and absent encoder files give the lexical answer with one note on stderr.
@Suite(.serialized) struct SemanticCLITests {
  static let note = "no sentence encoder"

  @Test func absentEncoderFilesGiveTheLexicalAnswerWithOneNote() throws {
    let missing = ["READER_ENCODER_DIR": "/nonexistent/reader-encoder"]
    let args = ["overlaps", "000", "001", "--json", "--min-score", "0"]
    let byDefault = try ReaderRun.run(args, extraEnvironment: missing)
    let lexical = try ReaderRun.run(args + ["--no-semantic"], extraEnvironment: missing)
    #expect(byDefault.status == 0 && lexical.status == 0)
    #expect(byDefault.stdout == lexical.stdout)
    let notes = byDefault.stderr.components(separatedBy: "\n").filter { $0.contains(Self.note) }
    #expect(notes.count == (SemanticOptions.onByDefault ? 1 : 0), "\(byDefault.stderr)")
    #expect(!lexical.stderr.contains(Self.note))
  }

  @Test(
    .enabled(
      if: FileManager.default.fileExists(
        atPath: SentenceEncoder.defaultDirectory() + "/encoder.json"),
      "sentence encoder absent (run scripts/fetch-encoder)"))
  func theDefaultFindsTheSampleRewriteOnlyWhenTheEncoderIsOn() throws {
    let args = ["overlaps", "000", "001", "--json"]
    func passages(_ extra: [String]) throws -> [[String: Any]] {
      let r = try ReaderRun.run(args + extra)
      #expect(r.status == 0 && !r.stderr.contains(Self.note), "\(r.stderr)")
      let root = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
      return try #require(root?["passages"] as? [[String: Any]])
    }
    let lexical = try passages(["--no-semantic"])
    let semantic = try passages(["--semantic"])
    let byDefault = try passages([])
    // The encoder adds a shown rewrite of 000 from 001 to what the lexical aligner shows: more of
    // 000 is covered by shown passages. (Counting passages no longer tells: the lexical aligner's
    // short pieces in a chain with reliable passages are shown too, where the encoder finds one
    // whole rewrite.)
    #expect(Self.covered(semantic) > Self.covered(lexical))
    #expect(byDefault.count == (SemanticOptions.onByDefault ? semantic.count : lexical.count))
  }

  /// Characters of the first article inside at least one of `passages`.
  static func covered(_ passages: [[String: Any]]) -> Int {
    var offsets = Set<Int>()
    for p in passages {
      guard let start = p["a_start"] as? Int, let end = p["a_end"] as? Int, start < end else {
        continue
      }
      offsets.formUnion(start..<end)
    }
    return offsets.count
  }
}
