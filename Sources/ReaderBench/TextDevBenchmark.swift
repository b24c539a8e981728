@_spi(Bench) import CorpusKit
import Foundation

/// `reader-bench text-dev [--dev DIR] [--limit N] [--pages show] [--dump DIR]`: the dev pages'
/// plain-text scrapes (page.txt) loaded as one corpus, as `score-boilerplate` loads them, and
/// scored in process: bag-of-words F1 of the body and heading paragraphs against gold.txt, title
/// word F1 against title.txt (none given counts 0; a title sharing no word is wrong). `--dump`
/// writes each page's paragraphs with their kinds, for reading the errors.
enum TextDevBenchmark {
  static func run(_ args: [String]) throws {
    let options = BenchOptions(args)
    let dir = options.string("--dev", default: BenchPaths.shared + "/eval/dev/boilerplate-l3s")
    let limit = options.int("--limit", default: Int.max)
    let verbose = options.string("--pages", default: "") == "show"
    let dump = options.string("--dump", default: "")
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else {
      throw CorpusError.missingPath(dir)
    }
    let pages = names.sorted().filter {
      FileManager.default.fileExists(atPath: "\(dir)/\($0)/page.txt")
    }
    .prefix(limit)
    var raw: [RawDocument] = []
    for p in pages {
      let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(dir)/\(p)/page.txt")))
      guard case .text(let text, _) = TextDecoding.decode(bytes) else { continue }
      raw.append(RawDocument(id: p, path: "\(p).txt", text: text))
    }
    let t0 = Clock.now
    let corpus = Corpus(raw: raw)
    let seconds = Clock.now - t0
    let explain = options.string("--explain", default: "")
    if !explain.isEmpty {
      for d in corpus.documents where d.id.hasPrefix(explain) {
        for l in CleaningExplain.lines(d, in: corpus) { print(l) }
        for l in CleaningExplain.titleLines(d, in: corpus) { print(l) }
      }
      return
    }
    var f1s: [Double] = []
    var titleScores: [Double?] = []
    var titleHalves: [[Double?]] = [[], []]
    for (n, p) in pages.enumerated() {
      let gold = (try? String(contentsOfFile: "\(dir)/\(p)/gold.txt", encoding: .utf8)) ?? ""
      let doc = corpus.document(id: p)
      let body =
        doc.map { d in d.bodyParagraphs.map { d.slice($0.range) }.joined(separator: "\n") } ?? ""
      let s = BagOfWords.score(gold: gold, predicted: body)
      f1s.append(s.f1)
      var titleNote = ""
      if let t = try? String(contentsOfFile: "\(dir)/\(p)/title.txt", encoding: .utf8) {
        let want = String(t.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
        if let got = doc?.title, !got.isEmpty {
          let ts = BagOfWords.score(gold: want, predicted: got).f1
          titleScores.append(ts)
          titleHalves[n % 2].append(ts)
          titleNote =
            String(format: " title %.2f", ts) + (ts < 1 ? " want [\(want)] got [\(got)]" : "")
        } else {
          titleScores.append(nil)
          titleHalves[n % 2].append(nil)
          titleNote = " title none want [\(want)]"
        }
      }
      if verbose {
        print(
          String(format: "%@ f1 %.3f p %.3f r %.3f", p, s.f1, s.precision, s.recall) + titleNote)
      }
      if !dump.isEmpty, let d = doc {
        var out = ""
        for q in d.paragraphs {
          out += "[\(q.kind)] \(d.slice(q.range).replacingOccurrences(of: "\n", with: " / "))\n"
        }
        try out.write(toFile: "\(dump)/\(p).txt", atomically: false, encoding: .utf8)
      }
    }
    let mean = f1s.reduce(0, +) / Double(max(1, f1s.count))
    // The median as Python's `statistics.median` takes it (the mean of the middle two).
    let sorted = f1s.sorted()
    let med =
      sorted.count % 2 == 1
      ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    print("titles: " + titleSummary(titleScores))
    // Pages by their place in the sorted list, even and odd: rules decided on one half are
    // checked on the other.
    print("titles, even pages: " + titleSummary(titleHalves[0]))
    print("titles, odd pages: " + titleSummary(titleHalves[1]))
    print(
      "bow F1 mean \(String(format: "%.3f", mean)) median \(String(format: "%.3f", med)) over \(f1s.count) pages"
        + String(format: " (corpus load %.2f s)", seconds)
    )
  }

  /// Title word F1 (none given counts 0) and wrong titles (no word in common) of given ones.
  static func titleSummary(_ scores: [Double?]) -> String {
    let given = scores.compactMap { $0 }
    let mean = scores.reduce(0) { $0 + ($1 ?? 0) } / Double(max(1, scores.count))
    let wrong = given.filter { $0 == 0 }.count
    return "word F1 mean \(String(format: "%.3f", mean)) over \(scores.count) pages; none given "
      + "\(scores.count - given.count); wrong \(wrong) of \(given.count) given ("
      + String(format: "%.1f%%", 100 * Double(wrong) / Double(max(1, given.count))) + ")"
  }
}
