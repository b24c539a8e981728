import CorpusKit

/// The entity sidebar (what the screen mentions, filtered by name and type) and the lookup
/// screen (every mention of one entity, and what it is mentioned with).
extension Model {
  mutating func startEntityFilter() {
    prompt = Prompt(kind: .entities, text: sidebar.nameFilter, original: sidebar.nameFilter)
  }

  mutating func cycleEntityType() {
    let all: [EntityType?] = [nil] + EntityType.allCases
    let i = all.firstIndex(of: sidebar.typeFilter) ?? 0
    sidebar.typeFilter = all[(i + 1) % all.count]
    refreshSidebar()
    message = "entities: " + (sidebar.typeFilter?.rawValue ?? "all types")
  }

  /// `f` on the library: opens (or focuses) the sidebar to pick the entity to filter by.
  mutating func pickEntityFilter() {
    if !sidebar.visible { toggleSidebar() } else { focus = .sidebar }
    message = entities.value == nil ? entityStatus : "pick an entity and press f"
  }

  mutating func entitiesReady(_ index: EntityIndex) {
    entities = .ready(index)
    caches.resetMentions()
    refreshSidebar()
  }

  mutating func entitiesFailed(_ why: ReaderError) {
    entities = .failed(why)
    refreshSidebar()
  }

  var entityStatus: String {
    entities.status("entities") { $0.count == 0 ? "none found" : "\($0.count)" }
  }

  /// The entity `f` filters by: the sidebar cursor's, or the lookup's.
  var currentEntityForFilter: String? {
    if focus == .sidebar, let id = selectedEntity { return id }
    if screen == .lookup { return lookup?.entityID }
    return nil
  }

  /// Rebuilds the sidebar list for what is on screen: the visible article(s), or the whole
  /// corpus on the library.
  mutating func refreshSidebar() {
    // Hidden: nothing to list (at 100k articles, 50k entities counted and sorted each time
    // the entities land or the screen changes); `toggleSidebar` makes it when shown.
    guard sidebar.visible else { return }
    guard let idx = entities.value else {
      sidebar.items = []
      return
    }
    let previous =
      selectedEntity
      ?? (sidebar.items.indices.contains(sidebar.cursor) ? sidebar.items[sidebar.cursor] : nil)
      .flatMap {
        if case .entity(let id, _, _) = $0 { return id }
        return nil
      }
    // Per entity: type, mentions in view, and whether one is in the article's own text.
    // Photo credits are left out; relative dates only show for the articles on screen.
    var counts: [String: (type: EntityType, count: Int, inText: Bool)] = [:]
    let docs = visibleDocuments
    if docs.isEmpty {
      // From the entities' summaries: a reopened index decodes no mention for this.
      counts.reserveCapacity(idx.count)
      for e in idx.summaries where !e.isRelativeDate {
        let n = e.textMentions + e.captionMentions
        guard n > 0 else { continue }
        counts[e.id] = (e.type, n, e.textMentions > 0)
      }
    } else {
      for d in docs {
        for m in caches.mentions(corpus.rows[d].id, in: idx) where m.region != .credit {
          counts[m.entityID, default: (idx.summary(id: m.entityID)?.type ?? m.type, 0, false)]
            .count += 1
          if m.region == .text { counts[m.entityID]!.inText = true }
        }
      }
    }
    sidebar.sides = [:]
    if screen == .compare, docs.count == 2 {
      let ids = docs.map { Set(caches.mentions(corpus.rows[$0].id, in: idx).map(\.entityID)) }
      for id in ids[0].union(ids[1]) {
        sidebar.sides[id] = ids[0].contains(id) ? (ids[1].contains(id) ? .both : .left) : .right
      }
    }
    var items: [SidebarItem] = []
    let name = Normalizer.fold(sidebar.nameFilter)
    // Filtered as an array (a dictionary's filter builds a dictionary again: 14 of them over
    // 50k entities at 100k articles); each group is sorted fully, so the order is the same.
    let all = Array(counts)
    func groups(inText: Bool) -> [SidebarItem] {
      var out: [SidebarItem] = []
      for t in EntityType.allCases where sidebar.typeFilter == nil || sidebar.typeFilter == t {
        let group = all.filter {
          $0.value.type == t && $0.value.inText == inText
            && (name.isEmpty || Normalizer.fold($0.key).contains(name))
        }.sorted {
          ($0.value.count, $1.key) > ($1.value.count, $0.key)
        }
        guard !group.isEmpty else { continue }
        if inText { out.append(.header(t, group.count)) }
        for (id, v) in group { out.append(.entity(id: id, type: t, count: v.count)) }
      }
      return out
    }
    items = groups(inText: true)
    let captionOnly = groups(inText: false)
    if !captionOnly.isEmpty { items += [.captionsHeader(captionOnly.count)] + captionOnly }
    sidebar.items = items
    sidebar.top = 0
    sidebar.cursor =
      items.firstIndex {
        if case .entity(let id, _, _) = $0 { return id == previous }
        return false
      }
      ?? stepSelectable(items.count, from: 0, by: 0) { i in
        if case .entity = items[i] { return true }
        return false
      }
    if let r = Geometry(self).sidebar {
      sidebar.top = follow(cursor: sidebar.cursor, top: 0, height: max(1, r.height - 1))
    }
  }

  /// `=`, `<`, `>` in the compare sidebar: the next entity mentioned in both articles, only
  /// the left or only the right; both panes scroll to its first mention on each side.
  mutating func jumpToSide(_ side: CompareSide) {
    guard screen == .compare, !sidebar.items.isEmpty else { return }
    let n = sidebar.items.count
    for step in 1...n {
      let i = (sidebar.cursor + step) % n
      guard case .entity(let id, _, _) = sidebar.items[i], sidebar.sides[id] == side else {
        continue
      }
      sidebar.cursor = i
      if let r = Geometry(self).sidebar {
        sidebar.top = follow(cursor: i, top: sidebar.top, height: max(1, r.height - 1))
      }
      scrollCompare(toEntity: id)
      let word =
        side == .both ? "in both" : side == .left ? "only on the left" : "only on the right"
      message = "\(id): \(word)"
      return
    }
    message =
      side == .both
      ? "no entity is in both" : "nothing only on the \(side == .left ? "left" : "right")"
  }

  /// Scrolls each compare pane to the entity's first mention on that side.
  mutating func scrollCompare(toEntity id: String) {
    guard var c = compare, let idx = entities.value else { return }
    let (la, lb) = compareLayouts(c)
    let h = Geometry(self).comparePanes.left.height
    if let m = caches.mentions(corpus.rows[c.a].id, in: idx).first(where: { $0.entityID == id }
    ),
      let l = la.line(containing: m.range.lowerBound)
    {
      c.topA = max(0, l - h / 3)
    }
    if let m = caches.mentions(corpus.rows[c.b].id, in: idx).first(where: { $0.entityID == id }
    ),
      let l = lb.line(containing: m.range.lowerBound)
    {
      c.topB = max(0, l - h / 3)
    }
    compare = c
  }

  /// Opens the KWIC lookup of entity `id`: mentions grouped by article, then co-occurring entities.
  mutating func openLookup(_ id: String) {
    guard let idx = entities.value, let e = idx.entity(id: id) else { return }
    var rows: [LookupRow] = []
    var byDoc: [(Int, [EntityMention])] = []
    for m in e.mentions {
      guard let d = corpus.index(of: m.doc) else { continue }
      if let last = byDoc.last, last.0 == d {
        byDoc[byDoc.count - 1].1.append(m)
      } else {
        byDoc.append((d, [m]))
      }
    }
    for (d, ms) in byDoc {
      rows.append(.article(doc: d, count: ms.count))
      for m in ms { rows.append(.mention(doc: d, range: m.range)) }
      rows.append(.blank)
    }
    let co = idx.cooccurring(with: id, limit: 10)
    rows.append(
      .note(co.isEmpty ? "Mentioned with: nothing else" : "Mentioned with (articles in common)"))
    for c in co {
      rows.append(.cooccurring(id: c.entity.id, type: c.entity.type, documents: c.documents))
    }
    lookup = LookupState(entityID: id, rows: rows, cursor: rows.firstIndex { $0.selectable } ?? 0)
    if screen == .lookup { popScreen() }
    pushScreen(.lookup)
  }
}
