@_spi(Bench) import CorpusKit
import Foundation

/// Writes a large corpus of articles made from the seed articles: body paragraphs shuffled,
/// words dropped, repeated and swapped, page furniture added above and below.
struct SeedCorpusGenerator {
  var seeds: [[String]]  // each seed's non-blank lines
  var furniture: [String] = [
    "Skip to content", "Subscribe", "* indicates required", "Enter your email to subscribe",
    "Support us", "Read more", "MORE NEWS", "Editors' Picks", "Share this article",
    "Sign up for our newsletter and never miss a story.", "Advertisement",
    "Enjoying ad-free content? Your support keeps us going.", "Follow us on Telegram",
  ]

  init(seedFolder: String) throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: seedFolder).filter {
      $0.hasSuffix(".txt")
    }.sorted()
    seeds = try files.map { f in
      try String(contentsOfFile: seedFolder + "/" + f, encoding: .utf8)
        .split(separator: "\n").map(String.init).filter {
          !$0.trimmingCharacters(in: .whitespaces).isEmpty
        }
    }
  }

  /// One generated article.
  func article(_ rng: inout SplitMix) -> String {
    let seed = seeds[Int(rng.next() % UInt64(seeds.count))]
    var body = seed.filter { $0.count > 80 }.shuffled(using: &rng)
    body = body.map { edit($0, &rng) }
    var lines: [String] = []
    for _ in 0..<Int(rng.next() % 4) { lines.append(furniture.randomElement(using: &rng)!) }
    lines.append(
      seed.first { $0.count < 80 && $0.count > 20 } ?? "A Headline About Belarus And China")
    lines += body
    for _ in 0..<Int(rng.next() % 6) { lines.append(furniture.randomElement(using: &rng)!) }
    let separator = rng.next() % 2 == 0 ? "\n" : "\n\n"
    return lines.joined(separator: separator) + "\n"
  }

  /// Drops, repeats and swaps a few words; sometimes curls the quotes.
  func edit(_ line: String, _ rng: inout SplitMix) -> String {
    var words = line.split(separator: " ").map(String.init)
    let edits = Int(rng.next() % 4)
    for _ in 0..<edits where words.count > 3 {
      let i = Int(rng.next() % UInt64(words.count - 1))
      switch rng.next() % 3 {
      case 0: words.remove(at: i)
      case 1: words.insert(words[i], at: i)
      default: words.swapAt(i, i + 1)
      }
    }
    var s = words.joined(separator: " ")
    if rng.next() % 3 == 0 { s = s.replacingOccurrences(of: "'", with: "\u{2019}") }
    return s
  }

  /// Writes articles into `folder` until `bytes` are written; returns files and bytes.
  func write(to folder: String, bytes target: Int, seed: UInt64 = 42) throws -> (
    files: Int, bytes: Int
  ) {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var rng = SplitMix(seed: seed)
    var written = 0
    var n = 0
    while written < target {
      let text = article(&rng)
      let data = Data(text.utf8)
      let sub = String(format: "%03d", n / 1000)
      try FileManager.default.createDirectory(
        atPath: "\(folder)/\(sub)", withIntermediateDirectories: true)
      try data.write(to: URL(fileURLWithPath: "\(folder)/\(sub)/gen_\(n).txt"))
      written += data.count
      n += 1
    }
    return (n, written)
  }
}
