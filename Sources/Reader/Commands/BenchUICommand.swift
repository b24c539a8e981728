import ArgumentParser
import CorpusKit
import Foundation

/// `reader bench-ui`: times key press → finished frame (update + render + diff) on a large
/// synthetic corpus, and start → first frame on the sample, without a terminal. See BENCHMARKS.md.
struct BenchUICommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench-ui", abstract: "Benchmark the browser's frame path (hidden).",
    shouldDisplay: false)

  @Option(help: "Articles in the synthetic corpus.") var articles = 10_000
  @Option(help: "Key presses to time.") var keys = 3_000
  @Option(help: "Screen width.") var width = 160
  @Option(help: "Screen height.") var height = 45

  func run() throws {
    // Start → first frame on the sample (in process: load, themes, model, render, diff).
    var starts: [Double] = []
    for _ in 0..<5 {
      let t0 = DispatchTime.now().uptimeNanoseconds
      let sample = try CorpusLoader.load(SampleCorpus.locate() ?? "")
      let themes = ThemeLoader.loadAll(environment: ProcessInfo.processInfo.environment).themes
      let m = Model(
        corpus: sample, corpusLabel: "sample", width: width, height: height, themes: themes)
      let g = Render.frame(m)
      _ = g.changes(from: nil)
      starts.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
    }
    print(
      "start → first frame (sample, in process, \(width)×\(height)): median \(fmt(median(starts))) ms over 5 runs"
    )

    let t0 = DispatchTime.now().uptimeNanoseconds
    let corpus = Self.synthetic(articles)
    let t1 = DispatchTime.now().uptimeNanoseconds
    print(
      "synthetic corpus: \(corpus.documents.count) articles built in \(fmt(Double(t1 - t0) / 1e9)) s"
    )
    var m = Model(corpus: corpus, corpusLabel: "synthetic", width: width, height: height)
    // Analyses as the engines would deliver them: a report with a pair per 10 articles, an
    // index with one entity per 50 articles, so marks, the sidebar and highlights are drawn.
    _ = m.update(.duplicatesReady(Self.report(corpus)))
    _ = m.update(.entitiesReady(Self.index(corpus)))
    var prev = Render.frame(m)
    let script: [Key] =
      [
        .char("j"), .char("j"), .char("j"), .pageDown, .char("k"), .enter, .char("j"), .char("j"),
        .ctrl("d"), .char("e"),
        .char("j"), .char("j"), .tab, .char("G"), .char("g"), .char("q"), .char("c"), .char("j"),
        .enter, .char("j"),
        .char("]"), .char("]"), .char("["), .char("s"), .char("j"), .char("q"), .char("s"),
        .char("T"), .char("G"), .char("g"),
        .pageDown, .char("e"),
      ]
    var times: [Double] = []
    var labels: [String] = []
    var cpu: [Double] = []
    times.reserveCapacity(keys)
    for i in 0..<keys {
      let k = script[i % script.count]
      labels.append("\(k.label) on \(StatusBar.mode(m).lowercased())")
      let s = DispatchTime.now().uptimeNanoseconds
      let c0 = Self.threadCPU()
      _ = m.handle(k)
      if m.quit { m.quit = false }
      // An alignment arrives "instantly" for the benchmark, as the runner would post it.
      if m.screen == .compare, let c = m.compare, c.alignment.value == nil {
        _ = m.update(.alignmentReady(Self.alignment(corpus.documents[c.a], corpus.documents[c.b])))
      }
      let g = Render.frame(m)
      let changed = g.changes(from: prev)
      prev = g
      times.append(Double(DispatchTime.now().uptimeNanoseconds - s) / 1e6)
      cpu.append(Self.threadCPU() - c0)
      if changed.count < 0 { print("") }
    }
    var slowest: [String: Double] = [:]
    for (t, l) in zip(times, labels) { slowest[l] = max(slowest[l] ?? 0, t) }
    print(
      "slowest keys: "
        + slowest.sorted { $0.value > $1.value }.prefix(5).map { "\($0.key) \(fmt($0.value)) ms" }
        .joined(separator: ", "))
    let sorted = times.sorted()
    let p99 = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.99))]
    print(
      "key → frame (update + render + diff), \(articles) articles, \(width)×\(height), \(keys) keys: median \(fmt(median(times))) ms, p99 \(fmt(p99)) ms, max \(fmt(sorted.last ?? 0)) ms"
    )
    let cpuSorted = cpu.sorted()
    print(
      "  thread CPU time per key: median \(fmt(median(cpu))) ms, p99 \(fmt(cpuSorted[min(cpuSorted.count - 1, Int(Double(cpuSorted.count) * 0.99))])) ms, max \(fmt(cpuSorted.last ?? 0)) ms"
    )
  }

  /// CPU time of this thread in ms: the work itself, without time lost to preemption on a
  /// busy machine.
  static func threadCPU() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) * 1e3 + Double(ts.tv_nsec) / 1e6
  }

  func fmt(_ x: Double) -> String { String(format: "%.3f", x) }
  func median(_ a: [Double]) -> Double {
    let s = a.sorted()
    return s.isEmpty ? 0 : s[s.count / 2]
  }

  /// Articles made from the sample: paragraphs rotated and suffixed, so every one differs.
  static func synthetic(_ n: Int) -> Corpus {
    let sample = (try? CorpusLoader.load(SampleCorpus.locate() ?? "")).map { $0.documents } ?? []
    let texts = sample.map { $0.text.string }
    var raw: [RawDocument] = []
    for i in 0..<n {
      let base = texts.isEmpty ? "Title\n\nBody text." : texts[i % texts.count]
      var paras = base.components(separatedBy: "\n\n")
      if paras.count > 2 {
        let r = i % (paras.count - 1)
        paras = [paras[0]] + Array(paras[1...].dropFirst(r)) + Array(paras[1...].prefix(r))
      }
      raw.append(
        RawDocument(
          id: String(format: "%05d", i), path: "synthetic/\(i).txt",
          text: paras.joined(separator: "\n\n") + "\n\nArticle \(i).\n",
          date: String(format: "2023-%02d-%02d", 1 + i % 12, 1 + i % 28),
          outlet: ["Reuters", "AP", "BelTA", "Xinhua"][i % 4]))
    }
    return Corpus(raw: raw)
  }

  static func report(_ c: Corpus) -> DuplicateReport {
    let d = c.documents
    var pairs: [DocumentPair] = []
    for i in stride(from: 0, to: d.count - 1, by: 10) {
      pairs.append(
        DocumentPair(
          a: d[i].id, b: d[i + 1].id, similarity: 0.8, sharedA: 0.6, sharedB: 0.7,
          relation: .rewrite, derived: d[i + 1].id))
    }
    return DuplicateReport(pairs: pairs, clusters: pairs.map { [$0.a, $0.b] }, repeats: [])
  }

  static func index(_ c: Corpus) -> EntityIndex {
    var mentions: [String: [EntityMention]] = [:]
    for (i, d) in c.documents.enumerated() {
      // Every capitalised body token after the first of a paragraph, as a stand-in mention.
      for p in d.paragraphs where p.kind == .body {
        for t in d.tokens[p.tokens].dropFirst()
        where t.kind == .word && d.text.scalars[t.start].properties.isUppercase {
          let name = d.slice(t.range)
          mentions["\(name) \(i % 50)", default: []].append(
            EntityMention(
              doc: d.id, range: t.range, text: name, type: .person, entityID: "\(name) \(i % 50)"))
        }
      }
    }
    let entities = mentions.map {
      Entity(id: $0.key, type: .person, aliases: [$0.key], mentions: $0.value)
    }
    .sorted { ($0.mentions.count, $1.id) > ($1.mentions.count, $0.id) }
    return EntityIndex(entities: entities)
  }

  static func alignment(_ a: Document, _ b: Document) -> Alignment {
    let pa = a.paragraphs.filter { $0.kind == .body }
    let pb = b.paragraphs.filter { $0.kind == .body }
    let passages = zip(pa, pb).enumerated().map { i, p in
      Passage(a: p.0.range, b: p.1.range, kind: i % 2 == 0 ? .verbatim : .paraphrase, score: 0.9)
    }
    return Alignment(a: a.id, b: b.id, coverageA: 0.6, coverageB: 0.5, passages: passages)
  }
}
