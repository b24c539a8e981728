import CorpusKit

/// The library screen: its rows (sorted, filtered by text or entity) and the marks the
/// duplicate report puts on them.
extension Model {
  mutating func cycleSort() {
    let all = LibrarySort.allCases
    library.sort = all[(all.firstIndex(of: library.sort)! + 1) % all.count]
    refreshLibrary()
    message = sortMessage
  }

  /// What a sort does here: "sorted by date", or why it cannot ("no dates in this corpus").
  var sortMessage: String {
    switch library.sort {
    case .date where !hasDates:
      return "library sorted by date: no dates in this corpus (corpus order)"
    case .similarity:
      guard let r = duplicates.value else {
        return "library sorted by similarity: \(overlapStatus)"
      }
      return r.pairs.isEmpty
        ? "library sorted by similarity: no overlaps found (corpus order)"
        : "library sorted by similarity: copies together, closest groups first"
    default: return "library sorted by \(library.sort.rawValue)"
    }
  }

  mutating func reverseSort() {
    library.reversed.toggle()
    refreshLibrary()
  }

  mutating func startFilter() {
    prompt = Prompt(kind: .filter, text: library.textFilter, original: library.textFilter)
  }

  mutating func clearFilters() {
    library.textFilter = ""
    library.entityFilter = nil
    refreshLibrary()
    if !sidebar.nameFilter.isEmpty {
      sidebar.nameFilter = ""
      refreshSidebar()
    }
  }

  /// Shows the library with only the articles that mention the sidebar's or lookup's entity.
  mutating func filterByEntity() {
    guard let id = currentEntityForFilter else { return }
    library.entityFilter = id
    library.cursor = 0
    refreshLibrary()
    stack = [.library]
    focusHistory = []
    focus = .main
    sidebar.nameFilter = ""
    refreshSidebar()  // the corpus's entities again, as the sidebar's title says
    message =
      library.rows.isEmpty
      ? "no article mentions \(id) (F clears the filters)" : "library: articles that mention \(id)"
  }

  /// `p`: the title of the article the cursor row's overlap mark names.
  mutating func showPartner() {
    guard library.rows.indices.contains(library.cursor) else { return }
    let doc = library.rows[library.cursor]
    guard let mark = marks[doc] else {
      message =
        duplicates.value == nil ? overlapStatus : "\(entries[doc].shortID): no overlap found"
      return
    }
    guard let other = partners[doc] else {
      message = "\(entries[doc].shortID): \(mark)"
      return
    }
    message = "\(entries[doc].shortID) \(mark): “\(entries[other].title)”"
  }

  mutating func duplicatesReady(_ report: DuplicateReport) {
    duplicates = .ready(report)
    computeMarks(report)
    caches.orders[.similarity] = nil
    refreshLibrary()
  }

  var overlapStatus: String {
    duplicates.status("overlaps") {
      $0.pairs.isEmpty ? "none found" : "\($0.pairs.count) pair\($0.pairs.count == 1 ? "" : "s")"
    }
  }

  mutating func refreshLibrary() {
    let docs = corpus.rows
    var rows = sortedOrder(library.sort)
    let f = Normalizer.fold(library.textFilter)
    if !f.isEmpty {
      let folded = caches.foldedTitles(entries)
      rows = rows.filter { i in
        folded[i].contains(f) || Normalizer.fold(docs[i].id).contains(f)
          || (docs[i].outlet.map { Normalizer.fold($0).contains(f) } ?? false)
          || (docs[i].date?.contains(f) ?? false)
      }
    }
    if let e = library.entityFilter {
      let mentioned = Set(entities.value?.entity(id: e)?.mentions.map(\.doc) ?? [])
      rows = rows.filter { mentioned.contains(docs[$0].id) }
    }
    if library.reversed { rows.reverse() }
    library.rows = rows
    library.cursor = clamp(library.cursor, 0, max(0, rows.count - 1))
    library.top = follow(
      cursor: library.cursor, top: library.top, height: Geometry(self).listRows.height)
  }

  /// Every document index in `sort` order, computed once per order (similarity again when the
  /// report arrives).
  func sortedOrder(_ sort: LibrarySort) -> [Int] {
    if let o = caches.orders[sort] { return o }
    let docs = corpus.rows
    var rows = Array(docs.indices)
    switch sort {
    case .corpus: break
    case .date:
      let keys = docs.map { $0.date ?? "" }
      rows.sort { (keys[$0], $0) < (keys[$1], $1) }
    case .title:
      let folded = caches.foldedTitles(entries)
      rows.sort { (folded[$0], $0) < (folded[$1], $1) }
    case .similarity: rows = similarityOrder()
    }
    caches.orders[sort] = rows
    return rows
  }

  /// Copies next to each other: each cluster of the report as a group (its tree order, source
  /// first), groups by their best similarity; then each remaining article with overlaps,
  /// most similar first, followed by the article its mark names; then the rest.
  func similarityOrder() -> [Int] {
    let docs = corpus.rows
    let sim = { (i: Int) in bestSimilarity[i] ?? -1 }
    var out: [Int] = []
    var placed = Set<Int>()
    func place(_ i: Int) {
      if placed.insert(i).inserted { out.append(i) }
    }
    let groups = (duplicates.value?.clusters ?? []).map { $0.compactMap { corpus.index(of: $0) } }
      .filter { !$0.isEmpty }
      .enumerated().sorted {
        ($0.element.map(sim).max()!, -$0.offset) > ($1.element.map(sim).max()!, -$1.offset)
      }
    for (_, g) in groups { for i in g { place(i) } }
    let rest = docs.indices.filter { !placed.contains($0) }.sorted {
      (sim($0), -$0) > (sim($1), -$1)
    }
    for i in rest where sim(i) >= 0 {
      guard !placed.contains(i) else { continue }
      place(i)
      if let p = partners[i] { place(p) }
    }
    for i in rest { place(i) }
    return out
  }

  /// Marks like "rewrite of 001" for documents the report says were derived from another.
  mutating func computeMarks(_ report: DuplicateReport) {
    marks = [:]
    partners = [:]
    bestSimilarity = [:]
    var cluster: [String: Int] = [:]
    for (i, c) in report.clusters.enumerated() { for id in c { cluster[id] = i + 1 } }
    for p in report.pairs {
      guard let ia = corpus.index(of: p.a), let ib = corpus.index(of: p.b) else { continue }
      bestSimilarity[ia] = max(bestSimilarity[ia] ?? 0, p.similarity)
      bestSimilarity[ib] = max(bestSimilarity[ib] ?? 0, p.similarity)
      let relation =
        p.relation == .sharedPassages
        ? "shares with" : p.relation == .duplicate ? "copy of" : "\(p.relation.rawValue) of"
      var copy: Int? = nil
      var source: Int? = nil
      if p.derived == p.a {
        copy = ia
        source = ib
      } else if p.derived == p.b {
        copy = ib
        source = ia
      }
      if let copy, let source {
        if marks[copy] == nil || p.relation != .sharedPassages {
          marks[copy] = "\(relation) \(entries[source].shortID)"
          partners[copy] = source
        }
        if marks[source] == nil {
          marks[source] = "source of \(entries[copy].shortID)"
          partners[source] = copy
        }
      } else {
        let word =
          p.relation == .sharedPassages
          ? "shares with" : p.relation == .duplicate ? "copy of" : "\(p.relation.rawValue) with"
        if marks[ia] == nil {
          marks[ia] = "\(word) \(entries[ib].shortID)"
          partners[ia] = ib
        }
        if marks[ib] == nil {
          marks[ib] = "\(word) \(entries[ia].shortID)"
          partners[ib] = ia
        }
      }
    }
    for (id, c) in cluster {
      if let i = corpus.index(of: id), marks[i] == nil { marks[i] = "cluster \(c)" }
    }
    // The same event in other words: a mark only where no copy relation gave one.
    for p in report.sameStory {
      guard let ia = corpus.index(of: p.a), let ib = corpus.index(of: p.b) else { continue }
      for (x, y) in [(ia, ib), (ib, ia)] where marks[x] == nil {
        marks[x] = "same story as \(entries[y].shortID)"
        partners[x] = y
      }
    }
    markWidth = marks.values.map { TextWidth.of($0) }.max() ?? 0
  }
}
