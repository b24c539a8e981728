// libFuzzer harness for CorpusKit (built by scripts/fuzz, not by SwiftPM): compiled into the
// CorpusKit module itself, so it reaches the internal decoder and record reader. FUZZ_TARGET
// picks what one run exercises; every target checks invariants, and a broken one is a crash
// that libFuzzer saves as a reproducer.
import Foundation

/// The target of this process, from FUZZ_TARGET: decode, records, document or align.
let fuzzTarget = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? "document"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  switch fuzzTarget {
  case "decode": FuzzChecks.decode(bytes)
  case "records": FuzzChecks.records(bytes)
  case "align": FuzzChecks.align(bytes)
  default: FuzzChecks.document(bytes)
  }
  return 0
}

enum FuzzChecks {
  static func check(_ ok: Bool, _ what: @autoclosure () -> String) {
    if !ok { fatalError("invariant broken: \(what())") }
  }

  /// TextDecoding: deterministic, never blank text, and text is valid Unicode by construction.
  static func decode(_ bytes: [UInt8]) {
    let r = TextDecoding.decode(bytes)
    check(r == TextDecoding.decode(bytes), "decode is not deterministic")
    if case .text(let t, _) = r { check(!TextDecoding.isBlank(t), "blank text accepted") }
    let shown = TerminalSafeText.forTerminal(String(decoding: bytes, as: UTF8.self))
    check(
      !shown.unicodeScalars.contains { $0 != "\n" && $0 != "\t" && $0 != "\r" && TerminalSafeText.standIn(for: $0) != nil },
      "an unsafe scalar survived forTerminal")
  }

  /// RecordReader: JSON and JSON Lines never crash; every record read has text.
  static func records(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    for (docs, warnings) in [
      RecordReader.readJSON(text, path: "f.json", stem: "f"),
      RecordReader.readJSONLines(text, path: "f.jsonl", stem: "f"),
    ] {
      for d in docs { check(!TextDecoding.isBlank(d.text), "a record without text") }
      for w in warnings { check(w.path.hasPrefix("f.json"), "a warning without its file") }
    }
  }

  /// The whole pipeline for one article: decoding, lines, paragraphs, tokens, sentences,
  /// cleaning and metadata; every range lies inside the text and in order.
  static func document(_ bytes: [UInt8]) {
    guard case .text(let t, _) = TextDecoding.decode(bytes) else { return }
    let corpus = Corpus(raw: [RawDocument(id: "f", path: "f.txt", text: t)])
    check(corpus.documents.count == 1, "one article in, one document out")
    checkDocument(corpus.documents[0])
  }

  static func checkDocument(_ d: Document) {
    let n = d.text.scalars.count
    var last = 0
    for l in d.lines {
      check(l.range.lowerBound >= last && l.range.upperBound <= n, "line out of order or range")
      last = l.range.upperBound
    }
    last = 0
    for p in d.paragraphs {
      check(p.range.lowerBound >= last && p.range.upperBound <= n, "paragraph out of order or range")
      check(p.tokens.upperBound <= d.tokens.count && p.sentences.upperBound <= d.sentences.count, "paragraph indexes")
      last = p.range.upperBound
    }
    last = 0
    for tok in d.tokens {
      check(tok.start >= last && tok.start < tok.end && tok.end <= n, "token out of order or range")
      last = tok.end
    }
    for s in d.sentences { check(s.lowerBound >= 0 && s.upperBound <= n, "sentence out of range") }
  }

  /// The aligner and the duplicate finder on two articles (the input split at its first 0xFF
  /// byte, or in half): passages lie inside both documents.
  static func align(_ bytes: [UInt8]) {
    let cut = bytes.firstIndex(of: 0xFF) ?? bytes.count / 2
    let a = String(decoding: bytes[..<cut], as: UTF8.self)
    let b = String(decoding: bytes[min(cut + 1, bytes.count)...], as: UTF8.self)
    guard !TextDecoding.isBlank(a), !TextDecoding.isBlank(b) else { return }
    let corpus = Corpus(raw: [
      RawDocument(id: "a", path: "a.txt", text: a), RawDocument(id: "b", path: "b.txt", text: b),
    ])
    let engine = OverlapEngine(corpus: corpus)
    let (da, db) = (corpus.documents[0], corpus.documents[1])
    for (x, y) in [(da, db), (db, da), (da, da)] {
      let al = engine.align(x, y)
      for p in al.passages {
        check(p.a.lowerBound >= 0 && p.a.upperBound <= x.text.scalars.count, "passage outside A")
        check(p.b.lowerBound >= 0 && p.b.upperBound <= y.text.scalars.count, "passage outside B")
        check(p.score >= 0 && p.score <= 1.000001, "score out of 0...1")
      }
      check(al.coverageA >= 0 && al.coverageA <= 1.000001, "coverage out of 0...1")
    }
    _ = engine.duplicates()
  }
}
