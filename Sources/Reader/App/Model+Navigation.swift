import CorpusKit

/// Moving between screens and panes: open, back, the help screen, the sidebar, themes, resize.
extension Model {
  /// Keys while the help screen is open: its own bindings in the key map, nothing else.
  mutating func handleHelp(_ key: Key) {
    switch KeyMap.action(for: key, in: [.help]) {
    case .back?: showHelp = false
    case .quit?: quit = true
    case .moveDown?: helpTop += 1
    case .moveUp?: helpTop = max(0, helpTop - 1)
    case .pageDown?: helpTop += max(1, height - 4)
    case .pageUp?: helpTop = max(0, helpTop - max(1, height - 4))
    case .top?: helpTop = 0
    case .bottom?: helpTop = Int.max
    default: break
    }
    helpTop = clamp(helpTop, 0, HelpView.lines(theme: theme).count - max(1, height - 2))
  }

  /// Keys while the window is too small to lay out: only quitting works (`q` on the library).
  mutating func handleTooSmall(_ key: Key) {
    switch KeyMap.action(for: key, in: contexts) {
    case .quit?: quit = true
    case .back?: if lastKeyWasQuitCandidate, screen == .library { quit = true }
    default: break
    }
  }

  /// `?` opens the help at the section of the screen (or the sidebar) in use, as lazygit and
  /// tig do; the sections above stay a few lines up.
  mutating func openHelp() {
    showHelp = true
    let section = contexts.first ?? .global
    let lines = HelpView.lines(theme: theme)
    let at = lines.firstIndex { $0.heading && $0.text == section.title } ?? 0
    helpTop = clamp(at, 0, lines.count - max(1, height - 2))
  }

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
      popScreen()
      return openCompare(p.from, p.candidates[p.cursor].doc)
    case .hits:
      guard let h = hits, h.hits.indices.contains(h.cursor) else { return [] }
      openHit(h.hits[h.cursor], query: h.query)
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
    pushScreen(.article)
    if let range {
      article!.mark = range
      scrollArticle(to: range.lowerBound, anchor: Geometry(self).articleText.height / 3)
    }
    refreshSidebar()
  }

  mutating func back() {
    if screen == .compare, compare?.showDriftList == true {
      compare!.showDriftList = false
      return
    }
    if focus == .sidebar, sidebar.visible {
      focus = .main
      return
    }
    if stack.count > 1 {
      popScreen()
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

  /// Opens `s` on top of the current screen, remembering the focus to come back to. The
  /// sidebar's name filter belongs to the screen it was typed on, so it goes.
  mutating func pushScreen(_ s: Screen) {
    focusHistory.append(focus)
    stack.append(s)
    focus = .main
    sidebar.nameFilter = ""
    refreshSidebar()
  }

  /// Closes the top screen and gives the focus back to the pane that had it (the sidebar the
  /// user came from, when it still shows).
  mutating func popScreen() {
    guard stack.count > 1 else { return }
    stack.removeLast()
    let f = focusHistory.popLast() ?? .main
    sidebar.nameFilter = ""
    refreshSidebar()
    switch f {
    case .sidebar where sidebar.visible && Geometry(self).sidebar != nil: focus = .sidebar
    case .other where screen == .compare: focus = .other
    default: focus = .main
    }
  }

  /// Set by the runner: the key behind the current `.back` was `q` (Esc never quits).
  var lastKeyWasQuitCandidate: Bool { lastKey == .char("q") }

  mutating func toggleSidebar() {
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
        message = "sidebar needs \(needed) cols (have \(width)); e hides it"
      } else {
        focus = .sidebar
      }
    } else if focus == .sidebar {
      focus = .main
    }
  }

  mutating func cycleTheme() {
    themeIndex = (themeIndex + 1) % themes.count
    message = themeMessage
  }

  /// "theme: dusk", saying so when colour is off.
  var themeMessage: String {
    "theme: \(theme.name)" + (monochrome ? " (no colour: NO_COLOR or terminal)" : "")
  }

  /// A new window size: text re-wraps, so keep the article's top line and the compare pair.
  mutating func resize(width w: Int, height h: Int) {
    let anchor = article.map { topOffset($0) }
    width = w
    height = h
    if let anchor, screen == .article { scrollArticle(to: anchor, anchor: 0) }
    if compare?.current != nil, screen == .compare { realign() }
    if focus == .sidebar, Geometry(self).sidebar == nil { focus = .main }
    clampLists()
  }
}
