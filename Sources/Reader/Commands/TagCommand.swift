import ArgumentParser
import CorpusKit
import Foundation

/// `reader tag FILE --conll`: appends the predicted IOB tag to each token line of CoNLL text.
struct TagCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tag",
    abstract: "Tag CoNLL-2003 column text, appending the predicted IOB1 tag to each token line.",
    discussion:
      "`-DOCSTART-` lines and blank lines are written back unchanged; the output can be scored with conlleval."
  )

  @Argument(help: "A CoNLL-2003 file (token first, gold tag last).") var file: String
  @Flag(help: "Read and write CoNLL column text (the only format so far).") var conll = false

  func run() throws {
    guard conll else { throw ValidationError("tag needs --conll (the only supported format)") }
    // Read as articles are: a binary or non-regular file is an error, not tagged as text.
    let text: String
    do {
      let (t, note) = try TextFile.read(file)
      text = t
      if let note { Stderr.print("warning: \(file): \(note)") }
    } catch let e as CorpusError {
      throw ReaderError.corpus(e)
    }
    let model: TaggerModel
    do { model = try EntityRecognizer.loadDefault().model } catch let e as EntityModelError {
      throw ReaderError.entityData(e)
    }
    let docs = CoNLLReader.parse(text)
    let predicted = NEREvaluation.tag(model: model, documents: docs)
    // Walk the input again, replacing each token line with itself plus the prediction.
    var tags: [String] = []
    for (d, p) in zip(docs, predicted) {
      for (s, ps) in zip(d.sentences, p) {
        tags += CoNLLReader.iob1(spans: ps, count: s.words.count)
      }
    }
    var out = ""
    out.reserveCapacity(text.utf8.count + tags.count * 6)
    var k = 0
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for (n, rawLine) in lines.enumerated() {
      if n == lines.count - 1 && rawLine.isEmpty { break }
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
        out += "\n"
        continue
      }
      if line.hasPrefix("-DOCSTART-") {
        out += line + "\n"
        continue
      }
      out += line + " " + (k < tags.count ? tags[k] : "O") + "\n"
      k += 1
    }
    StandardOutput.write(out)
  }
}
