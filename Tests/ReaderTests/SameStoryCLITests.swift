import Foundation
import Testing

/// `reader dups` keeps the same-story relation apart from copies (issue 9, item 6).
struct SameStoryCLITests {
  /// Two reports of one strike in other words, and lowercase filler articles so that the
  /// strike's names and figures are rare in the corpus.
  static func corpus() throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "reader-same-story-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let a = """
      Strike grounds Northwind flights

      Pilots at Northwind Airways walked out on Tuesday, and the carrier cancelled 412 flights from Lakeport airport. The union, led by Maria Tessaro, said its 3,200 members want a pay rise of 14 per cent. Northwind called the walkout reckless and said it would cost about 9 million a day.

      Travellers queued for hours at Lakeport, where officials from the Ravenna transport ministry asked both sides to meet. Tessaro told reporters the pilots would stay out until Friday unless Northwind improved its offer. The airline's chief executive, Oskar Lindqvist, said the demand was out of reach.

      """
    let b = """
      Pilots' walkout hits Northwind

      Hundreds of passengers were stranded at Lakeport after Northwind Airways scrapped 412 departures when pilots began a strike. Union chief Maria Tessaro says the 3,200 pilots she represents are seeking 14 per cent more pay.

      Oskar Lindqvist, who runs Northwind, rejected the claim as unaffordable and put the cost of the dispute at 9 million each day. The Ravenna transport ministry has urged talks, while Tessaro warned that the action could run until the end of the week.

      """
    try a.write(toFile: dir + "/strike-a.txt", atomically: false, encoding: .utf8)
    try b.write(toFile: dir + "/strike-b.txt", atomically: false, encoding: .utf8)
    var state: UInt64 = 17
    let syllables = ["ka", "lo", "mi", "ren", "tus", "va", "dor", "pel", "si", "nu", "gra"]
    for k in 0..<8 {
      var words: [String] = []
      for _ in 0..<200 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let x = Int(state >> 33)
        words.append(syllables[x % 11] + syllables[(x / 11) % 11] + syllables[(x / 121) % 11])
      }
      try ("filler \(k)\n\n" + words.joined(separator: " ") + ".\n")
        .write(toFile: dir + "/filler-\(k).txt", atomically: false, encoding: .utf8)
    }
    return dir
  }

  @Test func dupsListsTheSameStoryApartFromCopies() throws {
    let dir = try Self.corpus()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let r = try ReaderRun.run(["dups", "--corpus", dir, "--no-index", "--json"])
    #expect(r.status == 0)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    #expect((root["pairs"] as? [Any])?.isEmpty == true)
    #expect((root["clusters"] as? [Any])?.isEmpty == true)
    let story = try #require(root["same_story"] as? [[String: Any]])
    #expect(story.count == 1)
    #expect(
      Set([story.first?["a"] as? String, story.first?["b"] as? String]) == ["strike-a", "strike-b"])
    #expect(story.first?["relation"] as? String == "same-story")
    let text = try ReaderRun.run(["dups", "--corpus", dir, "--no-index"])
    #expect(text.stdout.contains("Same story (one event told in other words; no text copied):"))
    #expect(text.stdout.contains("strike-a") && text.stdout.contains("same-story"))
  }
}
