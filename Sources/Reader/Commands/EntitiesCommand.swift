import ArgumentParser
import CorpusKit

struct EntitiesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "entities", abstract: "List entities.")
  func run() throws {}
}
