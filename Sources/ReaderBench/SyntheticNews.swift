@_spi(Bench) import CorpusKit
import Foundation

/// Real-looking news text for the overlap benchmarks: a word-bigram model of the BBC corpus
/// in ../shared (read at run time, never copied into the project), and corpora made from it
/// with planted copies, partial copies and rewrites whose truth the generator knows.
struct SyntheticNews {
  private var words: [String] = []
  private var ids: [String: Int32] = [:]
  private var next: [[Int32]] = []
  private var starts: [Int32] = []

  /// The model of every `.txt` article in `folder`.
  init(folder: String) throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
      $0.hasSuffix(".txt") && $0 != "README.md"
    }.sorted()
    for f in files {
      let text = try String(contentsOfFile: folder + "/" + f, encoding: .utf8)
      var prev: Int32? = nil
      for w in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }) {
        let id = intern(String(w))
        if let p = prev {
          next[Int(p)].append(id)
          if words[Int(p)].hasSuffix(".") { starts.append(id) }
        } else {
          starts.append(id)
        }
        prev = id
      }
    }
  }

  private mutating func intern(_ w: String) -> Int32 {
    if let id = ids[w] { return id }
    let id = Int32(words.count)
    ids[w] = id
    words.append(w)
    next.append([])
    return id
  }

  /// One sentence of the model.
  func sentence(_ rng: inout SplitMix) -> String {
    var out: [String] = []
    var w = starts[Int(rng.next() % UInt64(starts.count))]
    while true {
      out.append(words[Int(w)])
      if words[Int(w)].hasSuffix(".") && out.count >= 6 { break }
      if out.count >= 35 {
        out[out.count - 1] += "."
        break
      }
      let options = next[Int(w)]
      if options.isEmpty {
        if !words[Int(w)].hasSuffix(".") { out[out.count - 1] += "." }
        break
      }
      w = options[Int(rng.next() % UInt64(options.count))]
    }
    if let first = out.first { out[0] = first.prefix(1).uppercased() + first.dropFirst() }
    return out.joined(separator: " ")
  }

  /// A paragraph of 2–4 sentences.
  func paragraph(_ rng: inout SplitMix) -> String {
    (0..<(2 + Int(rng.next() % 3))).map { _ in sentence(&rng) }.joined(separator: " ")
  }

  /// An article: a headline, a blank line, then `paragraphs` paragraphs.
  func article(_ rng: inout SplitMix, paragraphs: Int) -> (headline: String, body: [String]) {
    let headline = sentence(&rng).split(separator: " ").prefix(7).joined(separator: " ")
      .trimmingCharacters(in: CharacterSet(charactersIn: "."))
    return (headline, (0..<paragraphs).map { _ in paragraph(&rng) })
  }

  static func text(_ a: (headline: String, body: [String])) -> String {
    ([a.headline] + a.body).joined(separator: "\n\n") + "\n"
  }

  /// A random word of the model.
  func word(_ rng: inout SplitMix) -> String { words[Int(rng.next() % UInt64(words.count))] }

  /// Drops, repeats and swaps up to `edits` words (a copy-editor's touch).
  static func edit(_ s: String, edits: Int, _ rng: inout SplitMix) -> String {
    var w = s.split(separator: " ").map(String.init)
    for _ in 0..<edits where w.count > 3 {
      let i = Int(rng.next() % UInt64(w.count - 1))
      switch rng.next() % 3 {
      case 0: w.remove(at: i)
      case 1: w.insert(w[i], at: i)
      default: w.swapAt(i, i + 1)
      }
    }
    return w.joined(separator: " ")
  }

  /// Rewrites a paragraph: about `share` of its words replaced, some dropped, a sentence
  /// moved, the way a spinner or a hurried editor does.
  func rewrite(_ p: String, share: Double, _ rng: inout SplitMix) -> String {
    var sentences = p.split(separator: ".", omittingEmptySubsequences: true).map {
      String($0).trimmingCharacters(in: .whitespaces)
    }
    if sentences.count > 2, rng.next() % 2 == 0 { sentences.swapAt(0, 1) }
    let threshold = UInt64(share * 1000)
    let out = sentences.map { s -> String in
      var w = s.split(separator: " ").map(String.init)
      w = w.compactMap { x in
        let r = rng.next() % 1000
        if r < threshold / 3 { return nil }
        if r < threshold {
          return word(&rng).trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        return x
      }
      return w.joined(separator: " ")
    }
    return out.filter { !$0.isEmpty }.joined(separator: ". ") + "."
  }
}

/// Peak resident memory of this process, from /proc/self/status (VmHWM), in bytes.
enum PeakMemory {
  static var bytes: Int {
    guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return 0
    }
    for line in s.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      let kb = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
      return kb * 1024
    }
    return 0
  }

  static func gib(_ b: Int) -> String { String(format: "%.2f GiB", Double(b) / Double(1 << 30)) }
}

/// CPU seconds used by the whole process (all threads).
enum ProcessCPU {
  static var seconds: Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }
}

extension Clock {
  /// CPU seconds used by the calling thread.
  static var cpu: Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }
}
