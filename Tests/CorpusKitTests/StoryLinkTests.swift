import Foundation
import Testing

@testable import CorpusKit

/// Same story by meaning (issue 9, item 6): with the sentence encoder, a pair telling one
/// event in other words gets same-story links and no reliable passage; two unrelated texts and
/// one subject with another event get none; a real copy gets passages and no links.
@Suite(.enabled(if: EncoderFiles.present, Comment(rawValue: EncoderFiles.skip)))
struct StoryLinkTests {
  typealias S = SameStoryTests

  /// The strike of `SameStoryTests.strikeA` as another outlet tells it: its own sentences, in
  /// its own order (the last facts first), with facts and context of its own between them.
  static let strikeRetold = """
    Northwind pilots stay out

    Oskar Lindqvist, the head of Northwind, dismissed the pilots' claim as something the company could never afford. Shares in the airline fell sharply in early trading as investors weighed the cost of a long dispute.

    Maria Tessaro warned that her members would not return to the cockpit before Friday without a better deal. At the Ravenna transport ministry, a spokesman urged the two camps to sit down together. Forecasters meanwhile expect heavy snow across the north of the country later this week.

    The stoppage will cost Northwind roughly 9 million every day, the company estimated. Tessaro's union represents 3,200 pilots, who are asking for 14 per cent more money. In all, 412 departures from Lakeport were scrapped once the walkout began.
    """

  /// The strike reports and another text, among filler articles.
  func engine(_ texts: [String]) throws -> (OverlapEngine, [Document]) {
    let corpus = S.corpus(texts)
    let e = OverlapEngine(corpus: corpus, encoder: try #require(EncoderFiles.encoder))
    return (e, corpus.documents)
  }

  static func reliable(_ al: Alignment) -> [Passage] {
    al.passages.filter { $0.confidence >= Alignment.defaultMinConfidence }
  }

  @Test func oneEventInOtherWordsIsSameStoryNotPassages() throws {
    let (e, d) = try engine([S.strikeA, Self.strikeRetold])
    let al = e.align(d[0], d[1])
    #expect(Self.reliable(al).isEmpty)
    let links = try #require(al.storyLinks)
    #expect(links.count >= StoryLinker().minLinks)
    for l in links {
      // Sentences stating the same facts: both hold a shared name or number.
      #expect(l.sharedAnchors >= 1)
      #expect(l.cosine >= Double(StoryLinker().minCosine))
      #expect(d[0].slice(l.a).count > 20 && d[1].slice(l.b).count > 20)
    }
    // No link overlaps a passage: the links are not passages, and passages are not links.
    for p in al.passages {
      #expect(!links.contains { $0.a == p.a && $0.b == p.b })
    }
    // Seen from the other side, the same links.
    let back = e.align(d[1], d[0])
    #expect(back.storyLinks?.count == links.count)
    #expect(
      al.swapped().storyLinks?.map(\.a).sorted { $0.lowerBound < $1.lowerBound }
        == back.storyLinks?.map(\.a))
  }

  @Test func unrelatedTextsAndAnotherEventAreNotTheSameStory() throws {
    let (e, d) = try engine([S.strikeA, S.otherStrike, T.prose(words: 300, seed: 77)])
    // One subject (an airline strike), another event: other names and figures.
    #expect(e.align(d[0], d[1]).storyLinks == [])
    // Unrelated texts.
    #expect(e.align(d[0], d[2]).storyLinks == [])
    #expect(e.align(d[1], d[2]).storyLinks == [])
  }

  @Test func aRealCopyIsPassagesNotSameStory() throws {
    // B copies A's first paragraph word for word and adds its own.
    let copy =
      "Airline dispute\n\n"
      + S.strikeA.components(separatedBy: "\n\n")[1]
      + "\n\nThe dispute is the first at the airline in eleven years, an analyst noted."
    let (e, d) = try engine([S.strikeA, copy])
    let al = e.align(d[0], d[1])
    #expect(!Self.reliable(al).isEmpty)
    #expect(al.storyLinks == [])
  }

  @Test func noEncoderMeansNotLookedFor() throws {
    let corpus = S.corpus([S.strikeA, Self.strikeRetold])
    let al = OverlapEngine(corpus: corpus).align(corpus.documents[0], corpus.documents[1])
    #expect(al.storyLinks == nil)
    // The corpus-wide report never looks (it has no encoder).
    let e = OverlapEngine(corpus: corpus, encoder: try #require(EncoderFiles.encoder))
    #expect(e.duplicates().repeats.allSatisfy { $0.storyLinks == nil })
  }

  @Test func candidatesAreTheArticlesSharingRareNamesAndFigures() throws {
    let (e, d) = try engine([S.strikeA, Self.strikeRetold, S.otherStrike])
    let found = e.storyCandidates(for: d[0], limit: 2)
    #expect(found.first == d[1].id)
    #expect(!found.contains(d[0].id))
  }

  typealias T = OverlapEngineTests
}
