import Foundation

/// Reads a folder (recursively) or single files into a `Corpus`. The only file I/O in
/// CorpusKit; it never writes.
public enum CorpusLoader {
  /// Extensions read as articles.
  public static let textExtensions: Set<String> = ["txt", "text", "md", "markdown"]
  /// Extensions read as one JSON record or an array of records (`title`, `text`, `date`, …).
  public static let jsonExtensions: Set<String> = ["json"]
  /// Extensions read as one JSON record per line (a bad line is a warning, not a lost file).
  public static let jsonLinesExtensions: Set<String> = ["jsonl", "ndjson"]
  /// Saved web pages, read through the HTML parser.
  public static let htmlExtensions: Set<String> = ["html", "htm", "xhtml"]

  /// Whether a file name is a web archive (`.warc`, `.warc.gz`).
  public static func isWarcName(_ name: String) -> Bool {
    let lower = name.lowercased()
    return lower.hasSuffix(".warc") || lower.hasSuffix(".warc.gz")
  }

  /// Loads every article under `path`. Throws when the path is missing or nothing is readable.
  public static func load(_ path: String, options: LoadOptions = LoadOptions()) throws -> Corpus {
    let (raw, warnings) = try readRaw(path, options: options)
    return Corpus(raw: raw, warnings: warnings)
  }

  /// Decoded articles and warnings, without segmentation. `progress`, when given, is called
  /// with (files read, files in all) once the files are listed and after each file, on the
  /// calling thread (the browser's loading screen counts with it). Throws when nothing is
  /// readable; `scan` returns the warnings that say why instead.
  public static func readRaw(
    _ path: String, options: LoadOptions = LoadOptions(),
    progress: ((_ read: Int, _ total: Int) -> Void)? = nil
  ) throws -> ([RawDocument], [LoadWarning]) {
    let (docs, warnings) = try scan(path, options: options, progress: progress)
    if docs.isEmpty { throw noArticles(path, warnings) }
    return (docs, warnings)
  }

  /// The error for a corpus that gave no article, counting the files the warnings skipped.
  public static func noArticles(_ path: String, _ warnings: [LoadWarning]) -> CorpusError {
    .noReadableArticles(path, skipped: LoadWarning.skippedFiles(warnings))
  }

  /// As `readRaw`, but a corpus without articles is returned with its warnings rather than
  /// thrown. Throws when `path` is missing or is neither a folder nor a regular file (a named
  /// pipe would block, a device never end). Every file left out gets a warning marked
  /// `skipsFile`.
  public static func scan(
    _ path: String, options: LoadOptions = LoadOptions(),
    progress: ((_ read: Int, _ total: Int) -> Void)? = nil
  ) throws -> ([RawDocument], [LoadWarning]) {
    try scan(path, options: options, progress: progress) { file, explicit in
      readFile(file, explicit: explicit, maxFileSize: options.maxFileSize)
    }
  }

  /// As `scan`, with each file's articles and warnings given by `read` (called with the file's
  /// path and whether it was named on its own rather than found in a folder), in path order:
  /// an index answers for the files it already holds and calls `readFile` for the others.
  /// Duplicate ids are renamed across files here, the same way whoever read them.
  public static func scan(
    _ path: String, options: LoadOptions = LoadOptions(),
    progress: ((_ read: Int, _ total: Int) -> Void)? = nil,
    read: (_ file: String, _ explicit: Bool) -> ([RawDocument], [LoadWarning])
  ) throws -> ([RawDocument], [LoadWarning]) {
    var st = stat()
    guard stat(path, &st) == 0 else {
      if errno == ENOENT || errno == ENOTDIR { throw CorpusError.missingPath(path) }
      throw CorpusError.unreadable(path, String(cString: strerror(errno)))
    }
    let isDir = (st.st_mode & S_IFMT) == S_IFDIR
    let files: [String]
    var warnings: [LoadWarning] = []
    if isDir {
      (files, warnings) = FolderListing.list(path) { isArticleExtension($0) }
    } else if (st.st_mode & S_IFMT) == S_IFREG {
      files = [path]
    } else {
      let kind = FolderListing.kindName(FolderListing.typeOf(st.st_mode))
      throw CorpusError.unreadable(path, "not a regular file (\(kind))")
    }
    var docs: [RawDocument] = []
    var seenIDs: [String: Int] = [:]
    progress?(0, files.count)
    for (n, file) in files.enumerated() {
      defer { progress?(n + 1, files.count) }
      var (d, w) = read(file, !isDir)
      if d.isEmpty {
        // A file that gave nothing is a skipped file, and says so at least once.
        if w.isEmpty { w = [LoadWarning(path: file, message: "no articles in it; skipped")] }
        for i in w.indices { w[i].skipsFile = true }
      }
      warnings += w
      for var doc in d {
        if let n = seenIDs[doc.id] {
          seenIDs[doc.id] = n + 1
          let renamed = "\(doc.id)~\(n + 1)"
          warnings.append(
            LoadWarning(path: file, message: "duplicate id '\(doc.id)'; renamed '\(renamed)'"))
          doc.id = renamed
        } else {
          seenIDs[doc.id] = 1
        }
        docs.append(doc)
      }
    }
    return (docs, warnings)
  }

  /// Whether files with this (lowercased) extension are read as articles.
  static func isArticleExtension(_ ext: String) -> Bool {
    textExtensions.contains(ext) || jsonExtensions.contains(ext)
      || jsonLinesExtensions.contains(ext)
      || htmlExtensions.contains(ext) || ext == "warc" || ext == "warc.gz"
  }

  /// Article files under a folder, sorted by path; hidden files and folders are left out.
  static func listFiles(_ root: String) -> [String] {
    FolderListing.list(root) { isArticleExtension($0) }.files
  }

  /// Documents of one file (ids before any renaming across files), or a warning saying why it
  /// was skipped. `explicit`: the file was named on its own, not found in a folder.
  public static func readFile(
    _ path: String, explicit: Bool, maxFileSize: Int = LoadOptions.defaultMaxFileSize
  ) -> ([RawDocument], [LoadWarning]) {
    let bytes: [UInt8]
    switch readBytes(path, limit: maxFileSize) {
    case .success(let b): bytes = b
    case .failure(let why):
      return ([], [LoadWarning(path: path, message: "\(why.message); skipped", skipsFile: true)])
    }
    let name = (path as NSString).lastPathComponent
    let ext = (name as NSString).pathExtension.lowercased()
    switch SourceSniffer.format(name: name, bytes: bytes) {
    case .warc: return WarcReader.read(bytes, path: path)
    case .html:
      let (d, w) = HtmlArticleReader.read(bytes, path: path, id: stem(name))
      return (d.map { [$0] } ?? [], w)
    case .text, .json: break
    }
    var warnings: [LoadWarning] = []
    let text: String
    switch TextDecoding.decode(bytes) {
    case .rejected(let why):
      return ([], [LoadWarning(path: path, message: "\(why); skipped")])
    case .text(let t, let note):
      text = t
      if let note { warnings.append(LoadWarning(path: path, message: note)) }
    }
    let stem = stem(name)
    if jsonExtensions.contains(ext) {
      let (d, w) = RecordReader.readJSON(text, path: path, stem: stem)
      return (d, warnings + w)
    }
    if jsonLinesExtensions.contains(ext) {
      let (d, w) = RecordReader.readJSONLines(text, path: path, stem: stem)
      return (d, warnings + w)
    }
    return ([RawDocument(id: stem, path: path, text: text)], warnings)
  }

  /// A file's id: its name without the extension.
  static func stem(_ name: String) -> String {
    let ext = (name as NSString).pathExtension
    return ext.isEmpty ? name : (name as NSString).deletingPathExtension
  }

  /// Why a file was not read, as the warning says it.
  struct ReadError: Error { var message: String }

  /// The whole file, read with POSIX calls (no intermediate `Data`). Only a regular file is
  /// read (opened without blocking, so a named pipe is refused, not waited on), and only up to
  /// `limit` bytes: a larger file is refused whole.
  static func readBytes(_ path: String, limit: Int = LoadOptions.defaultMaxFileSize) -> Result<
    [UInt8], ReadError
  > {
    func failed() -> Result<[UInt8], ReadError> {
      .failure(ReadError(message: "cannot be read (\(String(cString: strerror(errno))))"))
    }
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { return failed() }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { return failed() }
    guard (st.st_mode & S_IFMT) == S_IFREG else {
      let kind = FolderListing.kindName(FolderListing.typeOf(st.st_mode))
      return .failure(
        ReadError(
          message: (st.st_mode & S_IFMT) == S_IFDIR ? "is a folder" : "not a regular file (\(kind))"
        ))
    }
    func tooLarge(_ size: Int) -> Result<[UInt8], ReadError> {
      .failure(
        ReadError(
          message:
            "\(size > limit ? "is \(LoadOptions.describe(bytes: size)), " : "")larger than the \(LoadOptions.describe(bytes: limit)) limit (--max-file-size)"
        ))
    }
    if Int(st.st_size) > limit { return tooLarge(Int(st.st_size)) }
    var bytes = [UInt8](repeating: 0, count: max(0, Int(st.st_size)))
    var filled = 0
    while true {
      // A file that grows while it is read stops at the limit too.
      if filled > limit { return tooLarge(0) }
      if filled == bytes.count {
        bytes.append(
          contentsOf: [UInt8](repeating: 0, count: min(max(4096, bytes.count), limit + 1 - filled)))
      }
      let n = bytes.withUnsafeMutableBytes { buf in
        read(fd, buf.baseAddress! + filled, buf.count - filled)
      }
      if n < 0 {
        if errno == EINTR { continue }
        return failed()
      }
      if n == 0 { break }
      filled += n
    }
    bytes.removeLast(bytes.count - filled)
    return .success(bytes)
  }
}
