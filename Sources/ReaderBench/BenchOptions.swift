/// `--name value` options of a benchmark: one parser for every case, so a flag given without
/// its value (or an unparsable value) keeps the default instead of reading past the arguments.
struct BenchOptions {
  private var values: [String: String] = [:]

  init(_ args: [String]) {
    var i = 0
    while i < args.count {
      // A flag without a value (`--semantic`) is followed by the next option, not its value.
      if args[i].hasPrefix("--"), i + 1 < args.count, !args[i + 1].hasPrefix("--") {
        values[args[i]] = args[i + 1]
        i += 1
      }
      i += 1
    }
  }

  func int(_ name: String, default d: Int) -> Int { values[name].flatMap { Int($0) } ?? d }
  func uint64(_ name: String, default d: UInt64) -> UInt64 {
    values[name].flatMap { UInt64($0) } ?? d
  }
  func double(_ name: String, default d: Double) -> Double {
    values[name].flatMap { Double($0) } ?? d
  }
  func string(_ name: String, default d: String) -> String { values[name] ?? d }
}
