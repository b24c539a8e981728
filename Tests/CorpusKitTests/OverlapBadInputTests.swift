import Foundation
import Testing

@_spi(Bench) @testable import CorpusKit

/// Odd input for the overlap engine (issue 9, bad input): one sentence repeated, documents
/// that are the same site template around different articles, text in other scripts.
struct OverlapBadInputTests {
  typealias T = OverlapEngineTests

  /// A document of one sentence said 500 times: its repeats are found without a passage
  /// per pair of occurrences, and a document holding the sentence once is not its copy.
  @Test func aDocumentOfOneRepeatedSentence() {
    let sentence = "The council met on Tuesday to discuss the budget for the coming year."
    let text = Array(repeating: sentence, count: 500).joined(separator: " ")
    let other =
      T.prose(words: 200, seed: 301) + " " + sentence + " " + T.prose(words: 200, seed: 302)
    let c = T.corpus([text, other, T.prose(words: 300, seed: 303)])
    let e = OverlapEngine(corpus: c)
    let d = c.documents[0]
    let own = e.align(d, d)
    #expect(!own.passages.isEmpty)
    #expect(own.passages.count <= 10, "\(own.passages.count) repeat passages")
    for p in own.passages { #expect(!p.a.overlaps(p.b)) }
    let pair = e.align(d, c.documents[1])
    #expect(pair.passages.count <= 2)
    #expect(
      pair.passages(minConfidence: Alignment.defaultMinConfidence).shown.allSatisfy {
        $0.b.count < 2 * sentence.unicodeScalars.count
      })
    let report = e.duplicates()
    #expect(
      !report.pairs.contains {
        Set([$0.a, $0.b]) == ["d0", "d1"] && $0.relation != .sharedPassages
      })
  }

  /// Five pages of one site: the same header, cookie notice and footer around different
  /// articles. The template is no reuse: no passage is shown and no pair is reported.
  @Test func documentsThatShareOnlyTheirSiteTemplate() {
    let header = "Home News World Business Sport Culture Opinion Newsletters Subscribe Log in"
    let cookies = """
      We use cookies to improve your experience on our site and to show you relevant \
      advertising. By continuing to browse you agree to our use of cookies and our privacy policy.
      """
    let footer =
      "Copyright 2024 The Daily Courier Media Group. All rights reserved. Contact us Advertise"
    let texts = (0..<5).map { k in
      [header, cookies, T.prose(words: 400, seed: 400 + UInt64(k)), cookies, footer]
        .joined(separator: "\n\n")
    }
    let c = T.corpus(texts)
    let e = OverlapEngine(corpus: c)
    for j in 1..<5 {
      let al = e.align(c.documents[0], c.documents[j])
      #expect(
        al.passages(minConfidence: Alignment.defaultMinConfidence).shown.isEmpty,
        "d0/d\(j): \(al.passages.map { ($0.a, $0.kind, $0.confidence) })")
    }
    #expect(e.duplicates().pairs.isEmpty)
  }

  /// A paragraph in Cyrillic and one in Greek copied between two texts are found as verbatim
  /// passages; Chinese text (no spaces) aligns without error and within the text.
  @Test func textInOtherScripts() {
    let russian = """
      Правительство объявило сегодня о новой программе поддержки малого бизнеса в регионах. \
      По словам министра, средства будут распределены в течение трёх лет, а первые гранты \
      получат предприятия, которые создают рабочие места в небольших городах и сёлах страны. \
      Эксперты считают, что программа поможет сократить отток молодёжи из провинции.
      """
    let greek = """
      Η κυβέρνηση ανακοίνωσε σήμερα νέο πρόγραμμα στήριξης των μικρών επιχειρήσεων στις \
      περιφέρειες. Σύμφωνα με τον υπουργό, τα κονδύλια θα διατεθούν μέσα σε τρία χρόνια και \
      οι πρώτες επιχορηγήσεις θα δοθούν σε επιχειρήσεις που δημιουργούν θέσεις εργασίας.
      """
    let chinese = "政府今天宣布了一项支持地区小企业的新计划。部长表示，资金将在三年内分配，首批补助将发放给在小城镇创造就业的企业。"
    let a = [T.prose(words: 150, seed: 501), russian, greek, chinese].joined(separator: "\n\n")
    let b = [chinese, greek, T.prose(words: 150, seed: 502), russian].joined(separator: "\n\n")
    let c = T.corpus([a, b, T.prose(words: 300, seed: 503)])
    let al = OverlapEngine(corpus: c).align(c.documents[0], c.documents[1])
    let ta = a.unicodeScalars.count
    let tb = b.unicodeScalars.count
    for p in al.passages {
      #expect(p.a.upperBound <= ta && p.b.upperBound <= tb)
      #expect((0...1).contains(p.confidence))
    }
    let shown = al.passages(minConfidence: Alignment.defaultMinConfidence).shown
    func holds(_ text: String, _ doc: String, _ r: Range<Int>) -> Bool {
      guard let s = OverlapEvidenceTests.scalarOffset(of: text, in: doc) else { return false }
      return r.overlaps(s..<(s + text.unicodeScalars.count))
    }
    #expect(
      shown.contains { $0.kind == .verbatim && holds(russian, a, $0.a) && holds(russian, b, $0.b) })
    #expect(
      shown.contains { $0.kind == .verbatim && holds(greek, a, $0.a) && holds(greek, b, $0.b) })
  }
}
