/// The kind of file an article came from; `reader list` shows it.
public enum DocumentFormat: String, Sendable, Hashable, Codable, CaseIterable {
  /// Plain text (`.txt`, `.md`): cleaned by the text cleaner.
  case text
  /// A record of a `.json` or `.jsonl` file.
  case json
  /// A saved HTML page (`.html`, `.htm`): extracted from the parsed DOM.
  case html
  /// An HTML response of a web archive (`.warc`, `.warc.gz`).
  case warc
}

extension DocumentFormat {
  /// Whether page furniture is told by the page's structure (menus, link lists, footers in
  /// the DOM), not guessed from the text's shape and repetition as in plain text: such
  /// furniture is furniture even where only two pages of one site share it.
  public var hasStructuralFurniture: Bool { self == .html || self == .warc }
}
