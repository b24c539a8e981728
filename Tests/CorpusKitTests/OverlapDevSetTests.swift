import Foundation
import Testing

@_spi(Bench) @testable import CorpusKit

/// The overlap engine on the PAN 2013 development set (../shared/eval/dev/reuse-pan13): the
/// PAN measures of the passages shown by default (confidence at least
/// `Alignment.defaultMinConfidence`) over the positive pairs, and the negative pairs that get
/// any passage. The same figures as `reader-bench reuse-dev` and `../shared/tools/score-reuse`.
@Suite(
  .enabled(
    if: SharedData.exists("eval/dev/reuse-pan13/gold.json"),
    "../shared/eval/dev/reuse-pan13 is absent: PAN 2013 dev-set tests skipped"))
struct OverlapDevSetTests {
  static let dir = "eval/dev/reuse-pan13"

  static func pairs(_ file: String) throws -> [(String, String)] {
    try String(contentsOfFile: SharedData.path("\(dir)/\(file)"), encoding: .utf8)
      .split(separator: "\n").compactMap { line in
        let f = line.split(separator: " ").map { stem(String($0)) }
        return f.count >= 2 ? (f[0], f[1]) : nil
      }
  }

  static func stem(_ s: String) -> String { s.hasSuffix(".txt") ? String(s.dropLast(4)) : s }

  static func gold() throws -> [ReuseCase] {
    let data = try Data(contentsOf: URL(fileURLWithPath: SharedData.path("\(dir)/gold.json")))
    let items = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    return try items.map { g in
      ReuseCase(
        aDoc: stem(try #require(g["a"] as? String)),
        a: try #require(g["a_start"] as? Int)..<(try #require(g["a_end"] as? Int)),
        bDoc: stem(try #require(g["b"] as? String)),
        b: try #require(g["b_start"] as? Int)..<(try #require(g["b_end"] as? Int)))
    }
  }

  /// Every pair of the set (361 positive, 200 negative): about a minute in a debug build.
  @Test func devSetMeetsThePlagdetAndNegativeBars() throws {
    let corpus = try CorpusLoader.load(SharedData.path("\(Self.dir)/docs"))
    let engine = OverlapEngine(corpus: corpus)
    let eval = ReuseEvaluation.run(
      engine, positives: try Self.pairs("pairs"), gold: try Self.gold(),
      negatives: try Self.pairs("negative-pairs"), minScore: Alignment.defaultMinConfidence)
    let s = eval.scores
    print(
      "PAN 2013 dev: plagdet \(s.plagdet) recall \(s.recall) precision \(s.precision) granularity \(s.granularity); negatives \(eval.negativesHit)/\(eval.negativesTried)"
    )
    #expect(s.cases == 458)
    #expect(s.plagdet >= 0.95)
    #expect(s.precision >= 0.95 && s.recall >= 0.95)
    #expect(eval.negativesHit <= 2)
    // The dev set holds no rewrites: a paraphrase shown there is a topic match.
    let shownParaphrases = eval.detections.filter { $0.passage.kind == .paraphrase }
    #expect(shownParaphrases.count <= 2, "\(shownParaphrases.count) paraphrase passages shown")
  }
}
