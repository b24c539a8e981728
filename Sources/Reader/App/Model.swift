import CorpusKit

/// The screens; the model keeps a stack of them (`q` pops).
enum Screen: Equatable, Sendable {
  case library, article, compare, picker, lookup
}

/// Which pane keys go to.
enum Focus: Equatable, Sendable {
  case main, other, sidebar
}

/// Library ordering.
enum LibrarySort: String, CaseIterable, Sendable {
  case corpus, date, title, similarity
}

/// A typed-in line at the bottom: a text search, a library filter or a `:` command.
struct Prompt: Equatable, Sendable {
  enum Kind: Equatable, Sendable { case search, filter, entities, command }
  var kind: Kind
  var text: String = ""
  /// The filter before typing began, restored by Esc.
  var original: String = ""
}

/// Matches of a search in one document.
struct Search: Equatable, Sendable {
  var query: String
  var matches: [Range<Int>]
  var current: Int?
}

/// Per-document facts the library shows, computed once.
struct Entry: Sendable {
  var title: String
  /// The title lower-cased, for sorting and filtering.
  var folded: String
  var shortID: String
  var words: Int
}

struct LibraryState {
  var cursor = 0
  var top = 0
  var sort: LibrarySort = .corpus
  var reversed = false
  var textFilter = ""
  var entityFilter: String?
  /// Document indices shown, in order.
  var rows: [Int] = []
}

struct ArticleState {
  var doc: Int
  var top = 0
  var showFurniture = false
  var search: Search?
  /// A mention or match to show highlighted (after a jump from lookup).
  var mark: Range<Int>?
}

struct CompareState {
  var a: Int
  var b: Int
  /// nil while the alignment is computed.
  var alignment: Analysis<Alignment> = .pending
  var topA = 0
  var topB = 0
  var locked = true
  var current: Int?
  var showFurniture = false
  var search: Search?
  var searchSide: Focus = .main
  /// Which passages are drawn and stepped through: nil for all, else one kind.
  var only: PassageKind?
  /// Passages below this confidence are hidden (`+`/`-` change it; Model+Threshold.swift).
  var minConfidence = Alignment.defaultMinConfidence

  /// Indices of the passages shown under `only` and `minConfidence`.
  func shown(_ al: Alignment) -> [Int] {
    al.passages.indices.filter {
      (only == nil || al.passages[$0].kind == only) && al.passages[$0].confidence >= minConfidence
    }
  }
}

struct PickerState {
  struct Candidate: Sendable {
    var doc: Int
    var similarity: Double?
    var relation: Relation?
  }
  var from: Int
  var candidates: [Candidate]
  var cursor = 0
  var top = 0
}

enum SidebarItem: Equatable, Sendable {
  case header(EntityType, Int)
  case entity(id: String, type: EntityType, count: Int)
}

struct SidebarState {
  var visible = false
  var cursor = 0
  var top = 0
  var items: [SidebarItem] = []
  /// Only entities whose name contains this (case-insensitive).
  var nameFilter = ""
  /// Only entities of this type.
  var typeFilter: EntityType?
}

enum LookupRow: Equatable, Sendable {
  case article(doc: Int, count: Int)
  case mention(doc: Int, range: Range<Int>)
  case blank
  case note(String)
  case cooccurring(id: String, type: EntityType, documents: Int)

  var selectable: Bool {
    switch self {
    case .mention, .cooccurring: return true
    default: return false
    }
  }
}

struct LookupState {
  var entityID: String
  var rows: [LookupRow]
  var cursor = 0
  var top = 0
}

/// The whole state of the browser. `update` changes it; views only read it.
struct Model {
  let corpus: Corpus
  /// What the title bar calls the corpus ("sample", a folder name).
  var corpusLabel: String
  var entries: [Entry]
  var width: Int
  var height: Int
  var stack: [Screen] = [.library]
  var focus: Focus = .main
  var library = LibraryState()
  var article: ArticleState?
  var compare: CompareState?
  var picker: PickerState?
  var lookup: LookupState?
  var sidebar = SidebarState()
  var showHelp = false
  var helpTop = 0
  var prompt: Prompt?
  var duplicates: Analysis<DuplicateReport> = .pending
  var entities: Analysis<EntityIndex> = .pending
  /// "rewrite of 001" per document index, from the duplicate report.
  var marks: [Int: String] = [:]
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
    self.corpus = corpus
    self.corpusLabel = corpusLabel
    self.width = width
    self.height = height
    self.themes = themes.isEmpty ? [Theme.builtin] : themes
    let ids = corpus.documents.map(\.id)
    let shorts = Model.shortIDs(ids)
    entries = corpus.documents.enumerated().map { i, d in
      let title = DocumentLabel.title(d).replacingOccurrences(of: "\n", with: " ")
      return Entry(
        title: title, folded: title.lowercased(), shortID: shorts[i], words: d.bodyWordCount)
    }
    refreshLibrary()
  }

  /// Ids shortened to the part before the first "_" ("000_f9cd…" → "000") where that is unique.
  static func shortIDs(_ ids: [String]) -> [String] {
    let heads = ids.map { id -> String in
      if let u = id.firstIndex(of: "_"), u != id.startIndex { return String(id[..<u]) }
      return id
    }
    var count: [String: Int] = [:]
    for h in heads { count[h, default: 0] += 1 }
    return zip(ids, heads).map { id, h in count[h] == 1 ? h : id }
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

/// Derived data kept between frames: wrapped text per (document, width) and mentions per document.
final class Caches {
  /// Library orders per sort key (all documents, unfiltered).
  var orders: [LibrarySort: [Int]] = [:]
  private var layouts: [String: TextLayout] = [:]
  private var mentions: [String: [EntityMention]] = [:]

  func layout(_ doc: Document, width: Int, furniture: Bool) -> TextLayout {
    let key = "\(doc.id)\u{0}\(width)\u{0}\(furniture)"
    if let l = layouts[key] { return l }
    if layouts.count > 64 { layouts.removeAll() }
    let l = TextLayout(document: doc, width: width, showFurniture: furniture)
    layouts[key] = l
    return l
  }

  func mentions(_ doc: String, in index: EntityIndex) -> [EntityMention] {
    if let m = mentions[doc] { return m }
    if mentions.count > 256 { mentions.removeAll() }
    let m = index.mentions(inDocument: doc)
    mentions[doc] = m
    return m
  }

  func resetMentions() { mentions.removeAll() }
}
