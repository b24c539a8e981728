import CorpusKit

extension Model {
  /// Handles a key: the prompt or help gets it first, then the key map (focused context first).
  /// Unknown keys do nothing.
  mutating func handle(_ key: Key) -> [Effect] {
    lastKey = key
    if prompt != nil { return handlePrompt(key) }
    if showHelp {
      switch key {
      case .char("q"), .escape, .char("?"), .char("h"), .left: showHelp = false
      case .char("Q"), .ctrl("c"): quit = true
      case .char("j"), .down: helpTop += 1
      case .char("k"), .up: helpTop = max(0, helpTop - 1)
      case .pageDown, .char(" "), .ctrl("f"), .ctrl("d"): helpTop += max(1, height - 4)
      case .pageUp, .char("b"), .ctrl("b"), .ctrl("u"):
        helpTop = max(0, helpTop - max(1, height - 4))
      case .char("g"), .home: helpTop = 0
      default: break
      }
      return []
    }
    if tooSmall {
      if key == .char("Q") || key == .ctrl("c") { quit = true }
      if key == .char("q"), screen == .library { quit = true }
      return []
    }
    guard let action = KeyMap.action(for: key, in: contexts) else { return [] }
    message = nil  // a key press clears the last message; background results do not
    return update(action)
  }

  /// Key contexts to try, most specific first.
  var contexts: [KeyContext] {
    var c: [KeyContext] = []
    if focus == .sidebar, sidebar.visible { c.append(.sidebar) }
    switch screen {
    case .library: c.append(.library)
    case .article: c.append(.article)
    case .compare: c.append(.compare)
    case .picker: c.append(.picker)
    case .lookup: c.append(.lookup)
    }
    c.append(.global)
    return c
  }

  /// Applies one action; returns the work to run outside (alignments).
  mutating func update(_ action: Action) -> [Effect] {
    switch action {
    case .moveDown: move(1)
    case .moveUp: move(-1)
    case .halfPageDown: move(max(1, pageSize / 2))
    case .halfPageUp: move(-max(1, pageSize / 2))
    case .pageDown: move(max(1, pageSize - 1))
    case .pageUp: move(-max(1, pageSize - 1))
    case .top: move(Int.min / 4)
    case .bottom: move(Int.max / 4)
    case .open: return open()
    case .back: back()
    case .quit: quit = true
    case .help:
      showHelp = true
      helpTop = 0
    case .redraw: break
    case .startCommand: prompt = Prompt(kind: .command)
    case .toggleSidebar:
      // The sidebar takes (or gives back) columns, so the text re-wraps: keep the article's
      // top paragraph and the compare panes lined up on the current pair, as a resize does.
      let anchor = screen == .article ? article.map { topOffset($0) } : nil
      sidebar.visible.toggle()
      defer {
        if let anchor { scrollArticle(to: anchor, anchor: 0) }
        if screen == .compare, compare?.current != nil { realign() }
      }
      if sidebar.visible {
        refreshSidebar()
        if Geometry(self).sidebar == nil {
          // It does not fit: it stays on (it shows when the window grows, and on screens
          // where it fits); say how wide it needs and how to turn it off.
          let needed = (screen == .compare ? 76 : 40) + 1 + 26
          message =
            "entity sidebar on, but it needs \(needed) columns here (have \(width)); e turns it off"
        } else {
          focus = .sidebar
        }
      } else if focus == .sidebar {
        focus = .main
      }
    case .focusNext: cycleFocus(1)
    case .focusPrevious: cycleFocus(-1)
    case .cycleTheme:
      themeIndex = (themeIndex + 1) % themes.count
      message = "theme: \(theme.name)" + (monochrome ? " (no colour: NO_COLOR or terminal)" : "")
    case .compare: openPicker()
    case .cycleSort:
      let all = LibrarySort.allCases
      library.sort = all[(all.firstIndex(of: library.sort)! + 1) % all.count]
      refreshLibrary()
    case .reverseSort:
      library.reversed.toggle()
      refreshLibrary()
    case .startFilter:
      prompt = Prompt(kind: .filter, text: library.textFilter, original: library.textFilter)
    case .startEntityFilter:
      prompt = Prompt(kind: .entities, text: sidebar.nameFilter, original: sidebar.nameFilter)
    case .cycleEntityType:
      let all: [EntityType?] = [nil] + EntityType.allCases
      let i = all.firstIndex(of: sidebar.typeFilter) ?? 0
      sidebar.typeFilter = all[(i + 1) % all.count]
      refreshSidebar()
      message = "entities: " + (sidebar.typeFilter?.rawValue ?? "all types")
    case .pickEntityFilter:
      if !sidebar.visible { _ = update(.toggleSidebar) } else { focus = .sidebar }
      message = entities.value == nil ? entityStatus : "pick an entity and press f"
    case .clearFilters:
      library.textFilter = ""
      library.entityFilter = nil
      refreshLibrary()
    case .filterByEntity:
      guard let id = currentEntityForFilter else { return [] }
      library.entityFilter = id
      library.cursor = 0
      refreshLibrary()
      stack = [.library]
      focus = .main
      message = "library: articles that mention \(id)"
    case .startSearch: prompt = Prompt(kind: .search)
    case .nextMatch: stepMatch(1)
    case .previousMatch: stepMatch(-1)
    case .toggleFurniture:
      if screen == .article, var a = article {
        let offset = topOffset(a)
        a.showFurniture.toggle()
        article = a
        scrollArticle(to: offset, anchor: 0)
      } else if screen == .compare, compare != nil {
        compare!.showFurniture.toggle()
        if compare!.current != nil { realign() }
      }
    case .nextParagraph, .previousParagraph:
      guard var a = article else { break }
      let lines = articleLayout(a).lines
      let h = Geometry(self).articleText.height
      if case .nextParagraph = action {
        if let blank = lines.indices.first(where: { $0 > a.top && lines[$0].kind == nil }) {
          a.top = blank + 1
        }
      } else {
        a.top = (lines.indices.last { $0 < a.top - 1 && lines[$0].kind == nil }).map { $0 + 1 } ?? 0
      }
      a.top = clamp(a.top, 0, max(0, lines.count - h))
      article = a
    case .compareClosest:
      guard let a = article else { break }
      guard let report = duplicates.value else {
        message = overlapStatus
        break
      }
      let id = corpus.documents[a.doc].id
      guard
        let best = report.pairs.filter({ $0.a == id || $0.b == id }).max(by: {
          $0.similarity < $1.similarity
        }),
        let other = corpus.index(of: best.a == id ? best.b : best.a)
      else {
        message = "overlaps: no other article shares a passage with this one"
        break
      }
      compare = CompareState(a: a.doc, b: other)
      stack.append(.compare)
      focus = .main
      refreshSidebar()
      return [.align(a.doc, other)]
    case .cyclePassageKind:
      guard compare != nil else { break }
      let order: [PassageKind?] = [nil, .verbatim, .paraphrase]
      compare!.only = order[((order.firstIndex(of: compare!.only) ?? 0) + 1) % order.count]
      if let cur = compare!.current, case .ready(let al) = compare!.alignment,
        !compare!.shown(al).contains(cur)
      {
        compare!.current = nil
      }
      message = "passages shown: " + (compare!.only.map { "\($0.rawValue) only" } ?? "all")
    case .raiseThreshold: stepThreshold(up: true)
    case .lowerThreshold: stepThreshold(up: false)
    case .nextPair: stepPair(1)
    case .previousPair: stepPair(-1)
    case .realign: realign()
    case .toggleScrollLock:
      guard compare != nil else { break }
      compare!.locked.toggle()
      message =
        compare!.locked
        ? "panes scroll together" : "panes scroll independently (Tab picks the pane)"
    case .swapSides:
      guard var c = compare else { break }
      swap(&c.a, &c.b)
      swap(&c.topA, &c.topB)
      if case .ready(let al) = c.alignment { c.alignment = .ready(al.swapped()) }
      c.search = nil
      compare = c
    case .resize(let w, let h):
      let anchor = article.map { topOffset($0) }
      width = w
      height = h
      if let anchor, screen == .article { scrollArticle(to: anchor, anchor: 0) }
      if compare?.current != nil, screen == .compare { realign() }
      if focus == .sidebar, Geometry(self).sidebar == nil { focus = .main }
      clampLists()
    case .duplicatesReady(let report):
      duplicates = .ready(report)
      computeMarks(report)
      caches.orders[.similarity] = nil
      refreshLibrary()
    case .entitiesReady(let index):
      entities = .ready(index)
      caches.resetMentions()
      refreshSidebar()
    case .entitiesFailed(let why):
      entities = .failed(why)
      refreshSidebar()
    case .alignmentReady(let al):
      guard var c = compare else { break }
      if al.a == corpus.documents[c.a].id && al.b == corpus.documents[c.b].id {
        c.alignment = .ready(al)
      } else if al.a == corpus.documents[c.b].id && al.b == corpus.documents[c.a].id {
        c.alignment = .ready(al.swapped())
      } else {
        break
      }
      compare = c
    case .alignmentFailed(let why):
      compare?.alignment = .failed(why)
    }
    return []
  }

  // MARK: - Prompt

  mutating func handlePrompt(_ key: Key) -> [Effect] {
    guard var p = prompt else { return [] }
    switch key {
    case .escape:
      prompt = nil
      p.text = p.original
      applyTypedFilter(p)
      return []
    case .enter:
      prompt = nil
      switch p.kind {
      case .search: runSearch(p.text)
      case .command: runCommand(p.text)
      case .filter, .entities: applyTypedFilter(p)
      }
      return []
    case .backspace:
      // Like vim: Backspace on an empty command line closes it.
      if p.kind == .command && p.text.isEmpty {
        prompt = nil
        return []
      }
      if !p.text.isEmpty { p.text.removeLast() }
    case .char(let c): p.text.append(c)
    case .ctrl("c"):
      quit = true
      return []
    case .ctrl("u"): p.text = ""
    default: return []
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
      guard let i = names.firstIndex(of: wanted) ?? names.firstIndex(where: {
        $0.lowercased() == wanted.lowercased()
      }) else {
        message = "unknown theme “\(wanted)” (have: \(names.joined(separator: ", ")))"
        return
      }
      themeIndex = i
      message = "theme: \(theme.name)" + (monochrome ? " (no colour: NO_COLOR or terminal)" : "")
    case "sort":
      let keys = LibrarySort.allCases.map(\.rawValue)
      guard let key = args.first.flatMap({ LibrarySort(rawValue: $0.lowercased()) }) else {
        message = "usage: :sort \(keys.joined(separator: "|")) [reverse]"
        return
      }
      library.sort = key
      library.reversed = args.dropFirst().contains { ["reverse", "rev", "desc", "!"].contains($0) }
      refreshLibrary()
      message = "library sorted by \(key.rawValue)\(library.reversed ? ", reversed" : "")"
    case "help", "h":
      showHelp = true
      helpTop = 0
    default:
      message =
        "unknown command: \(name) (try \(Model.commands.map { ":" + $0.usage.split(separator: " ")[0].split(separator: ",")[0] }.joined(separator: ", ")))"
    }
  }

  /// Filters apply as they are typed: the library's text filter, the sidebar's name filter.
  mutating func applyTypedFilter(_ p: Prompt) {
    switch p.kind {
    case .search, .command: break
    case .filter:
      if library.textFilter != p.text { library.cursor = 0 }
      library.textFilter = p.text
      refreshLibrary()
    case .entities:
      sidebar.nameFilter = p.text
      refreshSidebar()
    }
  }

  // MARK: - Movement

  /// Rows a page moves in the focused pane.
  var pageSize: Int {
    let g = Geometry(self)
    if focus == .sidebar, let s = g.sidebar { return s.height - 1 }
    switch screen {
    case .article: return g.articleText.height
    case .compare: return g.comparePanes.left.height
    default: return g.listRows.height
    }
  }

  mutating func move(_ delta: Int) {
    if focus == .sidebar, sidebar.visible {
      sidebar.cursor = stepSelectable(sidebar.items.count, from: sidebar.cursor, by: delta) { i in
        if case .entity = self.sidebar.items[i] { return true }
        return false
      }
      scrollSidebarToCursor()
      return
    }
    switch screen {
    case .library:
      library.cursor = clamp(library.cursor + delta, 0, max(0, library.rows.count - 1))
      library.top = follow(
        cursor: library.cursor, top: library.top, height: Geometry(self).listRows.height)
    case .picker:
      guard var p = picker else { return }
      p.cursor = clamp(p.cursor + delta, 0, max(0, p.candidates.count - 1))
      p.top = follow(cursor: p.cursor, top: p.top, height: Geometry(self).listRows.height)
      picker = p
    case .lookup:
      guard var l = lookup else { return }
      l.cursor = stepSelectable(l.rows.count, from: l.cursor, by: delta) { l.rows[$0].selectable }
      l.top = follow(cursor: l.cursor, top: l.top, height: Geometry(self).listRows.height)
      lookup = l
    case .article:
      guard var a = article else { return }
      let layout = articleLayout(a)
      let h = Geometry(self).articleText.height
      a.top = clamp(a.top + delta, 0, max(0, layout.lines.count - h))
      article = a
    case .compare:
      guard var c = compare else { return }
      let (la, lb) = compareLayouts(c)
      func scrolled(_ top: Int, _ count: Int) -> Int {
        // Panes scroll until their last line is at the top, so a shorter text keeps moving
        // with the longer one and pairs stay lined up.
        let lo = min(top, 0)
        return clamp(top + delta, lo, max(lo, count - 1, top))
      }
      if c.locked || focus != .other {
        if c.locked || focus == .main { c.topA = scrolled(c.topA, la.lines.count) }
      }
      if c.locked || focus == .other { c.topB = scrolled(c.topB, lb.lines.count) }
      compare = c
    }
  }

  /// Moves a cursor by `by` over items where `ok` holds (sign decides the direction, size the
  /// number of selectable items passed); stays put when there is none.
  func stepSelectable(_ count: Int, from: Int, by: Int, _ ok: (Int) -> Bool) -> Int {
    guard count > 0 else { return 0 }
    let dir = by >= 0 ? 1 : -1
    var steps = abs(by)
    var i = clamp(from, 0, count - 1)
    var best = ok(i) ? i : nil
    var j = i
    while steps > 0 {
      j += dir
      if j < 0 || j >= count { break }
      if ok(j) {
        best = j
        i = j
        steps -= 1
      }
    }
    if best == nil {  // cursor was on a header: find the nearest selectable in either direction
      best = (0..<count).first(where: ok)
    }
    return best ?? 0
  }

  func follow(cursor: Int, top: Int, height: Int) -> Int {
    if cursor < top { return cursor }
    if cursor >= top + height { return cursor - height + 1 }
    return max(0, top)
  }

  mutating func scrollSidebarToCursor() {
    guard let r = Geometry(self).sidebar else { return }
    sidebar.top = follow(cursor: sidebar.cursor, top: sidebar.top, height: max(1, r.height - 1))
    // Show the selected entity's first mention in an article.
    if screen == .article, let id = selectedEntity, var a = article,
      let idx = entities.value,
      let m = caches.mentions(corpus.documents[a.doc].id, in: idx).first(where: {
        $0.entityID == id
      })
    {
      let layout = articleLayout(a)
      let h = Geometry(self).articleText.height
      if let line = layout.line(containing: m.range.lowerBound), line < a.top || line >= a.top + h {
        a.top = clamp(line - h / 3, 0, max(0, layout.lines.count - h))
        article = a
      }
    }
  }

  mutating func clampLists() {
    let h = Geometry(self).listRows.height
    library.top = follow(cursor: library.cursor, top: library.top, height: h)
    if var a = article {
      let n = articleLayout(a).lines.count
      a.top = clamp(a.top, 0, max(0, n - Geometry(self).articleText.height))
      article = a
    }
    if sidebar.visible { scrollSidebarToCursor() }
  }

  mutating func cycleFocus(_ dir: Int) {
    var order: [Focus] = [.main]
    if screen == .compare { order.append(.other) }
    if sidebar.visible, Geometry(self).sidebar != nil { order.append(.sidebar) }
    let i = order.firstIndex(of: focus) ?? 0
    focus = order[(i + dir + order.count) % order.count]
    if focus == .sidebar,
      !sidebar.items.indices.contains(sidebar.cursor) || !isEntity(sidebar.cursor)
    {
      sidebar.cursor = stepSelectable(sidebar.items.count, from: 0, by: 0) { self.isEntity($0) }
    }
  }

  func isEntity(_ i: Int) -> Bool {
    guard sidebar.items.indices.contains(i), case .entity = sidebar.items[i] else { return false }
    return true
  }

  // MARK: - Open and back

  mutating func open() -> [Effect] {
    if focus == .sidebar, sidebar.visible {
      if let id = selectedEntity { openLookup(id) }
      return []
    }
    switch screen {
    case .library:
      guard library.rows.indices.contains(library.cursor) else { return [] }
      openArticle(library.rows[library.cursor], at: nil)
    case .picker:
      guard let p = picker, p.candidates.indices.contains(p.cursor) else { return [] }
      let other = p.candidates[p.cursor].doc
      compare = CompareState(a: p.from, b: other)
      stack.removeLast()
      stack.append(.compare)
      focus = .main
      refreshSidebar()
      return [.align(p.from, other)]
    case .lookup:
      guard let l = lookup, l.rows.indices.contains(l.cursor) else { return [] }
      switch l.rows[l.cursor] {
      case .mention(let doc, let range): openArticle(doc, at: range)
      case .cooccurring(let id, _, _): openLookup(id)
      default: break
      }
    default: break
    }
    return []
  }

  mutating func openArticle(_ doc: Int, at range: Range<Int>?) {
    article = ArticleState(doc: doc)
    stack.append(.article)
    focus = .main
    if let range {
      article!.mark = range
      scrollArticle(to: range.lowerBound, anchor: Geometry(self).articleText.height / 3)
    }
    refreshSidebar()
  }

  mutating func back() {
    if focus == .sidebar, sidebar.visible {
      focus = .main
      return
    }
    if stack.count > 1 {
      stack.removeLast()
      focus = .main
      refreshSidebar()
      return
    }
    // On the library: q quits, Esc and h/← only clear a filter.
    if library.entityFilter != nil || !library.textFilter.isEmpty {
      library.entityFilter = nil
      library.textFilter = ""
      refreshLibrary()
      message = "filters cleared"
      return
    }
    if lastKeyWasQuitCandidate { quit = true }
  }

  /// Set by the runner: the key behind the current `.back` was `q` (Esc never quits).
  var lastKeyWasQuitCandidate: Bool { lastKey == .char("q") }

  // MARK: - Compare

  mutating func openPicker() {
    let from: Int
    switch screen {
    case .article:
      guard let a = article else { return }
      from = a.doc
    case .library:
      guard library.rows.indices.contains(library.cursor) else { return }
      from = library.rows[library.cursor]
    default: return
    }
    guard corpus.documents.count > 1 else {
      message = "compare needs a second article"
      return
    }
    let id = corpus.documents[from].id
    var sims: [Int: (Double, Relation)] = [:]
    if let report = duplicates.value {
      for p in report.pairs where p.a == id || p.b == id {
        if let j = corpus.index(of: p.a == id ? p.b : p.a) { sims[j] = (p.similarity, p.relation) }
      }
    }
    var cands = corpus.documents.indices.filter { $0 != from }.map {
      PickerState.Candidate(doc: $0, similarity: sims[$0]?.0, relation: sims[$0]?.1)
    }
    cands.sort { ($0.similarity ?? -1, -$0.doc) > ($1.similarity ?? -1, -$1.doc) }
    picker = PickerState(from: from, candidates: cands)
    stack.append(.picker)
    focus = .main
  }

  mutating func stepPair(_ dir: Int) {
    guard var c = compare else { return }
    guard case .ready(let al) = c.alignment else {
      message = "overlaps: " + (c.alignment.value == nil ? "still aligning…" : "none")
      return
    }
    guard !al.passages.isEmpty else {
      message = "overlaps: none found between these two articles"
      return
    }
    let shown = c.shown(al)
    guard !shown.isEmpty else {
      message = "no \(c.only?.rawValue ?? "") passages here (v shows the others)"
      return
    }
    let at: Int
    if let cur = c.current, let i = shown.firstIndex(of: cur) {
      at = (i + dir + shown.count) % shown.count
    } else if let cur = c.current {
      // The current pair is hidden by `v`: the next shown one in that direction.
      at =
        dir > 0
        ? (shown.firstIndex { $0 > cur } ?? 0) : (shown.lastIndex { $0 < cur } ?? shown.count - 1)
    } else {
      at = dir > 0 ? 0 : shown.count - 1
    }
    c.current = shown[at]
    compare = c
    message = Model.describe(al.passages[shown[at]], index: at, of: shown.count)
    realign()
  }

  /// "passage 2/15 · paraphrase 0.71 · drift: 30 → (dropped), Aug. 22 → Aug. 23": the
  /// status line for a pair.
  static func describe(_ p: Passage, index: Int, of count: Int) -> String {
    var s = "passage \(index + 1)/\(count) · \(p.kind.rawValue) \(PickerView.similarity(p.score))"
    if let f = p.furniture { s += " · side \(f.rawValue) in furniture" }
    if !p.drift.isEmpty {
      s +=
        " · drift: "
        + p.drift.map { d in
          "\(d.aText ?? "(not in left)") → \(d.bText ?? "(dropped)")"
        }.joined(separator: ", ")
    }
    return s
  }

  /// Scrolls both panes so the current pair starts on the same row (a few rows from the top).
  mutating func realign() {
    guard var c = compare, let cur = c.current, case .ready(let al) = c.alignment,
      al.passages.indices.contains(cur)
    else { return }
    let p = al.passages[cur]
    // A side that lies in page furniture is hidden: show the furniture (dimmed) to line it up.
    if !c.showFurniture,
      corpus.documents[c.a].kind(at: p.a.lowerBound)?.isArticleText == false
        || corpus.documents[c.b].kind(at: p.b.lowerBound)?.isArticleText == false
    {
      c.showFurniture = true
      message = "this passage lies in page furniture: furniture shown (a hides it)"
    }
    let (la, lb) = compareLayouts(c)
    let h = Geometry(self).comparePanes.left.height
    if let ia = la.line(containing: p.a.lowerBound), let ib = lb.line(containing: p.b.lowerBound) {
      // A few rows of context above the pair, but no filler when both starts are near the top.
      let anchor = min(3, h / 4, ia, ib)
      c.topA = ia - anchor
      c.topB = ib - anchor
    }
    compare = c
  }

  func compareLayouts(_ c: CompareState) -> (TextLayout, TextLayout) {
    let g = Geometry(self).comparePanes
    return (
      caches.layout(corpus.documents[c.a], width: g.left.width, furniture: c.showFurniture),
      caches.layout(corpus.documents[c.b], width: g.right.width, furniture: c.showFurniture)
    )
  }

  // MARK: - Article helpers

  func articleLayout(_ a: ArticleState) -> TextLayout {
    caches.layout(
      corpus.documents[a.doc], width: Geometry(self).articleText.width, furniture: a.showFurniture)
  }

  /// The scalar offset at the top of the article view (kept across resizes and toggles).
  func topOffset(_ a: ArticleState) -> Int {
    let l = articleLayout(a)
    guard l.lines.indices.contains(a.top) else { return 0 }
    return l.lines[a.top].range.lowerBound
  }

  /// Scrolls the article so `offset` is `anchor` rows from the top.
  mutating func scrollArticle(to offset: Int, anchor: Int) {
    guard var a = article else { return }
    let l = articleLayout(a)
    let h = Geometry(self).articleText.height
    if let line = l.line(containing: offset) {
      a.top = clamp(line - anchor, 0, max(0, l.lines.count - h))
    }
    article = a
  }

  // MARK: - Search

  mutating func runSearch(_ query: String) {
    guard !query.isEmpty else { return }
    switch screen {
    case .article:
      guard var a = article else { return }
      let d = corpus.documents[a.doc]
      let m = Model.find(query, in: d, furniture: a.showFurniture)
      let top = topOffset(a)
      a.search = Search(
        query: query, matches: m,
        current: m.firstIndex { $0.lowerBound >= top } ?? (m.isEmpty ? nil : 0))
      article = a
      if let cur = a.search?.current {
        scrollArticle(to: m[cur].lowerBound, anchor: Geometry(self).articleText.height / 3)
      }
      message = m.isEmpty ? "not found: \(query)" : "\(m.count) matches for “\(query)”"
    case .compare:
      guard var c = compare else { return }
      let side = focus == .other ? c.b : c.a
      let m = Model.find(query, in: corpus.documents[side], furniture: c.showFurniture)
      c.search = Search(query: query, matches: m, current: m.isEmpty ? nil : 0)
      c.searchSide = focus == .other ? .other : .main
      compare = c
      showMatchInCompare()
      message = m.isEmpty ? "not found: \(query)" : "\(m.count) matches for “\(query)”"
    default: break
    }
  }

  mutating func stepMatch(_ dir: Int) {
    if screen == .article, var a = article, var s = a.search, !s.matches.isEmpty {
      s.current = ((s.current ?? -dir) + dir + s.matches.count) % s.matches.count
      a.search = s
      article = a
      scrollArticle(
        to: s.matches[s.current!].lowerBound, anchor: Geometry(self).articleText.height / 3)
      message = "match \(s.current! + 1)/\(s.matches.count)"
    } else if screen == .compare, var c = compare, var s = c.search, !s.matches.isEmpty {
      s.current = ((s.current ?? -dir) + dir + s.matches.count) % s.matches.count
      c.search = s
      compare = c
      showMatchInCompare()
      message = "match \(s.current! + 1)/\(s.matches.count)"
    } else {
      message = "no search: press / first"
    }
  }

  mutating func showMatchInCompare() {
    guard var c = compare, let s = c.search, let cur = s.current else { return }
    let (la, lb) = compareLayouts(c)
    let h = Geometry(self).comparePanes.left.height
    let layout = c.searchSide == .other ? lb : la
    guard let line = layout.line(containing: s.matches[cur].lowerBound) else { return }
    let newTop = max(0, line - h / 3)
    let delta = newTop - (c.searchSide == .other ? c.topB : c.topA)
    if c.locked {
      c.topA += delta
      c.topB += delta
    } else if c.searchSide == .other {
      c.topB = newTop
    } else {
      c.topA = newTop
    }
    compare = c
  }

  /// Case-insensitive matches of `query` in the shown paragraphs of `d`.
  static func find(_ query: String, in d: Document, furniture: Bool) -> [Range<Int>] {
    let q = Array(query.lowercased().unicodeScalars)
    guard !q.isEmpty else { return [] }
    var out: [Range<Int>] = []
    let s = d.text.scalars
    for p in d.paragraphs where furniture || p.kind.isArticleText {
      var i = p.range.lowerBound
      while i + q.count <= p.range.upperBound {
        var ok = true
        for k in 0..<q.count where fold(s[i + k]) != q[k] {
          ok = false
          break
        }
        if ok {
          out.append(i..<(i + q.count))
          i += q.count
        } else {
          i += 1
        }
      }
    }
    return out
  }

  @inline(__always)
  static func fold(_ u: Unicode.Scalar) -> Unicode.Scalar {
    if u.value < 0x80 {
      return (u.value >= 65 && u.value <= 90) ? Unicode.Scalar(u.value + 32)! : u
    }
    let l = u.properties.lowercaseMapping.unicodeScalars
    return l.count == 1 ? l.first! : u
  }

  // MARK: - Library

  mutating func refreshLibrary() {
    let docs = corpus.documents
    var rows = sortedOrder(library.sort)
    let f = library.textFilter.lowercased()
    if !f.isEmpty {
      rows = rows.filter { i in
        entries[i].folded.contains(f) || docs[i].id.lowercased().contains(f)
          || (docs[i].outlet?.lowercased().contains(f) ?? false)
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
    let docs = corpus.documents
    var rows = Array(docs.indices)
    switch sort {
    case .corpus: break
    case .date:
      let keys = docs.map { $0.date ?? "" }
      rows.sort { (keys[$0], $0) < (keys[$1], $1) }
    case .title: rows.sort { (entries[$0].folded, $0) < (entries[$1].folded, $1) }
    case .similarity:
      let keys = docs.indices.map { bestSimilarity[$0] ?? -1 }
      rows.sort { (keys[$0], -$0) > (keys[$1], -$1) }
    }
    caches.orders[sort] = rows
    return rows
  }

  /// Marks like "rewrite of 001" for documents the report says were derived from another.
  mutating func computeMarks(_ report: DuplicateReport) {
    marks = [:]
    bestSimilarity = [:]
    var cluster: [String: Int] = [:]
    for (i, c) in report.clusters.enumerated() { for id in c { cluster[id] = i + 1 } }
    for p in report.pairs {
      guard let ia = corpus.index(of: p.a), let ib = corpus.index(of: p.b) else { continue }
      bestSimilarity[ia] = max(bestSimilarity[ia] ?? 0, p.similarity)
      bestSimilarity[ib] = max(bestSimilarity[ib] ?? 0, p.similarity)
      let relation =
        p.relation == .sharedPassages ? "shares passages with" : "\(p.relation.rawValue) of"
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
        }
        if marks[source] == nil { marks[source] = "source of \(entries[copy].shortID)" }
      } else {
        let word =
          p.relation == .sharedPassages ? "shares passages with" : "\(p.relation.rawValue) with"
        if marks[ia] == nil { marks[ia] = "\(word) \(entries[ib].shortID)" }
        if marks[ib] == nil { marks[ib] = "\(word) \(entries[ia].shortID)" }
      }
    }
    for (id, c) in cluster {
      if let i = corpus.index(of: id), marks[i] == nil { marks[i] = "cluster \(c)" }
    }
  }

  // MARK: - Entities

  var entityStatus: String {
    switch entities {
    case .pending: return "entities: computing…"
    case .failed(let why): return "entities: unavailable — \(why)"
    case .ready(let idx):
      return idx.entities.isEmpty ? "entities: none found" : "entities: \(idx.entities.count)"
    }
  }

  var overlapStatus: String {
    switch duplicates {
    case .pending: return "overlaps: computing…"
    case .failed(let why): return "overlaps: unavailable — \(why)"
    case .ready(let r):
      return r.pairs.isEmpty
        ? "overlaps: none found" : "overlaps: \(r.pairs.count) pair\(r.pairs.count == 1 ? "" : "s")"
    }
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
    var counts: [String: (EntityType, Int)] = [:]
    let docs = visibleDocuments
    if docs.isEmpty {
      for e in idx.entities { counts[e.id] = (e.type, e.mentions.count) }
    } else {
      for d in docs {
        for m in caches.mentions(corpus.documents[d].id, in: idx) {
          counts[m.entityID, default: (idx.entity(id: m.entityID)?.type ?? m.type, 0)].1 += 1
        }
      }
    }
    var items: [SidebarItem] = []
    let name = sidebar.nameFilter.lowercased()
    for t in EntityType.allCases where sidebar.typeFilter == nil || sidebar.typeFilter == t {
      let group = counts.filter {
        $0.value.0 == t && (name.isEmpty || $0.key.lowercased().contains(name))
      }.sorted {
        ($0.value.1, $1.key) > ($1.value.1, $0.key)
      }
      guard !group.isEmpty else { continue }
      items.append(.header(t, group.count))
      for (id, v) in group { items.append(.entity(id: id, type: t, count: v.1)) }
    }
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
    if screen == .lookup { stack.removeLast() }
    stack.append(.lookup)
    focus = .main
    refreshSidebar()
  }
}

@inline(__always)
func clamp(_ v: Int, _ lo: Int, _ hi: Int) -> Int { min(max(v, lo), max(lo, hi)) }

extension Alignment {
  /// The same alignment seen from the other side.
  func swapped() -> Alignment {
    Alignment(
      a: b, b: a, coverageA: coverageB, coverageB: coverageA,
      passages: passages.map { p in
        Passage(
          a: p.b, b: p.a, kind: p.kind, score: p.score,
          furniture: p.furniture.map { $0 == .a ? .b : .a },
          drift: p.drift.map {
            Drift(a: $0.b, b: $0.a, aText: $0.bText, bText: $0.aText, category: $0.category)
          })
      }.sorted { $0.a.lowerBound < $1.a.lowerBound })
  }
}
