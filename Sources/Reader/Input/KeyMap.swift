/// Where a binding applies. The focused pane's context is tried first, then the screen's,
/// then `global`.
enum KeyContext: String, CaseIterable, Sendable {
  case global, library, article, compare, picker, sidebar, lookup, hits, help, loading

  /// The heading of this context in the help screen.
  var title: String {
    switch self {
    case .global: return "Everywhere"
    case .library: return "Library"
    case .article: return "Article"
    case .compare: return "Compare"
    case .picker: return "Compare with… (picker)"
    case .sidebar: return "Entity sidebar"
    case .lookup: return "Entity lookup"
    case .hits: return "Corpus search results"
    case .help: return "Help"
    case .loading: return "Loading"
    }
  }
}

/// One row of the key table: keys, where they work, what they do, and the help text.
struct Binding: Sendable {
  var keys: [Key]
  var context: KeyContext
  var action: Action
  var help: String
}

/// What a key does to the text of a prompt.
enum PromptEdit: Sendable {
  case accept, cancel, deleteBackward, clear, quit
}

/// One row of the prompt's key table; `help` nil keeps it off the help screen.
struct PromptBinding: Sendable {
  var keys: [Key]
  var edit: PromptEdit
  var help: String?
}

/// The one key table: key handling and the help screen both read it.
enum KeyMap {
  static let bindings: [Binding] = [
    // Global
    .init(
      keys: [.char("j"), .down], context: .global, action: .moveDown, help: "down one line / item"),
    .init(keys: [.char("k"), .up], context: .global, action: .moveUp, help: "up one line / item"),
    .init(keys: [.ctrl("d")], context: .global, action: .halfPageDown, help: "half a page down"),
    .init(keys: [.ctrl("u")], context: .global, action: .halfPageUp, help: "half a page up"),
    .init(
      keys: [.pageDown, .ctrl("f"), .char(" ")], context: .global, action: .pageDown,
      help: "page down"),
    .init(
      keys: [.pageUp, .ctrl("b"), .char("b")], context: .global, action: .pageUp, help: "page up"),
    .init(keys: [.char("g"), .home], context: .global, action: .top, help: "top"),
    .init(keys: [.char("G"), .end], context: .global, action: .bottom, help: "bottom"),
    .init(
      keys: [.char("e")], context: .global, action: .toggleSidebar,
      help: "show / hide the entity sidebar"),
    .init(
      keys: [.tab], context: .global, action: .focusNext,
      help: "focus the next pane (text, other side, sidebar)"),
    .init(
      keys: [.backTab], context: .global, action: .focusPrevious, help: "focus the previous pane"),
    .init(keys: [.char("T")], context: .global, action: .cycleTheme, help: "next theme"),
    .init(keys: [.char("?")], context: .global, action: .help, help: "this help"),
    .init(keys: [.ctrl("l")], context: .global, action: .redraw, help: "redraw the screen"),
    .init(
      keys: [.char(":")], context: .global, action: .startCommand,
      help: "command line: :theme NAME, :sort KEY, :q (Esc cancels)"),
    .init(
      keys: [.char("q"), .escape, .char("h"), .left], context: .global, action: .back,
      help: "back / close (q on the library quits; Esc never quits)"),
    .init(
      keys: [.char("Q"), .ctrl("c")], context: .global, action: .quit, help: "quit from anywhere"),
    // Library
    .init(
      keys: [.enter, .char("l"), .right], context: .library, action: .open, help: "open the article"
    ),
    .init(
      keys: [.char("c")], context: .library, action: .compare,
      help: "compare with… (copies by similarity, then same story)"),
    .init(
      keys: [.char("s")], context: .library, action: .cycleSort,
      help: "sort by date, title, similarity, corpus order"),
    .init(keys: [.char("S")], context: .library, action: .reverseSort, help: "reverse the sort"),
    .init(
      keys: [.char("/")], context: .library, action: .startFilter,
      help: "filter by text (title, outlet, id)"),
    .init(
      keys: [.char("f")], context: .library, action: .pickEntityFilter,
      help: "filter by entity (opens the sidebar)"),
    .init(keys: [.char("F")], context: .library, action: .clearFilters, help: "clear the filters"),
    .init(
      keys: [.char("p")], context: .library, action: .showPartner,
      help: "the title of the article named in the OVERLAP column"),
    .init(
      keys: [.char("*")], context: .library, action: .startCorpusSearch,
      help: "search all articles (words, \"phrase\", prefix*)"),
    .init(
      keys: [.enter, .char("l"), .right], context: .hits, action: .open,
      help: "open the article at its first match (n / N: next, previous match)"),
    // Article
    .init(keys: [.char("/")], context: .article, action: .startSearch, help: "search the text"),
    .init(keys: [.char("n")], context: .article, action: .nextMatch, help: "next match"),
    .init(keys: [.char("N")], context: .article, action: .previousMatch, help: "previous match"),
    .init(
      keys: [.char("a")], context: .article, action: .toggleFurniture,
      help: "show / hide page furniture (dimmed)"),
    .init(
      keys: [.char("c")], context: .article, action: .compare,
      help: "compare with… (copies by similarity, then same story)"),
    .init(
      keys: [.char("o")], context: .article, action: .compareClosest,
      help: "compare with the article this one overlaps most"),
    .init(
      keys: [.char("y")], context: .article, action: .cite,
      help: "cite the marked mention or current match with its sentence"),
    .init(keys: [.char("}")], context: .article, action: .nextParagraph, help: "next paragraph"),
    .init(
      keys: [.char("{")], context: .article, action: .previousParagraph, help: "previous paragraph"),
    // Compare
    .init(
      keys: [.char("]")], context: .compare, action: .nextPair,
      help: "next aligned passage, both panes lined up"),
    .init(
      keys: [.char("[")], context: .compare, action: .previousPair, help: "previous aligned passage"
    ),
    .init(
      keys: [.char("=")], context: .compare, action: .realign,
      help: "line both panes up on the current passage"),
    .init(
      keys: [.char("s")], context: .compare, action: .toggleScrollLock,
      help: "scroll together / independently"),
    .init(keys: [.char("x")], context: .compare, action: .swapSides, help: "swap left and right"),
    .init(
      keys: [.char("d")], context: .compare, action: .toggleDriftList,
      help: "list the current pair's drift in full (changed or dropped facts)"),
    .init(
      keys: [.char("D")], context: .compare, action: .toggleAllDrift,
      help: "mark drift in every pair, not only the current one"),
    .init(
      keys: [.char("y")], context: .compare, action: .cite,
      help: "cite the current pair: texts, ids, titles, offsets, to a file"),
    .init(
      keys: [.char("L")], context: .compare, action: .toggleLegend,
      help: "show / hide the legend: what the colours, bold, italic and red marks mean"),
    .init(
      keys: [.char("+")], context: .compare, action: .raiseThreshold,
      help: "show only more reliable passages (raise the confidence threshold)"),
    .init(
      keys: [.char("-")], context: .compare, action: .lowerThreshold,
      help: "show less reliable passages too (lower the confidence threshold)"),
    .init(
      keys: [.char("r")], context: .compare, action: .toggleStoryLinks,
      help: "show / hide same-story links: sentences stating the same facts (off)"),
    .init(
      keys: [.char("v")], context: .compare, action: .cyclePassageKind,
      help: "show all passages, only verbatim, only paraphrase"),
    .init(
      keys: [.char("/")], context: .compare, action: .startSearch, help: "search the focused pane"),
    .init(keys: [.char("n")], context: .compare, action: .nextMatch, help: "next match"),
    .init(keys: [.char("N")], context: .compare, action: .previousMatch, help: "previous match"),
    .init(
      keys: [.char("a")], context: .compare, action: .toggleFurniture,
      help: "show / hide page furniture (dimmed)"),
    // Picker
    .init(
      keys: [.enter, .char("l"), .right], context: .picker, action: .open,
      help: "compare with this article"),
    // Sidebar
    .init(
      keys: [.enter, .char("l"), .right], context: .sidebar, action: .open,
      help: "look the entity up: every mention in the corpus"),
    .init(
      keys: [.char("f")], context: .sidebar, action: .filterByEntity,
      help: "filter the library to articles that mention it"),
    .init(
      keys: [.char("/")], context: .sidebar, action: .startEntityFilter,
      help: "filter the entity list by name"),
    .init(
      keys: [.char("t")], context: .sidebar, action: .cycleEntityType,
      help: "show one type: all, PER, ORG, LOC, MISC, DATE, MONEY, PERCENT"),
    .init(
      keys: [.char("=")], context: .sidebar, action: .jumpToBoth,
      help: "compare: next name, number or date in both articles (=)"),
    .init(
      keys: [.char("<")], context: .sidebar, action: .jumpToLeft,
      help: "compare: next one only in the left article (<)"),
    .init(
      keys: [.char(">")], context: .sidebar, action: .jumpToRight,
      help: "compare: next one only in the right article (>)"),
    // Lookup
    .init(
      keys: [.enter, .char("l"), .right], context: .lookup, action: .open,
      help: "open the article at this mention"),
    .init(
      keys: [.char("y")], context: .lookup, action: .cite,
      help: "cite this mention with its sentence"),
    .init(
      keys: [.char("f")], context: .lookup, action: .filterByEntity,
      help: "filter the library to articles that mention it"),
  ]

  /// Keys while the help screen is open (it takes every key; the rest do nothing).
  static let helpBindings: [Binding] = [
    .init(
      keys: [.char("q"), .escape, .char("?"), .char("h"), .left], context: .help, action: .back,
      help: "close the help"),
    .init(keys: [.char("Q"), .ctrl("c")], context: .help, action: .quit, help: "quit"),
    .init(keys: [.char("j"), .down], context: .help, action: .moveDown, help: "down one line"),
    .init(keys: [.char("k"), .up], context: .help, action: .moveUp, help: "up one line"),
    .init(
      keys: [.pageDown, .char(" "), .ctrl("f"), .ctrl("d")], context: .help, action: .pageDown,
      help: "page down"),
    .init(
      keys: [.pageUp, .char("b"), .ctrl("b"), .ctrl("u")], context: .help, action: .pageUp,
      help: "page up"),
    .init(keys: [.char("g"), .home], context: .help, action: .top, help: "top"),
    .init(keys: [.char("G"), .end], context: .help, action: .bottom, help: "bottom"),
  ]

  /// Keys while a corpus loads (nothing else is open yet; other keys wait).
  static let loadingBindings: [Binding] = [
    .init(
      keys: [.char("q"), .char("Q"), .ctrl("c")], context: .loading, action: .quit,
      help: "stop loading and quit")
  ]

  /// Keys that edit a prompt (`/`, `:`); any other character is typed into it.
  static let promptBindings: [PromptBinding] = [
    .init(keys: [.enter], edit: .accept, help: "accepts"),
    .init(keys: [.escape], edit: .cancel, help: "cancels"),
    .init(keys: [.backspace], edit: .deleteBackward, help: "deletes"),
    .init(keys: [.ctrl("u")], edit: .clear, help: "clears"),
    .init(keys: [.ctrl("c")], edit: .quit, help: nil),
  ]

  /// The help screen's line on prompts, from `promptBindings`.
  static var promptHelp: String {
    let parts = promptBindings.compactMap { b in
      b.help.map { b.keys.map(\.label).joined(separator: " ") + " " + $0 }
    }
    return "Prompts (/ and :): type, " + parts.joined(separator: ", ")
  }

  /// The action for `key` in the given contexts, most specific first.
  static func action(for key: Key, in contexts: [KeyContext]) -> Action? {
    for c in contexts {
      if let b = table[c]?[key] { return b }
    }
    return nil
  }

  /// Whether `key` asks for a full repaint (`^L`); the main loops handle it on every screen,
  /// before the model sees the key.
  static func isRedraw(_ key: Key) -> Bool {
    if case .redraw? = action(for: key, in: [.global]) { return true }
    return false
  }

  /// What `key` does in a prompt; nil for keys that type (or do nothing).
  static func promptEdit(for key: Key) -> PromptEdit? {
    promptBindings.first { $0.keys.contains(key) }?.edit
  }

  private static let table: [KeyContext: [Key: Action]] = {
    var t: [KeyContext: [Key: Action]] = [:]
    for b in bindings + helpBindings + loadingBindings {
      for k in b.keys where t[b.context]?[k] == nil { t[b.context, default: [:]][k] = b.action }
    }
    return t
  }()
}
