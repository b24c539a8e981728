import Foundation
import Testing

@_spi(Bench) @testable import CorpusKit

/// Scores the overlap engine on the hand-judged seeds answer (../shared/eval) with the PAN
/// text-alignment measures. The bar (issue 9) is plagdet ≥ 0.80 on the close pairs as
/// `reader overlaps` reads them, with the sentence encoder; the lexical engine alone is
/// guarded too. Loose pairs and verbatim vs paraphrase are reported apart.
@Suite(
  .enabled(
    if: SharedData.exists("eval/seeds-overlap.gold.json") && SharedData.exists("corpus/seeds"),
    "../shared/eval/seeds-overlap.gold.json or ../shared/corpus/seeds is absent: overlap accuracy tests skipped"
  ))
struct OverlapAccuracyTests {
  struct GoldCase {
    var reuse: ReuseCase
    var kind: String
    var strength: String
  }

  static func gold() throws -> [GoldCase] {
    let data = try Data(
      contentsOf: URL(fileURLWithPath: SharedData.path("eval/seeds-overlap.gold.json")))
    let items = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    return try items.map { g in
      let a = try #require(g["a"] as? String)
      let b = try #require(g["b"] as? String)
      let r = ReuseCase(
        aDoc: a, a: (g["a_start"] as! Int)..<(g["a_end"] as! Int), bDoc: b,
        b: (g["b_start"] as! Int)..<(g["b_end"] as! Int))
      return GoldCase(
        reuse: r.normalized, kind: g["kind"] as! String, strength: g["strength"] as! String)
    }
  }

  /// Every passage the engine finds over all unordered document pairs, repeats included.
  /// With `minConfidence`, only the passages shown at that threshold.
  /// With `encoder`, the engine reads as `reader overlaps` does by default.
  static func detections(
    _ corpus: Corpus, minConfidence: Double = 0, encoder: SentenceEncoder? = nil
  ) -> [(ReuseCase, PassageKind)] {
    let engine = OverlapEngine(corpus: corpus, encoder: encoder)
    let docs = corpus.documents
    var out: [(ReuseCase, PassageKind)] = []
    for i in docs.indices {
      for j in i..<docs.count {
        for p in engine.align(docs[i], docs[j]).passages where p.confidence >= minConfidence {
          out.append(
            (ReuseCase(aDoc: docs[i].id, a: p.a, bDoc: docs[j].id, b: p.b).normalized, p.kind))
        }
      }
    }
    return out
  }

  /// Scores one group of gold cases against the detections on the same document pairs,
  /// leaving out detections that only detect cases of another group (they are judged there).
  static func score(_ group: [GoldCase], others: [GoldCase], _ detections: [ReuseCase])
    -> PANMeasures.Scores
  {
    let pairs = Set(group.map { [$0.reuse.aDoc, $0.reuse.bDoc] })
    let relevant = detections.filter { d in
      guard pairs.contains([d.aDoc, d.bDoc]) else { return false }
      let own = group.contains { $0.reuse.detected(by: d) }
      let foreign = others.contains { $0.reuse.detected(by: d) }
      return own || !foreign
    }
    return PANMeasures.score(cases: group.map(\.reuse), detections: relevant)
  }

  static func line(_ name: String, _ s: PANMeasures.Scores) -> String {
    func f(_ x: Double) -> String { String(format: "%.3f", x) }
    return
      "\(name): plagdet \(f(s.plagdet)) precision \(f(s.precision)) recall \(f(s.recall)) granularity \(f(s.granularity)) (\(s.cases) cases, \(s.detections) detections)"
  }

  @Test func closePairsMeetThePlagdetBar() throws {
    let corpus = try CorpusLoader.load(SharedData.path("corpus/seeds"))
    let gold = try Self.gold()
    let found = Self.detections(corpus)
    let all = found.map(\.0)
    let close = gold.filter { $0.strength == "close" }
    let loose = gold.filter { $0.strength == "loose" }
    let closeScores = Self.score(close, others: loose, all)
    let looseScores = Self.score(loose, others: close, all)
    print(Self.line("close", closeScores))
    print(Self.line("loose", looseScores))
    for kind in [PassageKind.verbatim, .paraphrase] {
      let group = close.filter { $0.kind == kind.rawValue }
      let others = gold.filter { $0.kind != kind.rawValue || $0.strength != "close" }
      let mine = found.filter { $0.1 == kind }.map(\.0)
      print(
        Self.line(
          "close \(kind.rawValue) (detections of that kind)",
          Self.score(group, others: others, mine)))
      print(
        Self.line("close \(kind.rawValue) (all detections)", Self.score(group, others: others, all))
      )
    }
    // The old 0.83 came from thresholds lowered until the sample's loose matches came in,
    // which ruined precision on real pairs (issue 9). With paraphrase pairs needing evidence
    // of derivation the sample's close pairs scored about 0.59; aligning 000 telling by
    // telling (it restates 001 three times: `SelfRepeats`, `RetellingTests`) gives 0.664
    // (0.740 with the encoder). The 0.75 bar is still a known gap (000's second telling links
    // too weakly to 001 for the lexical aligner), and 0.64 guards against losing more.
    #expect(closeScores.plagdet >= 0.64)
    #expect(closeScores.precision >= 0.9)
    // What a reader sees by default: weak pieces in an ordered chain with reliable passages
    // of their pair are shown (0.553 before that rule, 0.596 with it, 0.620 telling by
    // telling).
    let shown = Self.detections(corpus, minConfidence: Alignment.defaultMinConfidence).map(\.0)
    let shownScores = Self.score(close, others: loose, shown)
    print(Self.line("close, shown passages", shownScores))
    #expect(shownScores.plagdet >= 0.61)
    #expect(shownScores.precision >= 0.95)
    withKnownIssue("issue 9: close pairs at ~0.66 (lexical) with precision-first evidence") {
      #expect(closeScores.plagdet >= 0.75)
    }
  }

  /// The bar as a reader sees it by default (`reader overlaps` loads the sentence encoder):
  /// close pairs ≥ 0.80, every passage counted. 0.740 before a condensing rewrite's chains
  /// could skip source sentences inside a pair already shown to be a rewrite
  /// (`SemanticAligner.rewriteShare`); 0.834 with them.
  @Test(.enabled(if: EncoderFiles.present, Comment(rawValue: EncoderFiles.skip)))
  func closePairsWithTheEncoderMeetTheBar() throws {
    let corpus = try CorpusLoader.load(SharedData.path("corpus/seeds"))
    let gold = try Self.gold()
    let encoder = try #require(EncoderFiles.encoder)
    let all = Self.detections(corpus, encoder: encoder).map(\.0)
    let close = gold.filter { $0.strength == "close" }
    let loose = gold.filter { $0.strength == "loose" }
    let scores = Self.score(close, others: loose, all)
    print(Self.line("close, with the encoder", scores))
    #expect(scores.plagdet >= 0.80)
    #expect(scores.precision >= 0.9)
  }
}
