@_spi(Bench) import CorpusKit
import Foundation

/// `reader-bench align [--runs R] [--words N] [--semantic]`: pairwise alignment of two
/// ~1,000-word articles against Python's difflib SequenceMatcher on word tokens
/// (scripts/difflib_baseline.py), run on the same pair in the same run; both scored against
/// the planted truth. With `--semantic` the engine also runs the sentence encoder's aligner (as
/// `reader overlaps` does by default); the sentence vectors, like the rest of a document's
/// preparation, are made by the first, untimed align and cached.
enum AlignBenchmark {
  static func run(_ args: [String]) throws {
    let options = BenchOptions(args)
    let runs = options.int("--runs", default: 21)
    let words = options.int("--words", default: 1000)
    let bbc = BenchPaths.shared + "/corpus/bbc"
    let model = try SyntheticNews(folder: bbc)
    var rng = SplitMix(seed: 7)
    // A: ~`words` words in paragraphs. B: some of A's paragraphs, edited and reordered, one
    // of them twice, among new paragraphs.
    var a: [String] = []
    while a.joined(separator: " ").split(separator: " ").count < words {
      a.append(model.paragraph(&rng))
    }
    let copied = Array(a.indices.shuffled(using: &rng).prefix(a.count / 2))
    var b: [(text: String, source: Int?)] = []
    for k in copied { b.append((SyntheticSame.edit(a[k], &rng), k)) }
    b.append((SyntheticSame.edit(a[copied[0]], &rng), copied[0]))
    while b.map(\.text).joined(separator: " ").split(separator: " ").count < words {
      b.append((model.paragraph(&rng), nil))
    }
    b.shuffle(using: &rng)
    let dir = NSTemporaryDirectory() + "reader-bench-align"
    try? FileManager.default.removeItem(atPath: dir)
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let aText = a.joined(separator: "\n\n") + "\n"
    let bText = b.map(\.text).joined(separator: "\n\n") + "\n"
    try aText.write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
    try bText.write(toFile: dir + "/b.txt", atomically: true, encoding: .utf8)
    // Truth: scalar ranges of each copied paragraph in A and its copy in B.
    func ranges(_ parts: [String]) -> [Range<Int>] {
      var out: [Range<Int>] = []
      var at = 0
      for p in parts {
        let n = p.unicodeScalars.count
        out.append(at..<(at + n))
        at += n + 2
      }
      return out
    }
    let ra = ranges(a)
    let rb = ranges(b.map(\.text))
    let truth = b.indices.compactMap { j in
      b[j].source.map { ReuseCase(aDoc: "a", a: ra[$0], bDoc: "b", b: rb[j]) }
    }

    let corpus = try CorpusLoader.load(dir)
    let engine = try BenchEncoder.engine(corpus, args)
    let da = corpus.document(id: "a")!
    let db = corpus.document(id: "b")!
    var times: [Double] = []
    var cpuTimes: [Double] = []
    var alignment = engine.align(da, db)
    for _ in 0..<runs {
      let t0 = Clock.now
      let c0 = Clock.cpu
      alignment = engine.align(da, db)
      cpuTimes.append(Clock.cpu - c0)
      times.append(Clock.now - t0)
    }
    let ours = alignment.passages.map { ReuseCase(aDoc: "a", a: $0.a, bDoc: "b", b: $0.b) }
    let oursScore = PANMeasures.score(cases: truth, detections: ours)

    let script = BenchPaths.root.appendingPathComponent("scripts/difflib_baseline.py").path
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [
      "python3", script, dir + "/a.txt", dir + "/b.txt", "--runs", String(max(5, runs / 4)),
    ]
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    let json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
    let difflibMedian = json["median"] as! Double
    let difflibCPU = json["median_cpu"] as! Double
    let spans = (json["passages"] as! [[Int]]).map {
      ReuseCase(aDoc: "a", a: $0[0]..<$0[1], bDoc: "b", b: $0[2]..<$0[3])
    }
    let difflibScore = PANMeasures.score(cases: truth, detections: spans)

    let mine = median(times)
    print(
      "pair: A \(json["a_words"]!) words, B \(json["b_words"]!) words, \(truth.count) planted copied paragraphs (edited, reordered, one copied twice)"
    )
    print(
      String(
        format: "reader align (verbatim + paraphrase + drift%@): median %.3f ms (%d runs)",
        args.contains("--semantic") ? " + encoder rewrites" : "", mine * 1000, runs))
    print(
      String(
        format: "difflib SequenceMatcher on words:            median %.3f ms", difflibMedian * 1000)
    )
    print(String(format: "ratio: %.1fx faster", difflibMedian / mine))
    let mineCPU = median(cpuTimes)
    print(
      String(
        format:
          "CPU time (thread/process, immune to the neighbours' load): reader %.3f ms, difflib %.3f ms, ratio %.1fx",
        mineCPU * 1000, difflibCPU * 1000, difflibCPU / mineCPU))
    print(
      String(
        format:
          "accuracy vs planted truth: reader plagdet %.3f (P %.3f R %.3f gran %.2f); difflib blocks >= 8 words plagdet %.3f (P %.3f R %.3f gran %.2f)",
        oursScore.plagdet, oursScore.precision, oursScore.recall, oursScore.granularity,
        difflibScore.plagdet, difflibScore.precision, difflibScore.recall, difflibScore.granularity)
    )
  }
}

/// Light copy edits for the align benchmark's planted copies.
enum SyntheticSame {
  static func edit(_ s: String, _ rng: inout SplitMix) -> String {
    var t = SyntheticNews.edit(s, edits: Int(rng.next() % 4), &rng)
    if rng.next() % 3 == 0 { t = t.replacingOccurrences(of: "'", with: "\u{2019}") }
    if rng.next() % 4 == 0 { t = t.uppercased() }
    return t
  }
}
