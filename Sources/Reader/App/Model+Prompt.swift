import CorpusKit

/// The prompt at the bottom: typing a search, a filter or a `:` command, and running it.
extension Model {
  /// Keys while a prompt is open: the key map's prompt edits; other characters are typed.
  mutating func handlePrompt(_ key: Key) -> [Effect] {
    guard var p = prompt else { return [] }
    switch KeyMap.promptEdit(for: key) {
    case .cancel?:
      prompt = nil
      p.text = p.original
      applyTypedFilter(p)
      return []
    case .accept?:
      prompt = nil
      switch p.kind {
      case .search: runSearch(p.text)
      case .command: runCommand(p.text)
      case .filter, .entities:
        applyTypedFilter(p)
        if p.kind == .filter, library.rows.isEmpty, !p.text.isEmpty {
          message = "no article matches “\(p.text)” (F clears the filters)"
        } else if p.kind == .entities, sidebar.items.isEmpty, !p.text.isEmpty {
          message = "no entity matches “\(p.text)” (/ then ^U clears)"
        }
      case .corpusSearch:
        let q = p.text.trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty else { return [] }
        message = "searching the corpus for “\(q)”…"
        return [.searchCorpus(q)]
      }
      return []
    case .deleteBackward?:
      // Like vim: Backspace on an empty command line closes it.
      if p.kind == .command && p.text.isEmpty {
        prompt = nil
        return []
      }
      if !p.text.isEmpty { p.text.removeLast() }
    case .quit?:
      quit = true
      return []
    case .clear?: p.text = ""
    case nil:
      guard case .char(let c) = key else { return [] }
      p.text.append(c)
    }
    prompt = p
    applyTypedFilter(p)
    return []
  }

  /// The `:` commands, for the help screen and the "unknown command" message.
  static let commands: [(usage: String, help: String)] = [
    ("theme NAME", "switch to a theme (:theme alone lists them)"),
    ("sort date|title|similarity|corpus", "sort the library (add \"reverse\" to reverse)"),
    ("q, quit", "quit"),
    ("help", "this help"),
  ]

  /// Runs a `:` command line; the outcome (or why not) goes to the status bar.
  mutating func runCommand(_ line: String) {
    let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    guard let name = words.first else { return }
    let args = Array(words.dropFirst())
    switch name.lowercased() {
    case "q", "q!", "quit", "qa", "qa!", "quitall", "x", "wq":
      quit = true
    case "theme", "colorscheme", "colo":
      let names = themes.map(\.name)
      guard let wanted = args.first else {
        message = "themes: \(names.joined(separator: ", ")) (now: \(theme.name))"
        return
      }
      guard
        let i = names.firstIndex(of: wanted)
          ?? names.firstIndex(where: {
            $0.lowercased() == wanted.lowercased()
          })
      else {
        message = "unknown theme “\(wanted)” (have: \(names.joined(separator: ", ")))"
        return
      }
      themeIndex = i
      message = themeMessage
    case "sort":
      let keys = LibrarySort.allCases.map(\.rawValue)
      guard let key = args.first.flatMap({ LibrarySort(rawValue: $0.lowercased()) }) else {
        message = "usage: :sort \(keys.joined(separator: "|")) [reverse]"
        return
      }
      library.sort = key
      library.reversed = args.dropFirst().contains { ["reverse", "rev", "desc", "!"].contains($0) }
      refreshLibrary()
      message = sortMessage + (library.reversed ? ", reversed" : "")
    case "help", "h":
      openHelp()
    default:
      message =
        "unknown command: \(name) (try \(Model.commands.map { ":" + $0.usage.split(separator: " ")[0].split(separator: ",")[0] }.joined(separator: ", ")))"
    }
  }

  /// Filters apply as they are typed: the library's text filter, the sidebar's name filter.
  mutating func applyTypedFilter(_ p: Prompt) {
    switch p.kind {
    case .search, .command, .corpusSearch: break
    case .filter:
      if library.textFilter != p.text { library.cursor = 0 }
      library.textFilter = p.text
      refreshLibrary()
    case .entities:
      sidebar.nameFilter = p.text
      refreshSidebar()
    }
  }
}
