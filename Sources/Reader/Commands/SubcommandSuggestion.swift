import ArgumentParser
import CorpusKit

/// `reader dup`: a first word that names no subcommand is a typo, not an argument of the
/// default `browse` (which takes none): say so and suggest the nearest name.
enum SubcommandSuggestion {
  /// The message for an unknown subcommand in `args` (without the program name), or nil.
  static func message(for args: [String]) -> String? {
    guard let first = args.first, !first.hasPrefix("-") else { return nil }
    let names =
      ReaderCommand.configuration.subcommands.compactMap { $0.configuration.commandName }
      + ["help"]
    guard !names.contains(first) else { return nil }
    let safe = TerminalSafeText.forTerminal(first)
    let best = names.map { ($0, distance($0, first.lowercased())) }.min { $0.1 < $1.1 }
    var s = "unknown command '\(safe)'"
    if let best, best.1 <= max(2, first.count / 2) || best.0.hasPrefix(first.lowercased()) {
      s += "; did you mean '\(best.0)'?"
    }
    return s + " (commands: \(names.filter { $0 != "help" }.joined(separator: ", ")))"
  }

  /// Levenshtein distance between two short words.
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var prev = Array(0...b.count)
    for i in 1...a.count {
      var cur = [i] + [Int](repeating: 0, count: b.count)
      for j in 1...b.count {
        cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      prev = cur
    }
    return prev[b.count]
  }
}
