import CorpusKit

/// The dispatch: a key goes to the prompt, the help screen or the key map; an action goes to
/// the one method that handles it. The work itself lives in `Model+Concern.swift` files.
extension Model {
  /// Handles a key: the prompt or help gets it first, then the key map (focused context first).
  /// Unknown keys do nothing.
  mutating func handle(_ key: Key) -> [Effect] {
    lastKey = key
    if prompt != nil { return handlePrompt(key) }
    if showHelp {
      handleHelp(key)
      return []
    }
    if tooSmall {
      handleTooSmall(key)
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
    case .hits: c.append(.hits)
    }
    c.append(.global)
    return c
  }

  /// Applies one action; returns the work to run outside (alignments).
  mutating func update(_ action: Action) -> [Effect] {
    switch action {
    // Movement
    case .moveDown: move(1)
    case .moveUp: move(-1)
    case .halfPageDown: move(max(1, pageSize / 2))
    case .halfPageUp: move(-max(1, pageSize / 2))
    case .pageDown: move(max(1, pageSize - 1))
    case .pageUp: move(-max(1, pageSize - 1))
    case .top: move(Int.min / 4)
    case .bottom: move(Int.max / 4)
    case .focusNext: cycleFocus(1)
    case .focusPrevious: cycleFocus(-1)
    // Navigation
    case .open: return open()
    case .back: back()
    case .quit: quit = true
    case .help: openHelp()
    case .redraw: break
    case .startCommand: prompt = Prompt(kind: .command)
    case .toggleSidebar: toggleSidebar()
    case .cycleTheme: cycleTheme()
    case .resize(let w, let h): resize(width: w, height: h)
    // Library
    case .compare: return openPicker()
    case .cycleSort: cycleSort()
    case .reverseSort: reverseSort()
    case .startFilter: startFilter()
    case .clearFilters: clearFilters()
    case .showPartner: showPartner()
    case .cite: return cite()
    case .filterByEntity: filterByEntity()
    case .duplicatesReady(let report): duplicatesReady(report)
    case .libraryRefreshed(let fresh): libraryRefreshed(fresh)
    // Entities
    case .startEntityFilter: startEntityFilter()
    case .cycleEntityType: cycleEntityType()
    case .jumpToBoth: jumpToSide(.both)
    case .jumpToLeft: jumpToSide(.left)
    case .jumpToRight: jumpToSide(.right)
    case .pickEntityFilter: pickEntityFilter()
    case .entitiesReady(let index): entitiesReady(index)
    case .entitiesFailed(let why): entitiesFailed(why)
    // Article and search
    case .startSearch: prompt = Prompt(kind: .search)
    case .nextMatch: stepMatch(1)
    case .previousMatch: stepMatch(-1)
    case .toggleFurniture: toggleFurniture()
    case .nextParagraph: stepParagraph(1)
    case .previousParagraph: stepParagraph(-1)
    // Compare
    case .compareClosest: return compareClosest()
    case .cyclePassageKind: cyclePassageKind()
    case .raiseThreshold: stepThreshold(up: true)
    case .lowerThreshold: stepThreshold(up: false)
    case .nextPair: stepPair(1)
    case .previousPair: stepPair(-1)
    case .realign: realign()
    case .toggleScrollLock: toggleScrollLock()
    case .swapSides: swapSides()
    case .toggleLegend: toggleLegend()
    case .toggleDriftList: toggleDriftList()
    case .toggleAllDrift: toggleAllDrift()
    case .toggleStoryLinks: toggleStoryLinks()
    case .alignmentReady(let al):
      alignmentReady(al)
      noteStory(al)
    case .storyChecked(let al): noteStory(al)
    // Corpus search
    case .startCorpusSearch: prompt = Prompt(kind: .corpusSearch)
    case .corpusSearchReady(let query, let found): corpusSearchReady(query, found)
    }
    return []
  }
}
