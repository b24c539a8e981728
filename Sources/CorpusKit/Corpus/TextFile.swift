/// One text file read as the loader reads articles: a regular file only, within the size
/// limit, decoded by `TextDecoding` (binary refused). For commands that take a single input
/// file, such as `reader tag`.
public enum TextFile {
  /// The decoded text and a note when a fallback encoding was used. Throws
  /// `CorpusError.unreadable` saying why the file is not text that can be read.
  public static func read(_ path: String, options: LoadOptions = LoadOptions()) throws -> (
    text: String, note: String?
  ) {
    switch CorpusLoader.readBytes(path, limit: options.maxFileSize) {
    case .failure(let why): throw CorpusError.unreadable(path, why.message)
    case .success(let bytes):
      switch TextDecoding.decode(bytes) {
      case .rejected(let why): throw CorpusError.unreadable(path, why)
      case .text(let t, let note): return (t, note)
      }
    }
  }
}
