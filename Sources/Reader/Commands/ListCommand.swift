import ArgumentParser
import CorpusKit

struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "list", abstract: "List the articles.")
  @Option var corpus: String
  func run() throws {
    let c = try CorpusLoader.load(corpus)
    for d in c.documents { print(d.id, d.paragraphs.count, d.sentences.count, d.bodyWordCount) }
  }
}
