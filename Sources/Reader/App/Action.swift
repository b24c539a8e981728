import CorpusKit

/// Everything that can change the model: key actions from the key map, and messages from
/// the terminal (resize) and the background analyses.
enum Action: Sendable {
  // Movement (in the focused list or pane)
  case moveDown, moveUp, halfPageDown, halfPageUp, pageDown, pageUp, top, bottom
  // Navigation
  case open, back, quit, help, redraw, startCommand
  case toggleSidebar, focusNext, focusPrevious, cycleTheme
  // Library
  case compare, cycleSort, reverseSort, startFilter, pickEntityFilter, clearFilters, filterByEntity
  case showPartner
  case cite
  // Sidebar
  case startEntityFilter, cycleEntityType, jumpToBoth, jumpToLeft, jumpToRight
  // Text
  case startSearch, nextMatch, previousMatch, toggleFurniture, nextParagraph, previousParagraph
  /// Compare with the article this one overlaps most (from the duplicate report).
  case compareClosest
  // Compare
  case nextPair, previousPair, realign, toggleScrollLock, swapSides, cyclePassageKind
  case raiseThreshold, lowerThreshold, toggleLegend, toggleDriftList, toggleAllDrift
  /// Show or hide the same-story links (`r`).
  case toggleStoryLinks
  // Messages
  case resize(width: Int, height: Int)
  case duplicatesReady(DuplicateReport)
  case entitiesReady(EntityIndex)
  case entitiesFailed(ReaderError)
  case alignmentReady(Alignment)
  /// An alignment made to check a picker candidate for the same story (not for the screen).
  case storyChecked(Alignment)
  case startCorpusSearch
  case corpusSearchReady(String, [CorpusHit])
  /// The check of the files found the corpus changed since the shown rows were stored.
  case libraryRefreshed(LibraryCorpus)
}

/// Work the runner does outside `update`, off the main thread; its result comes back as an Action.
enum Effect: Equatable, Sendable {
  /// Align documents `a` and `b` (document indices) for the compare view.
  case align(Int, Int)
  /// Write a citation to the state folder (and the clipboard where the terminal allows it).
  case cite(Citation)
  /// Search the whole corpus (the index's full-text table, else every document's text).
  case searchCorpus(String)
  /// Check the articles most likely to tell the same story as this one (document index),
  /// with the sentence encoder, for the picker; nothing without an encoder.
  case checkStories(Int)
}

/// The state of a background analysis.
enum Analysis<Value> {
  case pending
  case ready(Value)
  case failed(ReaderError)

  var value: Value? {
    if case .ready(let v) = self { return v }
    return nil
  }

  /// The status-bar line for it: "NAME: computing…", "NAME: unavailable — why", or "NAME: "
  /// followed by what `ready` says of the value.
  func status(_ name: String, ready: (Value) -> String) -> String {
    switch self {
    case .pending: return "\(name): computing…"
    case .failed(let why): return "\(name): unavailable — \(why.message)"
    case .ready(let v): return "\(name): " + ready(v)
    }
  }
}
