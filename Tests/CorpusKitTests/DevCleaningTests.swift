import Foundation
import Testing

@_spi(Bench) @testable import CorpusKit

/// Scores the cleaner on the L3S-GN1 dev pages (../shared/eval/dev/boilerplate-l3s) in process,
/// the way `score-boilerplate` scores the `reader` binary: bag-of-words F1 of the body and
/// heading paragraphs against gold.txt (tokens are `\w+` runs, case-sensitive, a multiset), mean
/// over pages; the title against the first line of title.txt (word F1; no title counts 0, a title
/// sharing no word with it is wrong). The floors are what the cleaner reached; they can fail.
@Suite(
  .enabled(
    if: SharedData.exists("eval/dev/boilerplate-l3s"),
    "../shared/eval/dev/boilerplate-l3s is absent: dev cleaning scores skipped"))
struct DevCleaningTests {
  static let set = SharedData.path("eval/dev/boilerplate-l3s")

  /// `\w+` runs as Python's `re` finds them in a `str`: letters, digits and `_`.
  static func words(_ s: String) -> [Substring] {
    var out: [Substring] = []
    var start: String.Index?
    var i = s.startIndex
    for ch in s {
      let isWord = ch.unicodeScalars.allSatisfy { u in
        switch u.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
          .decimalNumber, .letterNumber, .otherNumber:
          return true
        default: return u == "_"
        }
      }
      if isWord {
        if start == nil { start = i }
      } else if let st = start {
        out.append(s[st..<i])
        start = nil
      }
      i = s.index(after: i)
    }
    if let st = start { out.append(s[st...]) }
    return out
  }

  /// Bag-of-words F1 with the scorer's edge cases (empty gold and prediction: 1).
  static func f1(gold: String, predicted: String) -> Double {
    var g: [Substring: Int] = [:]
    for w in words(gold) { g[w, default: 0] += 1 }
    var p: [Substring: Int] = [:]
    for w in words(predicted) { p[w, default: 0] += 1 }
    let gn = g.values.reduce(0, +)
    let pn = p.values.reduce(0, +)
    if gn == 0 { return pn == 0 ? 1 : 0 }
    if pn == 0 { return 0 }
    let overlap = p.reduce(0) { $0 + min($1.value, g[$1.key] ?? 0) }
    let precision = Double(overlap) / Double(pn)
    let recall = Double(overlap) / Double(gn)
    return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
  }

  struct Figures {
    var bodyF1: Double
    var pages: Int
    var titleF1: Double
    var titled: Int
    var given: Int
    var wrong: Int
  }

  /// Every page's text loaded as one corpus (as the scorer does), then scored.
  static func score() throws -> Figures {
    let fm = FileManager.default
    let pages = try fm.contentsOfDirectory(atPath: set).filter {
      fm.fileExists(atPath: "\(set)/\($0)/page.txt")
    }.sorted()
    var raws: [RawDocument] = []
    for p in pages {
      let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(set)/\(p)/page.txt")))
      guard case .text(let text, _) = TextDecoding.decode(bytes) else { continue }
      raws.append(RawDocument(id: p, path: "\(p).txt", text: text))
    }
    let corpus = Corpus(raw: raws)
    var sum = 0.0
    var titleSum = 0.0
    var titled = 0
    var given = 0
    var wrong = 0
    for d in corpus.documents {
      let gold = try String(contentsOfFile: "\(set)/\(d.id)/gold.txt", encoding: .utf8)
      let body = d.paragraphs.filter { $0.kind.isArticleText }.map { d.slice($0.range) }
        .joined(separator: "\n")
      sum += f1(gold: gold, predicted: body)
      let titlePath = "\(set)/\(d.id)/title.txt"
      guard fm.fileExists(atPath: titlePath) else { continue }
      titled += 1
      let want =
        try String(contentsOfFile: titlePath, encoding: .utf8)
        .split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
      guard let got = d.title, !got.isEmpty else { continue }
      given += 1
      let t = f1(gold: want, predicted: got)
      titleSum += t
      if t == 0 { wrong += 1 }
    }
    return Figures(
      bodyF1: sum / Double(max(1, corpus.documents.count)), pages: corpus.documents.count,
      titleF1: titleSum / Double(max(1, titled)), titled: titled, given: given, wrong: wrong)
  }

  @Test func bodyAndTitleFiguresHoldTheirFloors() throws {
    let f = try Self.score()
    print(
      "dev boilerplate-l3s: bow F1 \(f.bodyF1) over \(f.pages) pages; titles word F1 \(f.titleF1) over \(f.titled), "
        + "\(f.given) given, \(f.wrong) wrong")
    #expect(f.pages == 609)
    // Before this work: bow F1 0.820, titles 0.107 with 428 of 553 given wrong; then 0.899,
    // titles 0.555 with 50 of 403 wrong; then 0.899, titles 0.543 with 21 of 361 wrong; with
    // distant and nearest headlines and the comment and heading rework (bow 0.913) titles 0.608
    // with 23 of 407 wrong; with huge lines cut at their sentences and hard-wrapped runs joined
    // (bow 0.918) titles 0.610 with 23 of 409 wrong; with lines in columns scored by their prose
    // column (bow 0.927) titles 0.620 with 21 of 412 wrong; with long capitalised lists not
    // prose (bow 0.929) titles 0.624 with 22 of 416 wrong; a line another page prints too is no
    // headline of a story told once (both merged): bow 0.929, titles 0.629 with 22 of 419 wrong;
    // the capitalised-list rule taken back (it made hard-wrapped essays of the reuse dev set
    // furniture): bow 0.927, titles 0.625 with 21 of 415 wrong; with headlines found over the
    // story's date or byline (`AnchoredHeadline`): titles 0.652 with 23 of 433 wrong; with
    // headlines read from one column of a line glued from a table (`ColumnHeadline`): titles
    // 0.687 with 26 of 456 wrong (21 pages right that had none; of the 3 new wrong, 2 give the
    // page's real headline where the gold marks a label, one is a deck).
    #expect(f.bodyF1 >= 0.926)
    #expect(f.titleF1 >= 0.686)
    #expect(Double(f.wrong) <= 0.058 * Double(f.given))
  }

  @Test func theScorerTokensMatchPythonsWordRuns() {
    #expect(
      Self.words("Kosovo’s 15-member body, Rücker_2 said.").map(String.init) == [
        "Kosovo", "s", "15", "member", "body", "Rücker_2", "said",
      ])
    #expect(Self.f1(gold: "a b b c", predicted: "b c d") == 2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5))
  }
}
