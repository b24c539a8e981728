import ArgumentParser
import CorpusKit

/// `reader`: the terminal reader and its scriptable commands.
struct ReaderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reader",
    abstract: "Read a news corpus: see who copied whom, what is new in each, who is named where.",
    subcommands: [ListCommand.self, ShowCommand.self]
  )
}
