import Foundation
import Testing

@testable import Reader

/// `reader entities`, `reader tag --conll` and `reader eval-ner` through the built binary.
@Suite(.serialized) struct EntityCLITests {
  @Test func entitiesJSONMatchesTheContract() throws {
    let r = try ReaderRun.run(["entities", "--json"])
    #expect(r.status == 0)
    let items = try #require(
      try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
    let types = Set(["PER", "ORG", "LOC", "MISC", "DATE", "MONEY", "PERCENT"])
    let regions: Set<String> = ["text", "caption", "credit"]
    for item in items {
      let type = item["type"] as? String ?? ""
      // Dates resolved to a day, month or year, amounts and percentages keep their value.
      let valued = ["DATE", "MONEY", "PERCENT"].contains(type)
      #expect(
        Set(item.keys) == ["id", "type", "aliases", "mentions"]
          || (valued && Set(item.keys) == ["id", "type", "value", "aliases", "mentions"]))
      #expect(types.contains(type))
      let mentions = try #require(item["mentions"] as? [[String: Any]])
      for m in mentions {
        #expect(Set(m.keys) == ["doc", "start", "end", "text", "region"])
        #expect(regions.contains(m["region"] as? String ?? ""))
      }
    }
    // Dates read as written, the ISO value beside; relative dates only with --doc.
    let feb = try #require(items.first { $0["id"] as? String == "28 Feb 2023" })
    #expect(feb["value"] as? String == "2023-02-28")
    #expect(!items.contains { $0["type"] as? String == "DATE" && $0["value"] == nil })
    #expect(!items.contains { ($0["id"] as? String ?? "").hasPrefix("XXXX") })
    let getty = try #require(items.first { $0["id"] as? String == "Getty Images" })
    #expect(getty["type"] as? String == "ORG")
    let ids = Set(items.compactMap { $0["id"] as? String })
    #expect(
      ids.isSuperset(of: [
        "Alexander Lukashenko", "Li Qiang", "Li Keqiang", "Shanghai Cooperation Organization",
      ]))
    let sco = try #require(
      items.first { $0["id"] as? String == "Shanghai Cooperation Organization" })
    #expect((sco["aliases"] as? [String])?.contains("SCO") == true)
    #expect(!ids.contains("Subscribe"))
  }

  @Test func entitiesForOneDocumentAndAsATable() throws {
    let r = try ReaderRun.run(["entities", "--doc", "004", "--json"])
    #expect(r.status == 0)
    let items = try #require(
      try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
    #expect(!items.isEmpty)
    for item in items {
      for m in item["mentions"] as! [[String: Any]] {
        #expect((m["doc"] as! String).hasPrefix("004"))
      }
    }
    let table = try ReaderRun.run(["entities"])
    #expect(table.status == 0)
    #expect(table.stdout.hasPrefix("TYPE"))
    #expect(table.stdout.contains("Alexander Lukashenko"))
    let bad = try ReaderRun.run(["entities", "--doc", "nope"])
    #expect(bad.status == 1)
    #expect(bad.stderr.contains("nope"))
  }

  @Test func tagConllAppendsOnePredictionPerTokenLine() throws {
    let dir = NSTemporaryDirectory() + "reader-tag-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let input =
      "-DOCSTART- -X- O O\n\nGerman JJ I-NP I-MISC\nofficials NNS I-NP O\nmet VBD I-VP O\nin IN I-PP O\nBonn NNP I-NP I-LOC\n. . O O\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n"
    let path = dir + "/in.txt"
    try input.write(toFile: path, atomically: true, encoding: .utf8)
    let r = try ReaderRun.run(["tag", path, "--conll"])
    #expect(r.status == 0)
    let inLines = input.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    let outLines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(inLines.count == outLines.count)
    for (a, b) in zip(inLines, outLines) {
      if a.isEmpty || a.hasPrefix("-DOCSTART-") {
        #expect(a == b)
      } else {
        #expect(b.hasPrefix(a + " "))
      }
    }
    #expect(outLines.contains("Bonn NNP I-NP I-LOC I-LOC"))
    let missing = try ReaderRun.run(["tag", dir + "/none.txt", "--conll"])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("none.txt"))
  }

  @Test func trainNERHoldsOutTrainingDocumentsAndReadsTheNameLists() throws {
    let dir = NSTemporaryDirectory() + "reader-train-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let doc =
      "-DOCSTART- -X- O O\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\nvisited VBD I-VP O\nBonn NNP I-NP I-LOC\n. . O O\n\n"
    try String(repeating: doc, count: 4).write(
      toFile: dir + "/train.txt", atomically: true, encoding: .utf8)
    try doc.write(toFile: dir + "/valid.txt", atomically: true, encoding: .utf8)
    try "maria\npeter\n".write(toFile: dir + "/first-names.txt", atomically: true, encoding: .utf8)
    try "blackburn\n".write(toFile: dir + "/surnames.txt", atomically: true, encoding: .utf8)
    let args = [
      "train-ner", "--train", dir + "/train.txt", "--valid", dir + "/valid.txt", "--output",
      dir + "/m.model", "--epochs", "2", "--hold-out", "4",
    ]
    let r = try ReaderRun.run(args + ["--names", dir])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("held-out training documents (1 of 4)"))
    #expect(FileManager.default.fileExists(atPath: dir + "/m.model"))
    let none = try ReaderRun.run(args + ["--names", "none"])
    #expect(none.status == 0)
    let missing = try ReaderRun.run(args + ["--names", dir + "/nowhere"])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("first-names.txt"))
  }

  @Test func helpListsTheEntityCommands() throws {
    let r = try ReaderRun.run(["--help"])
    for c in ["entities", "tag", "eval-ner", "train-ner"] { #expect(r.stdout.contains(c)) }
  }

  @Test func missingOrCorruptModelFileIsNamedAndExitsOne() throws {
    let dir = NSTemporaryDirectory() + "reader-model-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let corrupt = dir + "/ner.model"
    try Data("RNER not really a model".utf8).write(to: URL(fileURLWithPath: corrupt))
    for (path, word) in [(corrupt, "corrupt"), (dir + "/absent.model", "not found")] {
      let p = Process()
      p.executableURL = ReaderRun.binary
      p.arguments = ["entities", "--json"]
      var env = ReaderRun.environment
      env["READER_NER_MODEL"] = path
      p.environment = env
      let err = Pipe()
      p.standardError = err
      p.standardOutput = Pipe()
      try p.run()
      let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      p.waitUntilExit()
      #expect(p.terminationStatus == 1)
      #expect(e.contains(path))
      #expect(e.contains(word))
    }
  }
}
