import Foundation
import Testing

@_spi(Bench) @testable import CorpusKit

/// The same-story relation (issue 9, item 6): one event told in other words is reported
/// apart from copies; one subject with another event is not.
struct SameStoryTests {
  typealias T = OverlapEngineTests

  /// One event (a strike at an airline), first report.
  static let strikeA = """
    Strike grounds Northwind flights

    Pilots at Northwind Airways walked out on Tuesday, and the carrier cancelled 412 flights from Lakeport airport. The union, led by Maria Tessaro, said its 3,200 members want a pay rise of 14 per cent. Northwind called the walkout reckless and said it would cost about 9 million a day.

    Travellers queued for hours at Lakeport, where officials from the Ravenna transport ministry asked both sides to meet. Tessaro told reporters the pilots would stay out until Friday unless Northwind improved its offer. The airline's chief executive, Oskar Lindqvist, said the demand was out of reach.
    """

  /// The same event in other words, by another outlet.
  static let strikeB = """
    Pilots' walkout hits Northwind

    Hundreds of passengers were stranded at Lakeport after Northwind Airways scrapped 412 departures when pilots began a strike. Union chief Maria Tessaro says the 3,200 pilots she represents are seeking 14 per cent more pay.

    Oskar Lindqvist, who runs Northwind, rejected the claim as unaffordable and put the cost of the dispute at 9 million each day. The Ravenna transport ministry has urged talks, while Tessaro warned that the action could run until the end of the week.
    """

  /// The same subject (an airline strike), another event: other airline, people and figures.
  static let otherStrike = """
    Cabin crew stoppage at Skyfare

    Cabin crew at Skyfare staged a one-day stoppage at Port Meridian on Monday, cancelling 87 flights. Their union, headed by Jonas Albrecht, wants shorter rosters rather than more pay. Skyfare said the action would cost it 1.5 million.

    The Meridian aviation authority said the airport stayed open. Albrecht said a second stoppage was planned for next month, while Skyfare's operations director, Hana Okafor, said most passengers had been rebooked.
    """

  /// Filler articles on other matters, so that names and figures are rare in the corpus.
  static func corpus(_ texts: [String]) -> Corpus {
    T.corpus(texts + (0..<8).map { T.prose(words: 250, seed: 300 + UInt64($0)) })
  }

  @Test func oneEventInOtherWordsIsSameStoryAndNotACopy() throws {
    let report = OverlapEngine(corpus: Self.corpus([Self.strikeA, Self.strikeB, Self.otherStrike]))
      .duplicates()
    // No passage is shared: not a copy pair.
    #expect(!report.pairs.contains { Set([$0.a, $0.b]) == ["d0", "d1"] })
    let pair = try #require(report.sameStory.first)
    #expect(report.sameStory.count == 1)
    #expect(Set([pair.a, pair.b]) == ["d0", "d1"])
    #expect(pair.relation == .sameStory && pair.derived == nil)
    #expect(pair.sharedA == 0 && pair.sharedB == 0)
    #expect(report.clusters.isEmpty && report.trees.isEmpty)
  }

  @Test func oneSubjectWithAnotherEventIsNotSameStory() {
    for text in [Self.strikeA, Self.strikeB] {
      let report = OverlapEngine(corpus: Self.corpus([text, Self.otherStrike])).duplicates()
      #expect(report.sameStory.isEmpty)
    }
  }

  /// A copy is reported as a copy, never also as the same story.
  @Test func aCopyIsNotSameStory() {
    let report = OverlapEngine(corpus: Self.corpus([Self.strikeA, Self.strikeA, Self.strikeB]))
      .duplicates()
    #expect(report.pairs.contains { Set([$0.a, $0.b]) == ["d0", "d1"] })
    #expect(!report.sameStory.contains { Set([$0.a, $0.b]) == ["d0", "d1"] })
  }

  /// Names at the start of a sentence or in a headline are not taken for names; figures of one
  /// digit and years are not figures.
  @Test func anchorsAreNamesAndFiguresInsideSentences() throws {
    let c = T.corpus([
      "Headline Words Here\n\nThe report from Lakeport counted 412 cases in 2023 and 7 more. Tessaro spoke then.\n"
    ])
    let anchors = SameStoryFinder.anchors(c.documents[0])
    #expect(anchors[WordHash.word("lakeport") & ~1] == 1)
    #expect(anchors[WordHash.word("#412") | 1] == 1)
    #expect(anchors[WordHash.word("tessaro") & ~1] == nil)  // opens a sentence
    #expect(anchors[WordHash.word("headline") & ~1] == nil)
    #expect(anchors[WordHash.word("#2023") | 1] == nil)
    #expect(anchors[WordHash.word("#7") | 1] == nil)
  }

  /// The dev set's negative pairs (essays on other topics) are never the same story: inside
  /// the whole dev corpus, or as two-document corpora.
  @Test(
    .enabled(
      if: SharedData.exists("eval/dev/reuse-pan13/negative-pairs"),
      "../shared/eval/dev/reuse-pan13 is absent: same-story dev-negatives test skipped"))
  func devNegativesAreNeverSameStory() throws {
    let dir = SharedData.path("eval/dev/reuse-pan13")
    let corpus = try CorpusLoader.load(dir + "/docs")
    let negatives = try String(contentsOfFile: dir + "/negative-pairs", encoding: .utf8)
      .split(separator: "\n").map { $0.split(separator: " ").map { String($0.dropLast(4)) } }
      .filter { $0.count == 2 }
    #expect(negatives.count == 200)
    let finder = SameStoryFinder()
    let found = Set(finder.pairs(corpus.documents, excluding: []).map { [$0.a, $0.b].sorted() })
    let byId = Dictionary(corpus.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var alone = 0
    for n in negatives {
      #expect(!found.contains(n.sorted()), "negative pair \(n) reported as the same story")
      let a = try #require(byId[n[0]])
      let b = try #require(byId[n[1]])
      alone += finder.pairs([a, b], excluding: []).count
    }
    #expect(alone == 0)
  }
}
