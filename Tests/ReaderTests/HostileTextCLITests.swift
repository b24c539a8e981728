import Foundation
import Testing

@_spi(Bench) @testable import CorpusKit
@testable import Reader

/// Article text and file names from a hostile corpus never drive the terminal through the
/// plain CLI: every command's stdout and stderr show controls as visible symbols and bidi
/// controls as U+FFFD (issue 11, item 2). OSC 0/2 set the window title, OSC 52 writes the
/// clipboard, CSI 2J clears the screen, DCS queries the terminal, U+009B is an 8-bit CSI.
@Suite(.serialized) struct HostileTextCLITests {
  /// Every escape the issue names, in one string.
  static let evil =
    "\u{1B}]0;PWNED-TITLE\u{07}\u{1B}]2;T2\u{1B}\\\u{1B}]52;c;ZXZpbA==\u{07}\u{1B}[2J\u{1B}[H"
    + "\u{1B}P1$qm\u{1B}\\\u{9B}31m\u{9D}0;c1\u{9C}\u{202E}evil\u{202C}\u{2066}iso\u{2069}\u{7F}"

  /// A folder with two near-identical articles full of escapes (one with an escape in its
  /// file name), a JSON record with escapes in its id and title, a broken JSON file whose name
  /// carries an escape (a loader warning), and names for the entity recogniser with controls
  /// inside them.
  static func corpus() throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "reader-hostile-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let body =
      "Council Report \(evil)\n\nThe council met on Tuesday \(evil) to discuss the budget for the "
      + "coming year, and the mayor said the vote would follow next week after a long debate.\n\n"
      + "Prime Minister Boris\u{202E}Johnson met President Emmanuel\u{1B}]0;X\u{07}Macron in Paris, "
      + "and Chancellor Olaf\u{9B}Scholz said the new budget includes money for roads and schools.\n"
    try body.write(toFile: dir + "/a\u{1B}]0;NAME\u{07}.txt", atomically: false, encoding: .utf8)
    try body.replacingOccurrences(of: "Tuesday", with: "Wednesday")
      .write(toFile: dir + "/b.txt", atomically: false, encoding: .utf8)
    let record =
      #"[{"id":"j\u001b[2Jx","title":"T \u001b]52;c;eA==\u0007 \u202e","text":"The budget of the council was discussed at length on Friday evening by the members. \u001b[31m red \u009b1m over\rwritten"}]"#
    try record.write(toFile: dir + "/c.json", atomically: false, encoding: .utf8)
    try "{nope".write(toFile: dir + "/bad\u{1B}[31m.json", atomically: false, encoding: .utf8)
    return dir
  }

  /// Scalars in `s` that would drive a terminal (a CR right before LF is a line end).
  static func unsafe(_ s: String) -> [String] {
    let u = Array(s.unicodeScalars)
    return u.indices.compactMap { i in
      if u[i] == "\n" || u[i] == "\t" { return nil }
      if u[i] == "\r", i + 1 < u.count, u[i + 1] == "\n" { return nil }
      return TerminalSafeText.standIn(for: u[i]) == nil
        ? nil : "U+" + String(u[i].value, radix: 16, uppercase: true)
    }
  }

  static func check(
    _ args: [String], shows: [String] = [], sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> ReaderRun {
    let r = try ReaderRun.run(args)
    #expect(r.status == 0, "\(args): \(r.stderr)", sourceLocation: sourceLocation)
    #expect(Self.unsafe(r.stdout) == [], "stdout of \(args)", sourceLocation: sourceLocation)
    #expect(Self.unsafe(r.stderr) == [], "stderr of \(args)", sourceLocation: sourceLocation)
    // The loader's warning names the broken file, its escape made visible.
    #expect(
      r.stderr.contains("bad␛[31m.json: not valid JSON"), "\(args): \(r.stderr)",
      sourceLocation: sourceLocation)
    for s in shows {
      #expect(r.stdout.contains(s), "\(args) shows \(s)", sourceLocation: sourceLocation)
    }
    return r
  }

  @Test func everyTextCommandShowsControlsAsSymbols() throws {
    let dir = try Self.corpus()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let c = ["--corpus", dir]
    let clipboard = "␛]52;c;ZXZpbA==␇"
    try Self.check(["list"] + c, shows: ["a␛]0;NAME␇", "j␛[2Jx", "T ␛]52;c;eA==␇"])
    try Self.check(
      ["show", "a"] + c,
      shows: [clipboard, "␛[2J␛[H", "␛P1$qm␛\\", "\u{FFFD}31m", "\u{FFFD}evil\u{FFFD}", "␡"])
    try Self.check(
      ["show", "--all", "a"] + c, shows: [clipboard, "Council Report ␛]0;PWNED-TITLE␇"])
    try Self.check(
      ["show", "j"] + c,
      shows: ["T ␛]52;c;eA==␇ \u{FFFD}", "␛[31m red \u{FFFD}1m over\n", "\nwritten"])
    try Self.check(["overlaps", "a", "b"] + c, shows: [clipboard])
    try Self.check(["dups"] + c, shows: ["a␛]0;NAME␇"])
    // Whether the tagger joins "Boris" and "Johnson" across the right-to-left override is the
    // model's call (the model trained with the first-name list keeps them apart); joined, the
    // override shows as a stand-in, and either way nothing unsafe reaches the output (check).
    let entities = try Self.check(["entities"] + c, shows: ["Macron", "Paris"])
    #expect(
      entities.stdout.contains("Boris\u{FFFD}Johnson")
        || (entities.stdout.contains("Boris") && entities.stdout.contains("Johnson")))
  }

  /// `--json` keeps the exact text (the data is the same after parsing) with the dangerous
  /// characters escaped, so the raw output cannot drive a terminal either.
  @Test func jsonCarriesTheTextEscaped() throws {
    let dir = try Self.corpus()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let c = ["--corpus", dir, "--json"]
    let show = try Self.check(["show", "a"] + c)
    #expect(show.stdout.contains(#"\u001b]52;c;ZXZpbA==\u0007"#))
    #expect(show.stdout.contains(#"\u009b31m"#) && show.stdout.contains(#"\u202eevil\u202c"#))
    let parsed = try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any]
    let paragraphs = parsed?["paragraphs"] as? [[String: Any]] ?? []
    #expect(paragraphs.contains { ($0["text"] as? String)?.contains(Self.evil) == true })
    for command in [["list"], ["entities"], ["dups"], ["overlaps", "a", "b"]] {
      let r = try Self.check(command + c)
      #expect((try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) != nil, "\(command)")
    }
  }

  @Test func unusableArgumentsAreEchoedSafely() throws {
    let r = try ReaderRun.run(["show", "no\u{1B}]52;c;eA==\u{07}such"])
    #expect(r.status == 1)
    #expect(Self.unsafe(r.stderr) == [], "\(r.stderr)")
    #expect(r.stderr.contains("no␛]52;c;eA==␇such"))
  }
}
