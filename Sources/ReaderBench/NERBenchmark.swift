@_spi(Bench) import CorpusKit
import Foundation

/// `reader-bench ner [--runs R]`: entity tagging throughput on one thread, on CoNLL-2003
/// valid.txt (the tagger and the consistency pass over pre-split tokens) and on the BBC news
/// corpus (the whole recogniser over loaded documents: tagger, rules, canonical ids), plus the
/// model's load time. Every figure is a median over the runs. The machine is shared, so each
/// timing is given as wall-clock time and as this thread's CPU time (less hit by neighbours).
enum NERBenchmark {
  static func run(_ args: [String]) throws {
    let runs = BenchOptions(args).int("--runs", default: 5)
    guard let modelURL = EntityRecognizer.bundledModelURL else {
      throw EntityModelError(path: "CorpusKit resources Model/ner.model", problem: "not found")
    }
    var loads: [Double] = []
    var loadsCPU: [Double] = []
    for _ in 0..<runs {
      let t0 = Clock.now
      let c0 = CPUClock.now
      _ = try ModelFile.read(path: modelURL.path)
      loadsCPU.append(CPUClock.now - c0)
      loads.append(Clock.now - t0)
    }
    let size = (try FileManager.default.attributesOfItem(atPath: modelURL.path)[.size] as? Int) ?? 0
    print(
      String(
        format: "model load: median %.1f ms wall, %.1f ms CPU (%d bytes, %d runs)",
        median(loads) * 1000,
        median(loadsCPU) * 1000, size, runs))
    let model = try ModelFile.read(path: modelURL.path)

    let validPath = BenchPaths.shared + "/data/conll2003/valid.txt"
    let valid = try CoNLLReader.read(path: validPath)
    let validTokens = valid.reduce(0) { $0 + $1.sentences.reduce(0) { $0 + $1.words.count } }
    var validTimes: [Double] = []
    var validCPU: [Double] = []
    for _ in 0..<runs {
      let t0 = Clock.now
      let c0 = CPUClock.now
      let tagged = NEREvaluation.tag(model: model, documents: valid)
      validCPU.append(CPUClock.now - c0)
      validTimes.append(Clock.now - t0)
      precondition(!tagged.isEmpty)
    }
    let vt = median(validTimes)
    let vc = median(validCPU)
    print(
      String(
        format:
          "valid.txt: %d tokens, median %.3f s = %.0f tokens/s wall; %.3f s CPU = %.0f tokens/s",
        validTokens, vt,
        Double(validTokens) / vt, vc, Double(validTokens) / vc))

    let bbcPath = BenchPaths.shared + "/corpus/bbc"
    let corpus = try CorpusLoader.load(bbcPath)
    let recognizer = EntityRecognizer(model: model)
    let bbcTokens = corpus.documents.reduce(0) { n, d in
      n + d.paragraphs.reduce(0) { $0 + ($1.kind == .boilerplate ? 0 : $1.tokens.count) }
    }
    var bbcTimes: [Double] = []
    var bbcCPU: [Double] = []
    var mentions = 0
    for _ in 0..<runs {
      let t0 = Clock.now
      let c0 = CPUClock.now
      mentions = corpus.documents.reduce(0) { $0 + recognizer.mentions(in: $1).count }
      bbcCPU.append(CPUClock.now - c0)
      bbcTimes.append(Clock.now - t0)
    }
    let bt = median(bbcTimes)
    let bc = median(bbcCPU)
    print(
      String(
        format:
          "bbc: %d articles, %d tokens tagged, %d mentions, median %.3f s = %.0f tokens/s wall; %.3f s CPU = %.0f tokens/s",
        corpus.documents.count, bbcTokens, mentions, bt, Double(bbcTokens) / bt, bc,
        Double(bbcTokens) / bc))
    let t0 = Clock.now
    let index = EntityIndex(corpus: corpus, recognizer: recognizer)
    print(
      String(
        format: "bbc entity index (recognise + merge): %.3f s, %d entities", Clock.now - t0,
        index.entities.count))
  }
}

/// This thread's CPU time in seconds.
enum CPUClock {
  static var now: Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }
}
