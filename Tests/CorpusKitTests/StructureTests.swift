import Foundation
import Testing

@_spi(Bench) @testable import CorpusKit

/// Scores the cleaner and metadata reader against ../shared/corpus/seeds.structure.json.
@Suite(
  .enabled(
    if: SharedData.exists("corpus/seeds.structure.json"),
    "../shared/corpus/seeds.structure.json is absent: structure tests skipped"))
struct StructureTests {
  struct GoldArticle {
    var title: String?, date: String?, outlet: String?
    var bodyLines: Set<Int>
  }

  static func gold() throws -> [String: GoldArticle] {
    let data = try Data(
      contentsOf: URL(fileURLWithPath: SharedData.path("corpus/seeds.structure.json")))
    let root = try JSONSerialization.jsonObject(with: data) as! [String: Any]
    let articles = root["articles"] as! [String: [String: Any]]
    var out: [String: GoldArticle] = [:]
    for (file, a) in articles {
      var lines = Set<Int>()
      for key in ["body", "headings"] {
        for r in (a[key] as? [[Int]]) ?? [] { lines.formUnion(r[0]...r[1]) }
      }
      let id = (file as NSString).deletingPathExtension
      out[id] = GoldArticle(
        title: a["title"] as? String, date: a["date"] as? String, outlet: a["outlet"] as? String,
        bodyLines: lines)
    }
    return out
  }

  /// Lines (non-blank) the cleaner calls body or heading.
  static func predictedBodyLines(_ d: Document) -> Set<Int> {
    var lines = Set<Int>()
    for p in d.paragraphs where p.kind.isArticleText {
      for n in p.lines where !LineSplitter.isBlank(d.lines[n - 1], d.text.scalars) {
        lines.insert(n)
      }
    }
    return lines
  }

  @Test func bodyLineF1MeetsBar() throws {
    let gold = try Self.gold()
    let corpus = try CorpusLoader.load(SharedData.path("corpus/seeds"))
    var tp = 0
    var fp = 0
    var fn = 0
    for d in corpus.documents {
      let g = try #require(gold[d.id])
      let nonBlank = Set(d.lines.filter { !LineSplitter.isBlank($0, d.text.scalars) }.map(\.number))
      let goldBody = g.bodyLines.intersection(nonBlank)
      let pred = Self.predictedBodyLines(d)
      tp += pred.intersection(goldBody).count
      fp += pred.subtracting(goldBody).count
      fn += goldBody.subtracting(pred).count
    }
    let precision = Double(tp) / Double(max(1, tp + fp))
    let recall = Double(tp) / Double(max(1, tp + fn))
    let f1 = 2 * precision * recall / max(1e-9, precision + recall)
    print(
      "structure: body-line precision \(precision) recall \(recall) F1 \(f1) (tp \(tp) fp \(fp) fn \(fn))"
    )
    #expect(f1 >= 0.97)
  }

  @Test func metadataHasNoWrongValues() throws {
    let gold = try Self.gold()
    let corpus = try CorpusLoader.load(SharedData.path("corpus/seeds"))
    var wrong: [String] = []
    var right = 0
    for d in corpus.documents {
      let g = try #require(gold[d.id])
      for (name, got, want) in [
        ("title", d.title, g.title), ("date", d.date, g.date), ("outlet", d.outlet, g.outlet),
      ] {
        if let got, got != want {
          wrong.append("\(d.id) \(name): got '\(got)', want '\(want ?? "null")'")
        }
        if got != nil && got == want { right += 1 }
      }
    }
    let stated = gold.values.reduce(0) {
      $0 + [$1.title, $1.date, $1.outlet].compactMap { $0 }.count
    }
    print("metadata: \(right) of \(stated) stated values found, \(wrong.count) wrong")
    #expect(wrong.isEmpty, "\(wrong)")
  }

  @Test func captionDateIsNotThePublicationDate() throws {
    let corpus = try CorpusLoader.load(SharedData.path("corpus/seeds"))
    let d = try #require(corpus.documents.first { $0.id.hasPrefix("001") })
    #expect(d.paragraphs.contains { $0.kind == .caption })
    #expect(d.date == nil)
  }
}
