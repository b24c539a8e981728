import CorpusIndex
import CorpusKit

/// The library replaced after the background check of the files found the corpus changed
/// since the index listed it.
extension Model {
  /// Shows `fresh` instead of the stored rows: the library screen with the same sort, order
  /// and text filter, the cursor on the same article id where it still exists (the open
  /// article's, when one is open), the analyses pending again, and a one-line status.
  mutating func libraryRefreshed(_ fresh: LibraryCorpus) {
    if fresh.rows == corpus.rows, let keys = fresh.storedKeys, keys == corpus.storedKeys {
      // The same articles from the same stored rows: only the folder listing's warnings (not
      // stored in the index) were unknown before the check. Nothing on screen moves.
      if message == nil, !fresh.warnings.isEmpty {
        message = BrowseCommand.warningsMessage(fresh.warnings)
      }
      return
    }
    let id: String? = {
      if screen == .article, let a = article { return corpus.rows[a.doc].id }
      guard library.rows.indices.contains(library.cursor) else { return nil }
      return corpus.rows[library.rows[library.cursor]].id
    }()
    var m = Model(
      library: fresh, corpusLabel: corpusLabel, width: width, height: height, themes: themes)
    m.themeIndex = themeIndex
    m.monochrome = monochrome
    m.showLegend = showLegend
    m.sidebar.visible = sidebar.visible
    m.library.sort = library.sort
    m.library.reversed = library.reversed
    m.library.textFilter = library.textFilter
    m.refreshLibrary()
    if let id, let i = fresh.index(of: id), let row = m.library.rows.firstIndex(of: i) {
      m.library.cursor = row
      m.refreshLibrary()
    }
    m.message = Self.refreshMessage(old: corpus.rows, new: fresh.rows)
    self = m
  }

  /// "library refreshed: the corpus changed since it was indexed (2 new, 1 gone, 1 changed)".
  static func refreshMessage(old: [LibraryRow], new: [LibraryRow]) -> String {
    var before: [String: LibraryRow] = [:]
    for r in old where before[r.id] == nil { before[r.id] = r }
    var seen = Set<String>()
    var added = 0
    var changed = 0
    for r in new where seen.insert(r.id).inserted {
      if let b = before[r.id] {
        if b != r { changed += 1 }
      } else {
        added += 1
      }
    }
    let gone = before.keys.filter { !seen.contains($0) }.count
    let parts = [(added, "new"), (gone, "gone"), (changed, "changed")].filter { $0.0 > 0 }
    let counts =
      parts.isEmpty ? "" : " (" + parts.map { "\($0.0) \($0.1)" }.joined(separator: ", ") + ")"
    return "library refreshed: the corpus changed since it was indexed\(counts)"
  }
}
