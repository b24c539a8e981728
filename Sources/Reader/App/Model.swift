import CorpusIndex
import CorpusKit

/// The screens; the model keeps a stack of them (`q` pops).
enum Screen: Equatable, Sendable {
  case library, article, compare, picker, lookup, hits
}

/// Which pane keys go to.
enum Focus: Equatable, Sendable {
  case main, other, sidebar
}

/// The whole state of the browser. `update` changes it; views only read it.
struct Model {
  /// The articles: rows at once, bodies when a view needs them.
  let corpus: LibraryCorpus
  /// What the title bar calls the corpus ("sample", a folder name).
  var corpusLabel: String
  var entries: [Entry]
  var width: Int
  var height: Int
  var stack: [Screen] = [.library]
  /// The focus each screen below the top had when the next was opened (`back` restores it).
  var focusHistory: [Focus] = []
  var focus: Focus = .main
  var library = LibraryState()
  var article: ArticleState?
  var compare: CompareState?
  var picker: PickerState?
  var lookup: LookupState?
  var hits: HitsState?
  var sidebar = SidebarState()
  var showHelp = false
  /// The compare screen's legend row(s) (`L`); on until the reader hides it.
  var showLegend = true
  var helpTop = 0
  var prompt: Prompt?
  var duplicates: Analysis<DuplicateReport> = .pending
  var entities: Analysis<EntityIndex> = .pending
  /// "rewrite of 001" per document index, from the duplicate report.
  var marks: [Int: String] = [:]
  /// The article each mark names, per document index (`p` gives its title).
  var partners: [Int: Int] = [:]
  /// The widest mark, so the OVERLAP column never cuts an id.
  var markWidth = 0
  /// Whether any article has a date / an outlet (the library hides empty columns).
  var hasDates = false
  var hasOutlets = false
  /// Pairs of articles the sentence encoder found to tell the same story (ids joined by
  /// `Model.storyKey`) with the sum of their links' cosines, learned from alignments; the
  /// picker marks them, strongest first.
  var storyPairs: [String: Double] = [:]
  /// Highest pair similarity per document index.
  var bestSimilarity: [Int: Double] = [:]
  var themes: [Theme]
  var themeIndex = 0
  /// NO_COLOR or a colourless terminal: every theme drawn with attributes only.
  var monochrome = false
  /// A transient line for the status bar (errors, confirmations).
  var message: String?
  var quit = false
  /// The key being handled (so `q`, not Esc, quits from the library).
  var lastKey: Key?
  let caches = Caches()

  init(
    corpus: Corpus, corpusLabel: String, width: Int, height: Int, themes: [Theme] = [Theme.builtin]
  ) {
    self.init(
      library: LibraryCorpus(corpus), corpusLabel: corpusLabel, width: width, height: height,
      themes: themes)
  }

  init(
    library corpus: LibraryCorpus, corpusLabel: String, width: Int, height: Int,
    themes: [Theme] = [Theme.builtin]
  ) {
    self.corpus = corpus
    self.corpusLabel = corpusLabel
    self.width = width
    self.height = height
    self.themes = themes.isEmpty ? [Theme.builtin] : themes
    let shorts = Model.shortIDs(corpus.rows.map(\.id))
    entries = corpus.rows.enumerated().map { i, r in
      // Most labels have no line break: no Foundation call for them (100k rows on reopen).
      let title =
        Model.hasLineFeed(r.label)
        ? r.label.replacingOccurrences(of: "\n", with: " ") : r.label
      return Entry(title: title, shortID: shorts[i], words: r.words)
    }
    hasDates = corpus.rows.contains { $0.date != nil }
    hasOutlets = corpus.rows.contains { $0.outlet != nil }
    refreshLibrary()
  }

  /// Whether `s` holds a line feed (searched in its UTF-8 buffer when it has one).
  static func hasLineFeed(_ s: String) -> Bool {
    s.utf8.withContiguousStorageIfAvailable { $0.contains(0x0A) } ?? s.utf8.contains(0x0A)
  }

  /// Ids shortened to the part before the first "_" ("000_f9cd…" → "000") where that is unique.
  static func shortIDs(_ ids: [String]) -> [String] {
    let heads = ids.map(head)
    // An id that is its own head is shown whole whatever the count: none cut, nothing to count.
    guard zip(ids, heads).contains(where: { $0.utf8.count != $1.utf8.count }) else { return ids }
    var count: [String: Int] = [:]
    for h in heads { count[h, default: 0] += 1 }
    return zip(ids, heads).map { id, h in count[h] == 1 ? h : id }
  }

  /// The part of `id` before its first "_" (the whole id when it starts with one or has none).
  /// An ASCII id is cut in its bytes (100k ids on reopen); any other by characters.
  private static func head(_ id: String) -> String {
    let bytes = id.utf8
    guard bytes.allSatisfy({ $0 < 0x80 }) else {
      if let u = id.firstIndex(of: "_"), u != id.startIndex { return String(id[..<u]) }
      return id
    }
    guard let u = bytes.firstIndex(of: 0x5F), u != bytes.startIndex else { return id }
    return String(id[..<u])
  }

  var theme: Theme {
    let t = themes[themeIndex % themes.count]
    return monochrome ? t.monochrome() : t
  }

  var screen: Screen { stack.last ?? .library }

  /// Document indices on screen now (for the sidebar).
  var visibleDocuments: [Int] {
    switch screen {
    case .article: return article.map { [$0.doc] } ?? []
    case .compare: return compare.map { [$0.a, $0.b] } ?? []
    default: return []
    }
  }

  /// The entity under the sidebar cursor, when the sidebar has focus.
  var selectedEntity: String? {
    guard sidebar.visible, focus == .sidebar, sidebar.items.indices.contains(sidebar.cursor),
      case .entity(let id, _, _) = sidebar.items[sidebar.cursor]
    else { return nil }
    return id
  }

  /// Whether the screen is too small to lay out.
  var tooSmall: Bool { width < 40 || height < 10 }
}
