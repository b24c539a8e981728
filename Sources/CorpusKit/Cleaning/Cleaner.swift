/// Gives each paragraph of a document a kind: body, heading, title, dateline, caption or
/// boilerplate (page furniture).
public struct Cleaner: Sendable {
  public var context: CleaningContext

  public init(context: CleaningContext) { self.context = context }

  /// One kind per paragraph of `document`.
  public func classify(_ document: Document) -> [ParagraphKind] {
    document.paragraphs.map { _ in .body }
  }
}
