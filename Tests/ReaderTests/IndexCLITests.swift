import Foundation
import Testing

@testable import Reader

/// `reader search`, `reader index`, `--index` and `--no-index` (issue 12). Every run gets its
/// own `XDG_CACHE_HOME` (ReaderRun.environment) or an explicit `--index`.
@Suite(.serialized) struct IndexCLITests {
  static func corpus() throws -> (dir: String, corpus: String) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "reader-index-cli-\(UUID().uuidString)"
    ).path
    let corpus = dir + "/corpus"
    try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
    try "Harbour reopens\n\nThe old harbour of Marseille reopened to ferries on Friday.\n"
      .write(toFile: corpus + "/a.txt", atomically: true, encoding: .utf8)
    try "Ferry strike\n\nFerry crews went on strike at the harbour of Dover.\n"
      .write(toFile: corpus + "/b.txt", atomically: true, encoding: .utf8)
    try "Hostile \u{1B}]0;pwned\u{07} text\n\nA harbour \u{1B}[31mred\u{1B}[0m story.\n"
      .write(toFile: corpus + "/c.txt", atomically: true, encoding: .utf8)
    return (dir, corpus)
  }

  @Test func searchPrintsIdsOffsetsAndSafeSnippets() throws {
    let (dir, corpus) = try Self.corpus()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let index = dir + "/index.sqlite"
    let r = try ReaderRun.run(["search", "harbour", "--corpus", corpus, "--index", index])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("a  2 matches at 0-7,"))
    #expect(r.stdout.contains("[harbour]"))
    // Corpus text never reaches the terminal raw.
    #expect(!r.stdout.contains("\u{1B}"))
    let j = try ReaderRun.run([
      "search", "\"harbour of\"", "--json", "--corpus", corpus, "--index", index,
    ])
    #expect(j.status == 0)
    let hits = try #require(
      try JSONSerialization.jsonObject(with: Data(j.stdout.utf8)) as? [[String: Any]])
    #expect(Set(hits.compactMap { $0["id"] as? String }) == ["a", "b"])
    for h in hits {
      #expect(Set(h.keys) == ["id", "title", "matches", "snippet", "snippet_matches"])
      let text = try String(contentsOfFile: corpus + "/\(h["id"]!).txt", encoding: .utf8)
      let scalars = Array(text.unicodeScalars)
      for m in try #require(h["matches"] as? [[Int]]) {
        let found = String(String.UnicodeScalarView(scalars[m[0]..<m[1]])).lowercased()
        #expect(["harbour", "of", "harbour of"].contains(found), "\(found)")
      }
    }
    // Nothing written into the corpus folder.
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: corpus).sorted()
        == ["a.txt", "b.txt", "c.txt"])
  }

  @Test func indexStatsVacuumAndTheDefaultPlace() throws {
    let (dir, corpus) = try Self.corpus()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let cache = dir + "/cache"
    let env = ["XDG_CACHE_HOME": cache]
    let first = try ReaderRun.run(["index", "--corpus", corpus], extraEnvironment: env)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.contains("articles: 3"))
    #expect(first.stdout.contains("0 files from the index, 3 read"))
    let files = try FileManager.default.contentsOfDirectory(atPath: cache + "/reader")
    #expect(files.contains { $0.hasPrefix("corpus-") && $0.hasSuffix(".sqlite") })
    let stats = try ReaderRun.run(["index", "--stats", "--corpus", corpus], extraEnvironment: env)
    #expect(stats.stdout.contains("3 files from the index, 0 read"))
    #expect(stats.stdout.contains("analyses: none stored yet"))
    // reader dups stores the duplicate report; the next stats list it.
    let dups = try ReaderRun.run(["dups", "--corpus", corpus], extraEnvironment: env)
    #expect(dups.status == 0, "\(dups.stderr)")
    let stored = try ReaderRun.run(["index", "--stats", "--corpus", corpus], extraEnvironment: env)
    #expect(stored.stdout.contains("analyses: duplicates ("))
    let vacuum = try ReaderRun.run(
      ["index", "--vacuum", "--corpus", corpus], extraEnvironment: env)
    #expect(vacuum.status == 0)
    #expect(vacuum.stdout.hasPrefix("vacuumed "))
    // --no-index stores nothing.
    let other = dir + "/other-cache"
    let plain = try ReaderRun.run(
      ["list", "--no-index", "--corpus", corpus], extraEnvironment: ["XDG_CACHE_HOME": other])
    #expect(plain.status == 0)
    #expect(!FileManager.default.fileExists(atPath: other))
    let refused = try ReaderRun.run(["search", "x", "--no-index", "--corpus", corpus])
    #expect(refused.status == 2)
  }

  @Test func aDamagedIndexIsRebuiltWithOneLine() throws {
    let (dir, corpus) = try Self.corpus()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let index = dir + "/index.sqlite"
    try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: index))
    let r = try ReaderRun.run(["list", "--corpus", corpus, "--index", index])
    #expect(r.status == 0)
    let lines = r.stderr.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.first?.contains("rebuilding it") == true)
    #expect(r.stdout.contains("Harbour reopens"))
    let again = try ReaderRun.run(["list", "--corpus", corpus, "--index", index])
    #expect(again.stderr.isEmpty)
    #expect(again.stdout == r.stdout)
  }

  /// Every command prints the same through a cold index, a warm one and none, on the sample
  /// (read as a folder) with a file changed in between.
  @Test func outputIsTheSameWithAndWithoutTheIndex() throws {
    let (dir, _) = try Self.corpus()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let sample = try #require(SampleCorpus.locate())
    let corpus = dir + "/sample"
    try FileManager.default.copyItem(atPath: sample, toPath: corpus)
    let index = dir + "/sample.sqlite"
    let commands: [[String]] = [
      ["list", "--json"], ["show", "001", "--all", "--json"], ["dups", "--json"],
      ["overlaps", "000", "001", "--json", "--no-semantic"], ["entities", "--json"],
    ]
    func outputs(_ extra: [String]) throws -> [String] {
      try commands.map { args in
        let r = try ReaderRun.run(args + ["--corpus", corpus] + extra)
        #expect(r.status == 0, "\(args) \(extra): \(r.stderr)")
        return r.stdout
      }
    }
    let plain = try outputs(["--no-index"])
    #expect(try outputs(["--index", index]) == plain)  // cold, then warm for the later commands
    #expect(try outputs(["--index", index]) == plain)  // all warm
    // A changed file: the index and a fresh read agree again.
    let file = try #require(
      try FileManager.default.contentsOfDirectory(atPath: corpus).first { $0.hasPrefix("004") })
    let handle = try #require(FileHandle(forWritingAtPath: corpus + "/" + file))
    handle.seekToEndOfFile()
    handle.write(Data("\nA closing line added later.\n".utf8))
    handle.closeFile()
    #expect(try outputs(["--index", index]) == (try outputs(["--no-index"])))
  }
}
