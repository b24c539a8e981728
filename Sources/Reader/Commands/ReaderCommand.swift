import ArgumentParser
import CorpusKit

/// `reader`: the terminal reader and its scriptable commands.
struct ReaderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reader",
    abstract: "Read a news corpus: see who copied whom, what is new in each, who is named where.",
    discussion: """
      A corpus is a folder (read recursively) or a file of articles: .txt and .md (one article \
      each), .json (an array of records) and .jsonl (a record per line) with the usual scraper \
      fields (id, title, text/body/content, url, date/published, source/outlet/site). Without \
      --corpus every command reads the bundled sample of five articles.

      Document ids are file names without extension (a JSON record: its id, else FILE#LINE). \
      Offsets in JSON output are Unicode scalar offsets into the decoded text, end exclusive. \
      Every --json shape is described in docs/cli-contract.md.

      Files that cannot be read as text are skipped with a warning on stderr. Exit status: 0 on \
      success, 1 for bad input (a missing path, no readable article, an unknown id), 2 for bad usage.
      """,
    subcommands: [
      BrowseCommand.self, ListCommand.self, ShowCommand.self, OverlapsCommand.self,
      DupsCommand.self, EntitiesCommand.self, SearchCommand.self, IndexCommand.self,
      TagCommand.self, EvalNERCommand.self,
      TrainNERCommand.self, BuildClustersCommand.self, BenchUICommand.self, BenchReopenCommand.self,
    ],
    defaultSubcommand: BrowseCommand.self
  )
}
