import Foundation
import Testing

@_spi(Bench) @testable import CorpusKit

/// A story published by several outlets keeps its body and headline in every copy: repetition
/// across the corpus marks a site's template, not a story that many pages carry.
@Suite struct SyndicationTests {
  static let headline = "Regional airline orders twelve new turboprops"
  static let paragraphs = [
    "A regional airline has ordered twelve new turboprop aircraft to replace its ageing fleet, the company said on Tuesday, in a deal worth about 300 million euros.",
    "The first of the aircraft will arrive next spring, and the airline expects all twelve to be flying by the end of the following year.",
    "The chief executive said the new planes would burn a fifth less fuel than the ones they replace and would allow the airline to open routes to smaller airports.",
    "Unions welcomed the order but said they wanted guarantees that maintenance work on the new fleet would stay at the airline's home base.",
    "Shares in the company rose by four percent in morning trading after the announcement, their biggest gain in a month.",
  ]

  /// Copy `i`: the story with an outlet's own menu and footer around it.
  static func page(_ i: Int, edited: Bool) -> String {
    var body = paragraphs
    if edited {
      // Each edited copy rewrites one paragraph a little, as outlets do.
      let k = i % paragraphs.count
      body[k] =
        body[k].replacingOccurrences(
          of: "the", with: "its", options: [], range: body[k].range(of: "the"))
        + " (Outlet \(i) contributed.)"
    }
    let menu = ["Home", "News", "Business", "Sport"]
    let footer = ["Share this article", "© 2024 Outlet \(i) Media"]
    return (menu + [headline] + body + footer).joined(separator: "\n")
  }

  static func bodyText(_ d: Document) -> String {
    d.paragraphs.filter { $0.kind.isArticleText }.map { d.slice($0.range) }.joined(separator: " ")
  }

  @Test func identicalAndEditedCopiesKeepBodyAndTitle() {
    let raws = (0..<20).map { i in
      RawDocument(id: "copy\(i)", path: "copy\(i).txt", text: Self.page(i, edited: i >= 10))
    }
    let corpus = Corpus(raw: raws)
    for d in corpus.documents {
      #expect(d.title == Self.headline, "\(d.id)")
      let body = Self.bodyText(d)
      for p in Self.paragraphs.dropFirst() {
        // Every paragraph of the story is in the body (the edited one in its edited form).
        let probe = String(p.suffix(40))
        #expect(body.contains(probe), "\(d.id) lost: \(probe)")
      }
      #expect(!body.contains("Share this article"))
      #expect(d.bodyWordCount >= 120, "\(d.id): \(d.bodyWordCount) words")
    }
  }

  @Test func aTemplateSharedByManyPagesIsStillFurniture() {
    // Twelve different stories on one site: the shared menu and footer are template.
    let stories = (0..<12).map { i in
      Self.paragraphs.map {
        $0.replacingOccurrences(of: "airline", with: "company \(i)") + " Story \(i)."
      }
    }
    let raws = stories.enumerated().map { i, s in
      RawDocument(
        id: "s\(i)", path: "s\(i).txt",
        text: (["Home", "News", "Subscribe to the morning briefing from our business desk today"]
          + s
          + ["Share this article", "© 2024 Example Media"]).joined(separator: "\n"))
    }
    for d in Corpus(raw: raws).documents {
      #expect(
        d.paragraphs.filter { $0.kind.isArticleText }.count == Self.paragraphs.count, "\(d.id)")
    }
  }

  /// The BBC corpus (../shared/corpus/bbc) with every article twice, and a part of it five times:
  /// every copy keeps the title the single corpus gives it.
  @Test(
    .enabled(if: SharedData.exists("corpus/bbc"), "../shared/corpus/bbc is absent: skipped"))
  func bbcArticlesRepeatedKeepTheirTitles() throws {
    let raw = try CorpusLoader.readRaw(SharedData.path("corpus/bbc")).0.filter { $0.id != "README" }
    let once = Corpus(raw: raw)
    let titles = Dictionary(uniqueKeysWithValues: once.documents.map { ($0.id, $0.title) })
    func copies(_ r: [RawDocument], _ n: Int) -> [RawDocument] {
      r.flatMap { d in
        (0..<n).map { k in
          var c = d
          c.id = "\(d.id)#\(k)"
          return c
        }
      }
    }
    for (n, part) in [(2, raw), (5, Array(raw.prefix(400)))] {
      let corpus = Corpus(raw: copies(part, n))
      var lost = 0
      for d in corpus.documents {
        let id = String(d.id.split(separator: "#")[0])
        if let t = titles[id] ?? nil, d.title != t { lost += 1 }
      }
      print("bbc ×\(n): \(lost) of \(corpus.documents.count) copies lost their title")
      #expect(lost == 0)
    }
    #expect(once.documents.filter { $0.title != nil }.count * 10 >= once.documents.count * 9)
  }
}
