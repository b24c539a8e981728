import Foundation
import Testing

@_spi(Bench) @testable import CorpusKit

/// The PAN text-alignment measures on small made-up cases.
struct OverlapPANMeasuresTests {
  func reuse(_ a: Range<Int>, _ b: Range<Int>, _ da: String = "x", _ db: String = "y") -> ReuseCase
  {
    ReuseCase(aDoc: da, a: a, bDoc: db, b: b)
  }

  @Test func exactDetectionScoresOne() {
    let s = PANMeasures.score(
      cases: [reuse(0..<100, 50..<150)], detections: [reuse(0..<100, 50..<150)])
    #expect(s.precision == 1 && s.recall == 1 && s.granularity == 1 && s.plagdet == 1)
  }

  @Test func halfDetectionHalvesRecallOnly() {
    // Detects the first half of both sides.
    let s = PANMeasures.score(cases: [reuse(0..<100, 0..<100)], detections: [reuse(0..<50, 0..<50)])
    #expect(s.precision == 1)
    #expect(abs(s.recall - 0.5) < 1e-9)
    #expect(abs(s.plagdet - 2.0 / 3.0) < 1e-9)
  }

  @Test func splitDetectionIsPenalisedByGranularity() {
    let s = PANMeasures.score(
      cases: [reuse(0..<100, 0..<100)],
      detections: [reuse(0..<50, 0..<50), reuse(50..<100, 50..<100)])
    #expect(s.precision == 1 && s.recall == 1)
    #expect(s.granularity == 2)
    #expect(abs(s.plagdet - 1 / log2(3.0)) < 1e-9)
  }

  @Test func pairsAreUnordered() {
    let s = PANMeasures.score(
      cases: [reuse(0..<10, 20..<40, "x", "y")], detections: [reuse(20..<40, 0..<10, "y", "x")])
    #expect(s.plagdet == 1)
    // Inside one document the two passages may come in either order too.
    let t = PANMeasures.score(
      cases: [reuse(0..<10, 20..<40, "x", "x")], detections: [reuse(20..<40, 0..<10, "x", "x")])
    #expect(t.plagdet == 1)
  }

  @Test func overlapOnOneSideOnlyDetectsNothing() {
    let s = PANMeasures.score(
      cases: [reuse(0..<100, 0..<100)], detections: [reuse(0..<100, 200..<300)])
    #expect(s.precision == 0 && s.recall == 0 && s.plagdet == 0)
  }

  @Test func falseDetectionLowersPrecision() {
    let s = PANMeasures.score(
      cases: [reuse(0..<100, 0..<100)],
      detections: [reuse(0..<100, 0..<100), reuse(500..<600, 500..<600)])
    #expect(abs(s.precision - 0.5) < 1e-9 && s.recall == 1 && s.granularity == 1)
  }

  @Test func nothingFoundScoresZero() {
    let s = PANMeasures.score(cases: [reuse(0..<100, 0..<100)], detections: [])
    #expect(s.plagdet == 0 && s.recall == 0)
    #expect(PANMeasures.score(cases: [], detections: []).plagdet == 1)
  }

  @Test func overlappingDetectionsCountCharactersOnce() {
    let s = PANMeasures.score(
      cases: [reuse(0..<100, 0..<100)],
      detections: [reuse(0..<80, 0..<80), reuse(20..<100, 20..<100)])
    #expect(s.recall == 1 && s.precision == 1 && s.granularity == 2)
  }
}
