import CorpusKit

// The state of each screen, the prompt and the sidebar, as `Model` holds them.

/// Library ordering.
enum LibrarySort: String, CaseIterable, Sendable {
  case corpus, date, title, similarity
}

/// A typed-in line at the bottom: a text search, a library filter or a `:` command.
struct Prompt: Equatable, Sendable {
  enum Kind: Equatable, Sendable { case search, filter, entities, command, corpusSearch }
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

/// One article found by a corpus-wide search (`*`): where the query matched in its text and a
/// snippet around the best match.
struct CorpusHit: Equatable, Sendable {
  var doc: Int
  var matches: [Range<Int>]
  var snippet: String
  var snippetMatches: [Range<Int>]
}

/// The corpus search's result list.
struct HitsState: Equatable, Sendable {
  var query: String
  var hits: [CorpusHit]
  var cursor = 0
  var top = 0
}

/// Per-document facts the library shows, computed once.
struct Entry: Sendable {
  var title: String
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
  /// Drift marks on every pair (`D`), not only on the current one.
  var allDrift = false
  /// The drift box (`d`): the current pair's drift, listed in full.
  var showDriftList = false
  /// Passages below this confidence are hidden (`+`/`-` change it; Model+Threshold.swift).
  var minConfidence = Alignment.defaultMinConfidence
  /// The duplicate report calls the pair the same story: one event in other words, no copy.
  /// No passage pairs are drawn for it (none are invented); the header says so.
  var sameStory = false
  /// The same-story links (`Alignment.storyLinks`) are drawn, in the muted story style
  /// (`r`; off by default: they are not copied text).
  var showStory = false

  /// Whether the alignment found same-story links (the legend then explains their style).
  var hasStoryLinks: Bool { alignment.value?.storyLinks?.isEmpty == false }

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
    /// For a same-story pair the encoder found: the sum of its links' cosines (more and
    /// closer sentence pairs first).
    var storyScore: Double?
  }
  var from: Int
  var candidates: [Candidate]
  var cursor = 0
  var top = 0

  /// Most similar first; then the same-story candidates without a similarity (found by the
  /// encoder), strongest first; then the rest in corpus order.
  static func sorted(_ c: [Candidate]) -> [Candidate] {
    func key(_ x: Candidate) -> Double { x.similarity ?? (x.relation == .sameStory ? -0.5 : -1) }
    return c.sorted {
      (key($0), $0.storyScore ?? 0, -$0.doc) > (key($1), $1.storyScore ?? 0, -$1.doc)
    }
  }
}

enum SidebarItem: Equatable, Sendable {
  case header(EntityType, Int)
  /// Opens the entities met only in captions, listed after the article's own.
  case captionsHeader(Int)
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
  /// In compare: where each listed entity is mentioned (what the two reports share).
  var sides: [String: CompareSide] = [:]
}

/// Where an entity (a name, number or date) is mentioned in a comparison.
enum CompareSide: Sendable {
  case both, left, right

  /// The sidebar's mark: "=" in both, "<" left only, ">" right only.
  var mark: String {
    switch self {
    case .both: return "="
    case .left: return "<"
    case .right: return ">"
    }
  }
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
