import Foundation
import Testing

@testable import CorpusKit

/// The relaxed chain rules (`maxSkip`, a chain next to a reliable lexical passage) apply only
/// in a pair already established as a rewrite (`rewriteShare`): a condensing rewrite whose
/// copied sentences cover most of it keeps its reworded lead; a same-story text that shares
/// one sentence word for word and words its lead alike does not.
@Suite(.enabled(if: EncoderFiles.present, Comment(rawValue: EncoderFiles.skip)))
struct SemanticRewriteGateTests {
  static let lead =
    "The city council voted on Monday to close the old library on Mill Street next spring."
  static let reworded =
    "Next spring the old Mill Street library will shut its doors, after councillors decided so in a Monday vote."
  static let copied = """
    Officials said the building needs repairs that would cost more than the town can afford. \
    Residents who use the library every week say they were not asked before the decision. \
    A new reading room will open inside the community centre once the library shuts.
    """
  static let oneCopied =
    "Officials said the building needs repairs that would cost more than the town can afford."
  static let sport = """
    The football club announced a new coach for the coming season after a poor run of results. \
    Supporters filled the stadium on Saturday despite the heavy rain and the cold wind. \
    The team's captain scored twice in the second half to secure a narrow home win. \
    Ticket prices for the next season will rise by five percent, the club said on Friday.
    """
  static let farming = """
    Farmers in the valley expect a late harvest because of the cold and wet summer weather. \
    Wheat prices at the county market fell for the third week in a row on Thursday. \
    Several dairy farms have switched to growing vegetables to sell at local shops. \
    A new irrigation scheme will bring water from the river to the eastern fields.
    """

  /// The rewrites `SemanticAligner` finds between `a` and `b` when `block` (present word for
  /// word in both) is their reliable lexical passage.
  func rewrites(_ a: String, _ b: String, block: String, share: Double? = nil) throws -> (
    found: [SemanticAligner.Found], a: Document, b: Document
  ) {
    let corpus = OverlapEngineTests.corpus([a, b])
    let engine = OverlapEngine(corpus: corpus)
    let da = corpus.documents[0]
    let db = corpus.documents[1]
    func range(_ d: Document) throws -> Range<Int> {
      let text = d.text.string
      let r = try #require(text.range(of: block))
      let lo = text.unicodeScalars.distance(from: text.startIndex, to: r.lowerBound)
      return lo..<(lo + block.unicodeScalars.count)
    }
    var aligner = SemanticAligner(encoder: try #require(EncoderFiles.encoder))
    if let share { aligner.rewriteShare = share }
    let found = aligner.align(
      engine.prepare(da), engine.prepare(db), lexicalA: [try range(da)],
      lexicalB: [try range(db)])
    return (found, da, db)
  }

  @Test func aCondensingRewriteKeepsItsRewordedLead() throws {
    // Three of the rewrite's four sentences are copied: it is a rewrite, so its reworded lead,
    // next to the copy in the same order, is one too (one pair alone is below `single`).
    let (found, a, b) = try rewrites(
      Self.lead + " " + Self.copied, Self.reworded + " " + Self.copied, block: Self.copied)
    let hit = found.first { b.slice($0.b).contains("Monday vote") }
    #expect(hit != nil, "\(found)")
    if let hit { #expect(a.slice(hit.a).contains("voted on Monday")) }
    // The strict rules alone (a gate no pair reaches) leave the lead out.
    let strict = try rewrites(
      Self.lead + " " + Self.copied, Self.reworded + " " + Self.copied, block: Self.copied,
      share: 2)
    #expect(!strict.found.contains { strict.b.slice($0.b).contains("Monday vote") })
  }

  @Test func aSameStoryTextWithOneSharedSentenceGetsNoRewrite() throws {
    // One copied sentence of six: two reports of one story, the lead worded alike by topic.
    let a = Self.lead + " " + Self.oneCopied + " " + Self.sport
    let b = Self.reworded + " " + Self.oneCopied + " " + Self.farming
    let gated = try rewrites(a, b, block: Self.oneCopied)
    #expect(!gated.found.contains { gated.b.slice($0.b).contains("Monday vote") }, "\(gated.found)")
    // Without the gate the relaxed rules would take the lead as a rewrite.
    let open = try rewrites(a, b, block: Self.oneCopied, share: 0)
    #expect(open.found.contains { open.b.slice($0.b).contains("Monday vote") }, "\(open.found)")
  }
}
