import Foundation
import Testing

@testable import CorpusKit
@testable import Reader

/// `reader overlaps` and `reader dups` against docs/cli-contract.md, on the bundled sample
/// (lexically: the encoder has its own tests in `SemanticCLITests`).
@Suite(.serialized) struct OverlapCLITests {
  static let a = "000_f9cde9b456fbe7b5"
  static let b = "001_594dd83f1a4cb367"

  @Test func overlapsJSONMatchesTheContract() throws {
    let r = try ReaderRun.run([
      "overlaps", Self.a, Self.b, "--json", "--min-score", "0", "--no-semantic",
    ])
    #expect(r.status == 0)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    #expect(root["a"] as? String == Self.a)
    #expect(root["b"] as? String == Self.b)
    #expect(root["coverage_a"] is Double && root["coverage_b"] is Double)
    let passages = try #require(root["passages"] as? [[String: Any]])
    #expect(!passages.isEmpty)
    let kinds = Set(passages.compactMap { $0["kind"] as? String })
    #expect(kinds == ["verbatim", "paraphrase"])
    #expect(root["hidden"] as? Int == 0, "--min-score 0 hides nothing")
    let show = try ReaderRun.run(["show", Self.a, "--json"])
    let path = try #require(
      (try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])?["path"]
        as? String)
    let scalars = Array(try String(contentsOfFile: path, encoding: .utf8).unicodeScalars)
    for p in passages {
      for key in ["a_start", "a_end", "b_start", "b_end"] { #expect(p[key] is Int) }
      #expect(p["score"] is Double)
      let confidence = try #require(p["confidence"] as? Double)
      #expect(confidence >= 0 && confidence <= 1)
      let start = p["a_start"] as! Int
      let end = p["a_end"] as! Int
      var text = String.UnicodeScalarView()
      text.append(contentsOf: scalars[start..<end])
      #expect(p["a_text"] as? String == String(text), "offsets are scalar offsets into the file")
      if let f = p["furniture"] { #expect(f as? String == "a" || f as? String == "b") }
      let drift = try #require(p["drift"] as? [[String: Any]])
      for d in drift {
        #expect(["number", "name", "date"].contains(d["category"] as? String ?? ""))
        #expect(
          Set(d.keys).isSuperset(of: ["a_start", "a_end", "b_start", "b_end", "a_text", "b_text"]))
      }
    }
    #expect(passages.contains { !($0["drift"] as! [Any]).isEmpty })
  }

  @Test func overlapsTextShowsPassagesSideBySide() throws {
    let r = try ReaderRun.run(["overlaps", "000", "001", "--min-score", "0", "--no-semantic"])
    #expect(r.status == 0)
    #expect(r.stdout.contains(" | "))
    #expect(r.stdout.contains("verbatim") && r.stdout.contains("paraphrase"))
    #expect(r.stdout.contains("confidence"))
  }

  /// By default only reliable passages are listed, and the output says how many are hidden;
  /// the JSON's `hidden` counts them and `--min-score 0` lists them all.
  @Test func minScoreHidesLessReliablePassagesAndSaysSo() throws {
    func json(_ extra: [String]) throws -> [String: Any] {
      let r = try ReaderRun.run(["overlaps", Self.a, Self.b, "--json", "--no-semantic"] + extra)
      #expect(r.status == 0)
      return try #require(
        try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }
    let all = try json(["--min-score", "0"])
    let byDefault = try json([])
    let strict = try json(["--min-score", "1"])
    let n = (all["passages"] as! [Any]).count
    let shown = (byDefault["passages"] as! [[String: Any]])
    #expect(shown.count + (byDefault["hidden"] as! Int) == n)
    #expect(shown.allSatisfy { ($0["confidence"] as! Double) >= 0.5 })
    #expect((byDefault["hidden"] as! Int) > 0)
    #expect((strict["passages"] as! [Any]).isEmpty && strict["hidden"] as? Int == n)
    let text = try ReaderRun.run(["overlaps", Self.a, Self.b, "--no-semantic"])
    #expect(text.stdout.contains("hidden"))
    let bad = try ReaderRun.run(["overlaps", Self.a, Self.b, "--min-score", "2"])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("--min-score"))
  }

  @Test func overlapsWithAnUnknownIDExitsOne() throws {
    let r = try ReaderRun.run(["overlaps", Self.a, "nosuchdoc", "--json"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("nosuchdoc"))
    #expect(r.stdout.isEmpty)
  }

  @Test func dupsJSONClustersTheRewrite() throws {
    let r = try ReaderRun.run(["dups", "--json"])
    #expect(r.status == 0)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    let pairs = try #require(root["pairs"] as? [[String: Any]])
    for p in pairs {
      #expect(
        Set(p.keys).isSuperset(of: ["a", "b", "similarity", "shared_a", "shared_b", "relation"]))
      #expect(["duplicate", "rewrite", "shared-passages"].contains(p["relation"] as? String ?? ""))
    }
    let rewrite = try #require(
      pairs.first { Set([$0["a"] as? String, $0["b"] as? String]) == Set([Self.a, Self.b]) })
    #expect(rewrite["relation"] as? String == "rewrite")
    #expect(rewrite["derived"] as? String == Self.a)
    #expect(root["clusters"] as? [[String]] == [[Self.a, Self.b]])
    #expect(root["repeats"] is [Any])
    // The cluster as a tree: the source (001, from which 000 is derived) and 000 under it.
    let trees = try #require(root["trees"] as? [[String: Any]])
    #expect(trees.count == 1)
    #expect(trees.first?["source"] as? String == Self.b)
    let members = try #require(trees.first?["members"] as? [[String: Any]])
    #expect(members.map { $0["id"] as? String } == [Self.b, Self.a])
    #expect(members.last?["parent"] as? String == Self.b)
    #expect(members.last?["relation"] as? String == "rewrite")
    let text = try ReaderRun.run(["dups"])
    #expect(text.stdout.contains("source"))
  }
}

/// Issue 15's `dups`: repeats behind a flag, titles, and a typo named as one.
@Suite struct DupsUsabilityCLITests {
  @Test func repeatsStayOutUnlessAsked() throws {
    let plain = try ReaderRun.run(["dups"]).stdout
    #expect(!plain.contains("Repeats inside one article:"))
    #expect(plain.contains("--repeats lists them"))
    let with = try ReaderRun.run(["dups", "--repeats"]).stdout
    #expect(with.contains("Repeats inside one article:"))
    #expect(with.contains("repeated passage"))
  }

  @Test func humanOutputGivesTitles() throws {
    let out = try ReaderRun.run(["dups"]).stdout
    #expect(out.contains("title A") && out.contains("title B"))
    let t000 = DocumentLabel.title(Fixture.doc("000"))
    #expect(out.contains("“" + String(t000.prefix(30))))
  }

  @Test func anUnknownSubcommandSuggestsTheNearest() throws {
    let r = try ReaderRun.run(["dup"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("unknown command 'dup'; did you mean 'dups'?"))
    #expect(!r.stderr.contains("Usage: reader browse"))
    let r2 = try ReaderRun.run(["overlap", "000", "001"])
    #expect(r2.stderr.contains("did you mean 'overlaps'?"))
    let r3 = try ReaderRun.run(["zzzzzzzz"])
    #expect(r3.status == 2 && !r3.stderr.contains("did you mean"))
    #expect(SubcommandSuggestion.message(for: ["dups"]) == nil)
    #expect(SubcommandSuggestion.message(for: ["--corpus", "x"]) == nil)
  }
}

/// `reader overlaps A B --format markdown|html`: a report for people, escaped.
@Suite struct OverlapReportTests {
  @Test func htmlReportHasThePairsColoursAndDrift() throws {
    let r = try ReaderRun.run(["overlaps", "000", "001", "--format", "html", "--no-semantic"])
    #expect(r.status == 0)
    let s = r.stdout
    #expect(s.hasPrefix("<!DOCTYPE html>") && s.contains("</html>"))
    #expect(s.contains("Pair 1 ·") && s.contains("style=\"background:#"))
    #expect(!s.contains("<script"))
    let md = try ReaderRun.run(["overlaps", "000", "001", "--format", "markdown", "--no-semantic"])
      .stdout
    #expect(md.hasPrefix("# Comparison: "))
    #expect(md.contains("## Pair 1 ·"))
    let bad = try ReaderRun.run(["overlaps", "000", "001", "--format", "html", "--json"])
    #expect(bad.status == 2)
  }

  @Test func everythingFromTheCorpusIsEscaped() {
    let raw = [
      RawDocument(
        id: "a", path: "a.txt",
        text: "<script>alert(1)</script> & [link](x) *b*\n\nThe council said <b>30</b> homes.",
        url: "javascript:alert(1)"),
      RawDocument(id: "b", path: "b.txt", text: "Other\n\nThe council said 40 homes."),
    ]
    let c = Corpus(raw: raw)
    let (a, b) = (c.documents[0], c.documents[1])
    let ra = Fixture.ranges(of: "The council said <b>30</b> homes.", in: a)[0]
    let rb = Fixture.ranges(of: "The council said 40 homes.", in: b)[0]
    let d = Fixture.ranges(of: "30", in: a)[0]
    let al = Alignment(
      a: a.id, b: b.id, coverageA: 0.5, coverageB: 0.5,
      passages: [
        Passage(
          a: ra, b: rb, kind: .paraphrase, score: 0.8,
          drift: [Drift(a: d, b: nil, aText: "<i>30", bText: nil, category: .number)])
      ])
    let html = OverlapReport.html(al, a, b, hidden: 0)
    #expect(!html.contains("<script>") && html.contains("&lt;script&gt;"))
    #expect(!html.contains("<b>30") && html.contains("&lt;b&gt;<span class=\"drift\">30</span>"))
    #expect(!html.contains("<i>30") && !html.contains("javascript:"))
    let md = OverlapReport.markdown(al, a, b, hidden: 0)
    #expect(md.contains("\\[link\\](x)") && md.contains("\\*b\\*"))
  }
}
