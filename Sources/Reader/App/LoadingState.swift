/// The state of the loading screen shown while a corpus loads in the background.
struct LoadingState: Equatable {
  enum Phase: Equatable, Sendable {
    /// Listing the folder.
    case listing
    /// Reading and decoding files.
    case reading(done: Int, total: Int)
    /// Building the documents (line statistics, cleaning, segmentation).
    case analysing(articles: Int)
  }

  /// What the title bar calls the corpus.
  var label: String
  var width: Int
  var height: Int
  var phase: Phase = .listing
  var quit = false

  /// Keys during loading: `q`, `Q` and Ctrl-C quit (nothing else is open yet); the rest
  /// is ignored.
  mutating func handle(_ key: Key) {
    switch key {
    case .char("q"), .char("Q"), .ctrl("c"): quit = true
    default: break
    }
  }
}
