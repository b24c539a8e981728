/// One run of visible text between block boundaries of an HTML page, with the shallow features
/// the extractor scores it by (text and link density, stop words, the elements around it).
struct HtmlBlock: Sendable {
  /// The text, white space collapsed to single spaces, on one line.
  var text: String
  /// Words (runs of letters and digits), words inside links, English stop words among them.
  var words = 0
  var linkWords = 0
  var emphasisWords = 0
  var stopWords = 0
  /// Commas and sentence ends (`.`, `!`, `?` before a space or the end).
  var commas = 0
  var sentenceEnds = 0
  /// The role of the innermost block element holding the text.
  var role: HtmlRole = .container
  /// 1–6 for a heading, else 0.
  var headingLevel = 0
  /// The id of the innermost block element (an index into `HtmlPage.elements`).
  var element = 0
  /// Sum of the class/id hints of the block's ancestors (positive: article-like names).
  var hint = 0
  /// The nearest non-zero class/id hint on the way up (what the closest named box says).
  var nearestHint = 0
  var flags: HtmlBlock.Flags = []

  /// Where the block sits: inside a figure or caption, navigation, header, footer, aside, list,
  /// table, form, block quote.
  struct Flags: OptionSet, Sendable {
    let rawValue: UInt16
    static let caption = Flags(rawValue: 1)
    static let nav = Flags(rawValue: 2)
    static let header = Flags(rawValue: 4)
    static let footer = Flags(rawValue: 8)
    static let aside = Flags(rawValue: 16)
    static let list = Flags(rawValue: 32)
    static let table = Flags(rawValue: 64)
    static let form = Flags(rawValue: 128)
    static let quote = Flags(rawValue: 256)
    static let article = Flags(rawValue: 512)
    /// Inside an element whose class or id names a title or headline.
    static let titleName = Flags(rawValue: 1024)
    /// Every word of the block is bold.
    static let emphasis = Flags(rawValue: 2048)
  }

  /// Share of the words that sit inside links.
  var linkDensity: Double { words == 0 ? 0 : Double(linkWords) / Double(words) }
  /// Share of the words that are stop words.
  var stopDensity: Double { words == 0 ? 0 : Double(stopWords) / Double(words) }
}

/// An element that opens a block: its parent block element, its role and its own class/id hint.
struct HtmlElement: Sendable {
  var parent: Int
  var role: HtmlRole
  var hint: Int
}

/// What the walker read from a page: its text blocks, its block elements, and the raw metadata.
struct HtmlPage: Sendable {
  var blocks: [HtmlBlock] = []
  var elements: [HtmlElement] = []
  /// `<title>` text.
  var title: String?
  /// `<meta>` pairs: the lowercased `property`, `name` or `itemprop`, and the `content`.
  var metas: [(key: String, content: String)] = []
  /// Bodies of `<script type="application/ld+json">`.
  var jsonLD: [String] = []
  /// `datetime` attributes of `<time>` elements, in page order.
  var times: [String] = []
  /// `charset` declared in a `<meta>` (for the decoder's second pass).
  var declaredCharset: String?
}
