/// What an element's `class` and `id` say about its content: page furniture (`comment`,
/// `sidebar`, `share`, `related`...), article text (`article`, `story`, `content`...) or captions.
enum HtmlClassHints {
  /// Words in class and id names that mark furniture, matched inside a name.
  static let negativeParts: [[UInt8]] = [
    "comment", "footer", "sidebar", "breadcrumb", "social", "related", "promo", "advert", "banner",
    "widget", "sponsor", "toolbar", "tools", "login", "subscribe", "newsletter", "copyright",
    "masthead", "outbrain", "taboola", "popular", "skip", "navig", "navbar", "topnav", "subnav",
    "menu", "sharing", "share", "bookmark", "footnote", "pagination", "pager", "disclaimer",
    "rss", "signup", "byline", "dateline", "timestamp", "author", "keywords", "tagline",
    "teaser", "headlines", "morestories", "more-stories", "readmore", "recommend", "trending",
    "mostread", "most-read", "mostpopular", "links", "linklist", "print", "email", "utility",
    "poll", "weather", "ticker", "hidden", "hide", "tabs", "adsense", "column2", "col2", "rightcol",
    "leftcol", "right-col", "left-col", "rail",
  ].map { Array($0.utf8) }
  /// Whole name parts (split on punctuation) that mark furniture; too short to match inside names.
  static let negativeTokens: Set<String> = [
    "ad", "ads", "nav", "tag", "tags", "side", "foot", "meta", "info", "date", "extra", "top",
    "bottom", "left", "right", "box", "aux", "secondary", "search", "header", "hdr", "masthead",
    "more", "login", "reg", "gallery", "thumb", "thumbs", "video", "audio", "photos", "slideshow",
  ]
  /// Words in names that mark the article's text.
  static let positiveParts: [[UInt8]] = [
    "article", "story", "content", "entry", "post", "body", "text", "blog", "main", "news",
    "storytext", "articletext", "txt", "detail",
  ].map { Array($0.utf8) }
  /// Words in names that mark a caption or a picture credit.
  static let captionParts: [[UInt8]] = ["caption", "credit", "photo-desc", "imgtext", "cutline"].map
  {
    Array($0.utf8)
  }

  /// Words in names that mark a headline.
  static let titleParts: [[UInt8]] = ["title", "headline", "heading", "hdline", "hed"].map {
    Array($0.utf8)
  }

  /// Every part with what it marks (0 furniture, 1 article, 2 caption, 3 headline), listed by first byte so
  /// that one pass over a name tries only the parts that can start at each byte.
  static let partsByFirstByte: [[(bytes: [UInt8], mark: Int)]] = {
    var table = [[(bytes: [UInt8], mark: Int)]](repeating: [], count: 256)
    for (mark, list) in [negativeParts, positiveParts, captionParts, titleParts].enumerated() {
      for p in list { table[Int(p[0])].append((p, mark)) }
    }
    return table
  }()

  /// The hint of one element's lowercased `class` and `id`: negative for furniture, positive for
  /// article text, 0 when the names say nothing; whether they name a caption, a headline.
  static func hint(_ lowered: [UInt8]) -> (score: Int, caption: Bool, title: Bool) {
    if lowered.isEmpty { return (0, false, false) }
    var marks = [false, false, false, false]
    let n = lowered.count
    for i in 0..<n {
      for (p, mark) in partsByFirstByte[Int(lowered[i])] where !marks[mark] && i + p.count <= n {
        var k = 1
        while k < p.count && lowered[i + k] == p[k] { k += 1 }
        if k == p.count { marks[mark] = true }
      }
    }
    if !marks[0] {
      var start = 0
      for j in 0...n where j == n || !isAlnum(lowered[j]) {
        if j > start, negativeTokens.contains(String(decoding: lowered[start..<j], as: UTF8.self)) {
          marks[0] = true
          break
        }
        start = j + 1
      }
    }
    return ((marks[0] ? -2 : 0) + (marks[1] ? 1 : 0), marks[2], marks[3])
  }

  @inline(__always) static func isAlnum(_ b: UInt8) -> Bool {
    (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
  }

  static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
    hay.withUnsafeBufferPointer { contains($0, needle) }
  }

  static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
    let n = needle.count
    guard hay.count >= n, let first = needle.first else { return false }
    var i = 0
    while i + n <= hay.count {
      if hay[i] == first {
        var j = 1
        while j < n && hay[i + j] == needle[j] { j += 1 }
        if j == n { return true }
      }
      i += 1
    }
    return false
  }
}
