@_spi(Bench) import CorpusKit
import Foundation

/// `reader-bench html [--dev DIR] [--limit N] [--runs R] [--quality no] [--dump FILE]`: HTML
/// extraction per page (decode, gumbo parse, block scoring, metadata) over the dev pages, median
/// and p90 of each page's best wall time and best thread CPU time over R runs (CPU time is the
/// steadier figure on a loaded machine); `--dump` writes what the reader keeps of every page (to
/// check that a speed-up changes nothing); then, unless `--quality no`, the pages loaded as one
/// corpus and scored against their gold (bag-of-words F1 of body and heading paragraphs, title
/// word F1), as `score-boilerplate --html` does.
enum HtmlBenchmark {
  static func run(_ args: [String]) throws {
    let options = BenchOptions(args)
    let dir = options.string("--dev", default: BenchPaths.shared + "/eval/dev/boilerplate-l3s")
    let limit = options.int("--limit", default: Int.max)
    let runs = options.int("--runs", default: 5)
    let verbose = options.string("--pages", default: "") == "show"
    let quality = options.string("--quality", default: "yes") != "no"
    let dump = options.string("--dump", default: "")
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else {
      throw CorpusError.missingPath(dir)
    }
    let pages = names.sorted().filter {
      FileManager.default.fileExists(atPath: "\(dir)/\($0)/page.html")
    }
    .prefix(limit)
    var inputs: [(name: String, bytes: [UInt8])] = []
    for p in pages {
      let data = try Data(contentsOf: URL(fileURLWithPath: "\(dir)/\(p)/page.html"))
      inputs.append((p, [UInt8](data)))
    }
    // Speed: each page's best of `runs`.
    var best = [Double](repeating: .infinity, count: inputs.count)
    var bestCPU = [Double](repeating: .infinity, count: inputs.count)
    for _ in 0..<runs {
      for (i, input) in inputs.enumerated() {
        let c0 = Clock.cpu
        let t0 = Clock.now
        let r = HtmlArticleReader.read(input.bytes, path: input.name, id: input.name)
        let t1 = Clock.now
        let c1 = Clock.cpu
        precondition(r.0 != nil || !r.1.isEmpty)
        best[i] = min(best[i], t1 - t0)
        bestCPU[i] = min(bestCPU[i], c1 - c0)
      }
    }
    guard !inputs.isEmpty else { return }
    let sorted = best.sorted()
    let sortedCPU = bestCPU.sorted()
    let bytes = inputs.reduce(0) { $0 + $1.bytes.count }
    let ms = { (x: Double) in String(format: "%.2f", x * 1000) }
    print(
      "html extraction: \(inputs.count) pages, \(bytes / max(1, inputs.count) / 1000) KB mean; per page median "
        + "\(ms(sorted[sorted.count / 2])) ms, p90 \(ms(sorted[sorted.count * 9 / 10])) ms; thread CPU median "
        + "\(ms(sortedCPU[sortedCPU.count / 2])) ms, p90 \(ms(sortedCPU[sortedCPU.count * 9 / 10])) ms, "
        + "total \(ms(bestCPU.reduce(0, +))) ms (best of \(runs) runs)"
    )
    if !dump.isEmpty {
      // Everything the reader keeps of each page, to check that a speed-up changes no output.
      var out = ""
      for input in inputs {
        let (d, w) = HtmlArticleReader.read(input.bytes, path: input.name, id: input.name)
        out += "\(input.name)\t\(d?.title ?? "-")\t\(d?.date ?? "-")\t\(d?.outlet ?? "-")\t"
        out +=
          "\(d?.titleCandidates ?? [])\t\(d?.kinds?.map { "\($0)" } ?? [])\t\(w.map(\.message))\n"
        out += (d?.text ?? "") + "\n"
      }
      try out.write(toFile: dump, atomically: true, encoding: .utf8)
    }
    guard quality else { return }
    // Quality: the pages as one corpus (template repetition across pages counts), as the scorer loads them.
    var raw: [RawDocument] = []
    for input in inputs {
      if let d = HtmlArticleReader.read(input.bytes, path: input.name, id: input.name).0 {
        raw.append(d)
      }
    }
    let corpus = Corpus(raw: raw)
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
        if let got = doc?.title {
          let ts = BagOfWords.score(gold: want, predicted: got).f1
          titleScores.append(ts)
          titleHalves[n % 2].append(ts)
          titleNote =
            String(format: " title %.2f", ts) + (ts < 1 ? " want [\(want)] got [\(got)]" : "")
        } else {
          titleScores.append(nil)
          titleHalves[n % 2].append(nil)
          titleNote = " title none want [\(want)] page [\(doc.map { _ in "" } ?? "")]"
        }
      }
      if verbose {
        print(
          String(format: "%@ f1 %.3f p %.3f r %.3f", p, s.f1, s.precision, s.recall) + titleNote)
      }
    }
    let mean = f1s.reduce(0, +) / Double(max(1, f1s.count))
    let med = f1s.sorted()[f1s.count / 2]
    print("titles: " + TextDevBenchmark.titleSummary(titleScores))
    print("titles, even pages: " + TextDevBenchmark.titleSummary(titleHalves[0]))
    print("titles, odd pages: " + TextDevBenchmark.titleSummary(titleHalves[1]))
    print(
      "bow F1 mean \(String(format: "%.3f", mean)) median \(String(format: "%.3f", med)) over \(f1s.count) pages"
    )
  }
}
