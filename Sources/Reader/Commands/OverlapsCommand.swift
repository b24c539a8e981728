import ArgumentParser
import CorpusIndex
import CorpusKit

/// `reader overlaps A B`: the passages two articles share, side by side.
struct OverlapsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "overlaps",
    abstract: "Show the passages two articles share: verbatim, paraphrased, with fact drift.",
    discussion: """
      A and B are document ids from 'reader list' (a unique prefix such as 001 works too); give \
      the same id twice to see what an article repeats. Page furniture shared by both sides is \
      left out; a passage whose one side is furniture is marked. Each passage has a confidence: \
      the share of development-set passages of its kind and length that were real reuse; only \
      passages at --min-score or above are shown (default 0.5), and the output says how many \
      were hidden.
      """)

  @Argument(help: "The first document id.") var a: String
  @Argument(help: "The second document id.") var b: String
  @Option(
    name: .customLong("min-score"),
    help: "Show only passages of at least this confidence (0...1; 0 shows every passage).")
  var minScore: Double = Alignment.defaultMinConfidence
  @Option(
    name: .customLong("format"),
    help: "text, or a self-contained report for editors: markdown or html (escaped).")
  var format: OverlapReport.Format = .text
  @OptionGroup var corpusOptions: CorpusOptions
  @OptionGroup var semanticOptions: SemanticOptions
  @OptionGroup var output: OutputOptions

  func validate() throws {
    if output.json && format != .text {
      throw ValidationError("--json and --format \(format.rawValue) cannot be combined")
    }
    guard minScore.isFinite, (0...1).contains(minScore) else {
      throw ValidationError("--min-score must be a number from 0 to 1, not \(minScore)")
    }
  }

  func run() throws {
    let (corpus, index) = try corpusOptions.loadWithIndex()
    let da = try CorpusOptions.document(a, in: corpus)
    let db = try CorpusOptions.document(b, in: corpus)
    let engine = OverlapEngine(corpus: corpus, encoder: semanticOptions.encoder())
    // Aligned once per build: a stored alignment of the same pair in the same corpus is read.
    var alignment: Alignment
    if let index {
      let r = index.alignment(da, db, corpus: AnalysisKeys(corpus).corpus, mode: engine.mode) {
        engine.align(da, db)
      }
      if let problem = r.saveProblem { Stderr.print("reader: \(problem)") }
      alignment = r.value
    } else {
      alignment = engine.align(da, db)
    }
    let (shown, hidden) = alignment.passages(minConfidence: minScore)
    alignment.passages = shown
    if output.json {
      print(Self.json(alignment, da, db, hidden: hidden).rendered(pretty: true))
    } else if format == .markdown {
      print(OverlapReport.markdown(alignment, da, db, hidden: hidden))
    } else if format == .html {
      print(OverlapReport.html(alignment, da, db, hidden: hidden))
    } else {
      print(Self.text(alignment, da, db, hidden: hidden, minScore: minScore))
    }
  }

  /// The contract's overlaps record, with the added `furniture`, `drift`, `confidence` and
  /// `hidden` fields.
  static func json(_ al: Alignment, _ a: Document, _ b: Document, hidden: Int = 0) -> JSONValue {
    .object([
      ("a", .string(al.a)), ("b", .string(al.b)),
      ("coverage_a", .double(al.coverageA)), ("coverage_b", .double(al.coverageB)),
      ("passages", .array(al.passages.map { passage($0, a, b) })),
      ("hidden", .int(hidden)),
      ("same_story", .array((al.storyLinks ?? []).map { storyLink($0, a, b) })),
    ])
  }

  /// One same-story link: two sentences stating the same facts in other words (not a
  /// passage; never counted as reuse).
  static func storyLink(_ l: StoryLink, _ a: Document, _ b: Document) -> JSONValue {
    .object([
      ("a_start", .int(l.a.lowerBound)), ("a_end", .int(l.a.upperBound)),
      ("b_start", .int(l.b.lowerBound)), ("b_end", .int(l.b.upperBound)),
      ("cosine", .double(l.cosine)), ("shared_anchors", .int(l.sharedAnchors)),
      ("a_text", .string(a.slice(l.a))), ("b_text", .string(b.slice(l.b))),
    ])
  }

  static func passage(_ p: Passage, _ a: Document, _ b: Document) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("a_start", .int(p.a.lowerBound)), ("a_end", .int(p.a.upperBound)),
      ("b_start", .int(p.b.lowerBound)), ("b_end", .int(p.b.upperBound)),
      ("kind", .string(p.kind.rawValue)), ("score", .double(p.score)),
      ("confidence", .double(p.confidence)),
    ]
    if let f = p.furniture { members.append(("furniture", .string(f.rawValue))) }
    members.append(("a_text", .string(a.slice(p.a))))
    members.append(("b_text", .string(b.slice(p.b))))
    members.append(("drift", .array(p.drift.map(drift))))
    return .object(members)
  }

  static func drift(_ d: Drift) -> JSONValue {
    .object([
      ("a_start", d.a.map { .int($0.lowerBound) } ?? .null),
      ("a_end", d.a.map { .int($0.upperBound) } ?? .null),
      ("b_start", d.b.map { .int($0.lowerBound) } ?? .null),
      ("b_end", d.b.map { .int($0.upperBound) } ?? .null),
      ("a_text", .optional(d.aText)), ("b_text", .optional(d.bText)),
      ("category", .string(d.category.rawValue)),
    ])
  }

  /// Plain text: a header with coverage, then each passage as two wrapped columns.
  static func text(
    _ al: Alignment, _ a: Document, _ b: Document, hidden: Int = 0, minScore: Double = 0,
    width: Int = 100
  ) -> String {
    var out: [String] = []
    out.append("A  \(a.id)  \(DocumentLabel.title(a))")
    out.append("B  \(b.id)  \(DocumentLabel.title(b))")
    out.append(
      "\(al.passages.count) passage\(al.passages.count == 1 ? "" : "s"); A covered \(percent(al.coverageA)), B covered \(percent(al.coverageB))"
        + (hidden > 0
          ? "; \(hidden) less reliable passage\(hidden == 1 ? "" : "s") hidden (confidence below \(String(format2: minScore)); --min-score 0 shows all)"
          : ""))
    let column = max(20, (width - 3) / 2)
    for (k, p) in al.passages.enumerated() {
      out.append("")
      var head =
        "#\(k + 1) \(p.kind.rawValue) \(String(format2: p.score)) confidence \(String(format2: p.confidence))  A \(p.a.lowerBound)-\(p.a.upperBound)  B \(p.b.lowerBound)-\(p.b.upperBound)"
      if let f = p.furniture { head += "  (\(f == .a ? "A" : "B") side is page furniture)" }
      out.append(head)
      let left = SideBySide.wrap(a.slice(p.a), column)
      let right = SideBySide.wrap(b.slice(p.b), column)
      for r in 0..<max(left.count, right.count) {
        let l = r < left.count ? left[r] : ""
        let rr = r < right.count ? right[r] : ""
        out.append(SideBySide.pad(l, column) + " | " + rr)
      }
      for d in p.drift {
        out.append("   drift (\(d.category.rawValue)): \(d.aText ?? "—") → \(d.bText ?? "—")")
      }
    }
    out += storyText(al, a, b, column: column)
    return out.joined(separator: "\n")
  }

  static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }

  /// The same-story section of the plain text: one line saying what it is (not copied
  /// text), then each link as two wrapped columns; nothing when the pair is not one.
  static func storyText(_ al: Alignment, _ a: Document, _ b: Document, column: Int) -> [String] {
    guard let links = al.storyLinks, !links.isEmpty else { return [] }
    var out = [
      "",
      "Same story: one event told in other words, no text copied; \(links.count) sentence pair\(links.count == 1 ? "" : "s") state the same facts (not passages)",
    ]
    for (k, l) in links.enumerated() {
      out.append("")
      out.append(
        "~\(k + 1) same story \(String(format2: l.cosine)), \(l.sharedAnchors) name\(l.sharedAnchors == 1 ? "" : "s")/number\(l.sharedAnchors == 1 ? "" : "s") shared  A \(l.a.lowerBound)-\(l.a.upperBound)  B \(l.b.lowerBound)-\(l.b.upperBound)"
      )
      let left = SideBySide.wrap(a.slice(l.a), column)
      let right = SideBySide.wrap(b.slice(l.b), column)
      for r in 0..<max(left.count, right.count) {
        out.append(
          SideBySide.pad(r < left.count ? left[r] : "", column) + " | "
            + (r < right.count ? right[r] : ""))
      }
    }
    return out
  }
}

extension String {
  init(format2 x: Double) {
    let r = (x * 100).rounded() / 100
    self = "\(r)"
  }
}

/// Plain-text columns: word wrapping and padding by display width.
enum SideBySide {
  static func wrap(_ s: String, _ width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    var w = 0
    for word in s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }) {
      let ww = DisplayWidth.of(String(word))
      if w > 0 && w + 1 + ww > width {
        lines.append(line)
        line = ""
        w = 0
      }
      if ww > width {
        if w > 0 {
          lines.append(line)
          line = ""
          w = 0
        }
        lines.append(TextTable.clip(String(word), width))
        continue
      }
      if w > 0 {
        line += " "
        w += 1
      }
      line += word
      w += ww
    }
    if w > 0 { lines.append(line) }
    return lines
  }

  static func pad(_ s: String, _ width: Int) -> String {
    s + String(repeating: " ", count: max(0, width - DisplayWidth.of(s)))
  }
}
