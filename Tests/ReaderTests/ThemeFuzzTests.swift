import Foundation
import Testing

@_spi(Bench) @testable import CorpusKit
@testable import Reader

/// Bounded mutation fuzzing of the theme parser (TOMLKit plus our checks), run by
/// `scripts/fuzz` with READER_FUZZ_SECONDS set; skipped in the ordinary test run. Inputs are
/// the bundled themes mutated at random (seeded, so a run can be repeated with
/// READER_FUZZ_SEED): byte flips, deletions, duplicated or swapped lines, and tokens that
/// stress a TOML parser or a terminal. A theme either parses or is refused with a
/// `ThemeError` naming the file; nothing may crash, and the message must be printable safely.
@Suite(
  .enabled(
    if: ProcessInfo.processInfo.environment["READER_FUZZ_SECONDS"] != nil,
    "set READER_FUZZ_SECONDS (scripts/fuzz does) to fuzz the theme parser"))
struct ThemeFuzzTests {
  static let tokens = [
    "[", "]", "[[", "]]", "=", "\"", "'", "\"\"\"", "#", ",", "{", "}", ".", "\n", "\\u",
    "\u{1B}]52;c;eA==\u{07}", "\u{0}", "\u{202E}", "1e999", String(repeating: "9", count: 400),
    "-0", "nan", "inf", "true", "0x7FFFFFFFFFFFFFFF", "1979-05-27T07:32:00Z", "fg", "bg",
    "bold", "roles", "pairs", "name", "entity.PER", "bright-cyan", "256", "-1",
    String(repeating: "[", count: 2000), String(repeating: "a.", count: 500) + "a = 1",
  ]

  static func mutate(_ text: [UInt8], _ rng: inout SplitMix, _ seeds: [[UInt8]]) -> [UInt8] {
    var b = text
    for _ in 0..<Int.random(in: 1...4, using: &rng) {
      let at = b.isEmpty ? 0 : Int.random(in: 0..<b.count, using: &rng)
      switch Int.random(in: 0..<6, using: &rng) {
      case 0 where !b.isEmpty: b[at] = UInt8.random(in: 0...255, using: &rng)
      case 1 where !b.isEmpty:
        b.removeSubrange(at..<min(b.count, at + Int.random(in: 1...32, using: &rng)))
      case 2: b.insert(contentsOf: Array(tokens.randomElement(using: &rng)!.utf8), at: at)
      case 3:
        // Splice a stretch of another seed in.
        let other = seeds.randomElement(using: &rng)!
        let s = Int.random(in: 0..<other.count, using: &rng)
        b.insert(
          contentsOf: other[s..<min(other.count, s + Int.random(in: 1...200, using: &rng))], at: at)
      case 4:
        var lines = b.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if lines.count > 1 {
          let i = Int.random(in: 0..<lines.count, using: &rng)
          lines.insert(lines[i], at: Int.random(in: 0..<lines.count, using: &rng))
          lines.swapAt(Int.random(in: 0..<lines.count, using: &rng), i)
        }
        b = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
      default:
        if !b.isEmpty { b[at] = UInt8(ascii: "0") + UInt8.random(in: 0...9, using: &rng) }
      }
    }
    return b
  }

  @Test func theParserNeverCrashes() throws {
    let env = ProcessInfo.processInfo.environment
    let seconds = Double(env["READER_FUZZ_SECONDS"] ?? "") ?? 10
    let seed = UInt64(env["READER_FUZZ_SEED"] ?? "") ?? 11
    let folder = try #require(ThemeLoader.bundledFolder(environment: [:]))
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
      $0.hasSuffix(".toml")
    }
    let seeds = try names.map {
      Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0)))
    }
    try #require(!seeds.isEmpty)
    var rng = SplitMix(seed: seed)
    let end = Date().addingTimeInterval(seconds)
    var runs = 0
    var parsed = 0
    var refused = 0
    while Date() < end {
      var input = seeds.randomElement(using: &rng)!
      for _ in 0..<Int.random(in: 1...3, using: &rng) { input = Self.mutate(input, &rng, seeds) }
      let text = String(decoding: input, as: UTF8.self)
      // The input under test, so that a crash (an abort inside the TOML library) leaves it.
      if let last = env["READER_FUZZ_LAST"] {
        try? Data(text.utf8).write(to: URL(fileURLWithPath: last))
      }
      do {
        _ = try ThemeLoader.parse(text, file: "fuzz.toml")
        parsed += 1
      } catch let e as ThemeError {
        refused += 1
        #expect(e.file.hasPrefix("fuzz.toml"), "\(e)")
        #expect(!e.problem.isEmpty)
        let shown = TerminalSafeText.forTerminal(e.description)
        #expect(!shown.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" })
      } catch {
        Issue.record("not a ThemeError: \(error) for input \(text.debugDescription.prefix(300))")
      }
      runs += 1
    }
    print(
      "theme fuzz: \(runs) inputs in \(Int(seconds)) s (seed \(seed)): \(parsed) parsed, \(refused) refused, no crash"
    )
    #expect(runs > 0)
  }
}
