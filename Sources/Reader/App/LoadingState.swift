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

  /// Keys during loading, from the key map: `q`, `Q` and Ctrl-C quit (nothing else is open
  /// yet); the rest is ignored.
  mutating func handle(_ key: Key) {
    if case .quit? = KeyMap.action(for: key, in: [.loading]) { quit = true }
  }
}
