/// Word lists the cleaner and metadata reader use. They describe page furniture and news pages
/// in general (calls to action, photo credits, month names), not any one site.
enum Vocabulary {
  /// Frequent English function words: running prose is dense in them, furniture is not.
  static let stopWords: Set<String> = [
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
    "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
    "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few",
    "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
    "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me",
    "more", "most", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or",
    "other", "our", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than",
    "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through",
    "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
    "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "said",
    "says", "amid", "since", "who", "its", "were", "has", "been", "would", "will", "may",
  ]

  /// Words of calls to action and site navigation.
  static let callToAction: Set<String> = [
    "subscribe", "subscribed", "subscribing", "subscription", "newsletter", "newsletters",
    "sign", "signup", "login", "log", "register", "donate", "donation", "donations", "support",
    "email", "e-mail", "click", "share", "follow", "advertisement", "advertising", "ads",
    "ad-free", "cookie", "cookies", "privacy", "terms", "copyright", "rights", "reserved",
    "skip", "menu", "navigation", "download", "app", "podcast", "comments", "comment",
    "remind", "payment", "paiment", "monthly", "required", "unsubscribe", "premium", "membership",
    "member", "account", "password", "search", "contact", "feed", "picks", "trending", "related",
    "recommended", "sponsored", "promoted", "whatsapp", "telegram", "facebook", "twitter",
    "instagram", "youtube", "tiktok", "linkedin", "rss",
  ]

  /// Phrases that open site navigation and teaser lists.
  static let navigationPhrases: [String] = [
    "read more", "see also", "more news", "more stories", "most read", "most popular",
    "editors' picks", "editor's picks", "news feed", "related articles", "related stories",
    "you may also like", "recommended for you", "skip to content", "skip to main",
    "all rights reserved", "sign up", "log in", "back to top", "share this", "listen to this",
    "this audio is", "audio is created", "enter your email", "thank you for signing",
    "not ready to", "remind me later", "support us", "become a member", "follow us",
    "don't miss", "in your email", "in your inbox", "indicates required", "successfully subscribed",
    "successfuly subscribed",
  ]

  /// Cues of a photo caption or credit.
  static let captionCues: [String] = [
    "getty images", "photo:", "photo by", "photo for", "file photo", "(photo", "photograph:",
    "image:", "image credit", "credit:", "ap photo", "/ap)", "reuters/", "/reuters", "afp via",
    "/afp", "via afp", "shutterstock", "epa-efe", "illustration:", "illustrative purposes",
    "pictured:", "(pictured", "caption:",
  ]

  /// Month names and their abbreviations, to their number.
  static let months: [String: Int] = [
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
  ]

  /// Words that name news outlets ("The Moscow Times", "Kyiv Independent").
  static let outletWords: Set<String> = [
    "times", "independent", "post", "news", "journal", "herald", "guardian", "tribune",
    "telegraph", "gazette", "daily", "press", "observer", "monitor", "express", "standard",
    "chronicle", "mail", "wire", "review", "reporter", "today", "insider", "inquirer", "globe",
    "sun", "star", "mirror", "bulletin", "dispatch", "courier", "examiner", "economist",
    "magazine", "media", "radio", "tv", "broadcasting", "agency",
  ]

  /// Membership bits of a folded word, looked up once per token.
  struct Flags: OptionSet, Sendable {
    let rawValue: UInt8
    static let stop = Flags(rawValue: 1)
    static let callToAction = Flags(rawValue: 2)
    static let outlet = Flags(rawValue: 4)
    static let firstPerson = Flags(rawValue: 8)
    static let secondPerson = Flags(rawValue: 16)
  }

  static let flagTable: [String: Flags] = {
    var t: [String: Flags] = [:]
    for w in stopWords { t[w, default: []].insert(.stop) }
    for w in callToAction { t[w, default: []].insert(.callToAction) }
    for w in outletWords { t[w, default: []].insert(.outlet) }
    for w in ["we", "us", "our"] { t[w, default: []].insert(.firstPerson) }
    for w in ["you", "your"] { t[w, default: []].insert(.secondPerson) }
    return t
  }()

  /// `flagTable` as a packed table: no `String` hashing per token.
  static let packedFlags = PackedWordTable(flagTable.map { ($0.key, $0.value) })

  @inline(__always)
  static func flags(_ norm: String) -> Flags { packedFlags.value(norm) ?? [] }
}
