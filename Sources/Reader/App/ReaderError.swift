import CorpusIndex
import CorpusKit

/// Everything that can go wrong for the reader, as data: each case carries where the problem
/// is (the file, and the line where known) and what it is. Thrown by commands and the
/// browser, turned into words in one place (`message`), with the exit status
/// (`exitStatus`) for the command line and the same words for the TUI's status bar.
enum ReaderError: Error {
  /// A corpus path that is missing, holds no readable article, or cannot be read.
  case corpus(CorpusError)
  /// The entity model or a CoNLL file: missing, unreadable or malformed.
  case entityData(EntityModelError)
  /// A theme file that cannot be used (`themes/dusk.toml:7: unknown colour 'amberr'`).
  case theme(ThemeError)
  /// A file a command was given that cannot be read (`reader tag FILE`).
  case unreadable(file: String)
  /// `--theme NAME` names no theme.
  case unknownTheme(String, have: [String])
  /// No document with this id, or a prefix that fits several.
  case unknownDocument(String, ambiguous: Bool)
  /// The bundled sample is not next to the binary.
  case sampleNotFound
  /// The browser was started with standard input or output not a terminal.
  case notATerminal
  /// ncurses cannot drive the terminal (`TERM`).
  case terminal(TerminalError)
  /// The corpus index cannot be used for a command that needs it (`reader search`,
  /// `reader index`), or a search query it cannot parse (`usage`: exit 2).
  case index(String, usage: Bool)
  /// Something that should not happen, met after the terminal was restored.
  case `internal`(String)

  /// The error as the reader's own: known errors keep their data, anything else is internal.
  init(_ error: any Error) {
    switch error {
    case let e as ReaderError: self = e
    case let e as CorpusError: self = .corpus(e)
    case let e as EntityModelError: self = .entityData(e)
    case let e as ThemeError: self = .theme(e)
    case let e as TerminalError: self = .terminal(e)
    case let e as IndexError:
      if case .badQuery = e {
        self = .index(e.description, usage: true)
      } else {
        self = .index(e.description, usage: false)
      }
    default: self = .internal("\(error)")
    }
  }

  /// The one line that says what went wrong and where, for stderr (after `reader: `) and the
  /// status bar.
  var message: String {
    switch self {
    case .corpus(let e): return e.description
    case .entityData(let e): return e.description
    case .theme(let e): return e.description
    case .unreadable(let file): return "\(file): cannot read the file"
    case .unknownTheme(let name, let have):
      return "unknown theme '\(name)' (have: \(have.joined(separator: ", ")))"
    case .unknownDocument(let id, let ambiguous):
      return
        "no document with id '\(id)'\(ambiguous ? " (ambiguous prefix)" : ""); run 'reader list' to see the ids"
    case .sampleNotFound:
      return "the bundled sample corpus was not found next to the binary; pass --corpus PATH"
    case .notATerminal:
      return
        "the browser needs a terminal (standard input and output must be a tty); for scripts and pipes use 'reader list' and 'reader show ID' (see 'reader --help')"
    case .terminal(let e): return e.description
    case .index(let why, _): return why
    case .internal(let why): return "internal error: \(why) (the terminal was restored)"
    }
  }

  /// The exit status (docs/cli-contract.md): 2 for bad usage or no usable terminal, 1 for bad
  /// input and everything else.
  var exitStatus: Int32 {
    switch self {
    case .unknownTheme, .notATerminal, .terminal: return 2
    case .index(_, let usage): return usage ? 2 : 1
    case .corpus, .entityData, .theme, .unreadable, .unknownDocument, .sampleNotFound, .internal:
      return 1
    }
  }
}
