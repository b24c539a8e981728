import Foundation
import Testing

@testable import CorpusKit

/// Same story in a corpus on one subject (issue 9, item 6): names that most documents of the
/// corpus hold (the country every article is about) carry no evidence that two of them report
/// one event, so they neither make a link nor count towards the rule's distinct anchors.
struct CommonAnchorTests {
  typealias S = SameStoryTests
  typealias T = OverlapEngineTests

  /// Filler articles (enough for a corpus of 20, where counting tells common names), each
  /// ending with `subject` (the names and figures every article of a corpus on one subject
  /// holds).
  static func fillers(subject: String) -> [String] {
    (0..<18).map { T.prose(words: 250, seed: 300 + UInt64($0)) + subject }
  }

  /// Every name and figure the two strike reports share.
  static let allShared =
    " Officials of Northwind met Tessaro and Lindqvist in Lakeport and at the Ravenna ministry"
    + " on Friday; 412 flights, 3,200 pilots, 14 per cent and 9 million were discussed."

  @Test func aNameInMostDocumentsIsCommon() {
    func stem(_ word: String) -> UInt64 {
      let p = DocumentProfile(T.corpus(["The \(word) said."]).documents[0])
      return p.stems[
        p.words.indices.first {
          p.flags[$0].contains(.capitalised) && !p.flags[$0].contains(.sentenceInitial)
        }!]
    }
    // 20 documents: Northwind in 15, Karlov in 2 (the two compared, say), Dunmore in 10.
    let texts: [String] = (0..<20).map { (k: Int) -> String in
      var t = T.prose(words: 40, seed: 900 + UInt64(k))
      if k < 15 { t += " The Northwind board met." }
      if k < 2 { t += " Vesna Karlov spoke." }
      if k % 2 == 0 { t += " Rain fell in Dunmore." }
      return t
    }
    let stats = CorpusStatistics(corpus: T.corpus(texts))
    #expect(stats.isCommon(stem: stem("Northwind")))
    #expect(!stats.isCommon(stem: stem("Karlov")))
    #expect(!stats.isCommon(stem: stem("Dunmore")))
    // A handful of documents cannot tell the subject's names from an event's: none common.
    let five = CorpusStatistics(corpus: T.corpus(Array(texts.prefix(5))))
    #expect(!five.isCommon(stem: stem("Northwind")))
  }

  @Test(.enabled(if: EncoderFiles.present, Comment(rawValue: EncoderFiles.skip)))
  func namesEveryDocumentHoldsAreNoEvidenceOfOneStory() throws {
    let encoder = try #require(EncoderFiles.encoder)
    func links(subject: String) -> [StoryLink]? {
      let corpus = T.corpus(
        [S.strikeA, StoryLinkTests.strikeRetold] + Self.fillers(subject: subject))
      let e = OverlapEngine(corpus: corpus, encoder: encoder)
      return e.align(corpus.documents[0], corpus.documents[1]).storyLinks
    }
    // Among articles on other matters the shared names and figures are rare: the same story.
    let mixed = try #require(links(subject: ""))
    #expect(mixed.count >= StoryLinker().minLinks)
    // One name in every article (the airline): the others still tell the same story.
    #expect((links(subject: " Northwind said nothing.") ?? []).count >= StoryLinker().minLinks)
    // In a corpus where every article names them all, they tell nothing: not the same story.
    #expect(links(subject: Self.allShared) == [])
  }
}
