import Foundation

/// Reads a folder (recursively) or single files into a `Corpus`. The only file I/O in
/// CorpusKit; it never writes.
public enum CorpusLoader {
  /// Extensions read as articles.
  public static let textExtensions: Set<String> = ["txt", "text", "md", "markdown"]
  public static let jsonExtensions: Set<String> = ["json"]
  public static let jsonLinesExtensions: Set<String> = ["jsonl", "ndjson"]
  /// Saved web pages, read through the HTML parser.
  public static let htmlExtensions: Set<String> = ["html", "htm", "xhtml"]

  /// Whether a file name is a web archive (`.warc`, `.warc.gz`).
  public static func isWarcName(_ name: String) -> Bool {
    let lower = name.lowercased()
    return lower.hasSuffix(".warc") || lower.hasSuffix(".warc.gz")
  }

  /// Loads every article under `path`. Throws when the path is missing or nothing is readable.
  public static func load(_ path: String) throws -> Corpus {
    let (raw, warnings) = try readRaw(path)
    return Corpus(raw: raw, warnings: warnings)
  }

  /// Decoded articles and warnings, without segmentation. `progress`, when given, is called
  /// with (files read, files in all) once the files are listed and after each file, on the
  /// calling thread (the browser's loading screen counts with it).
  public static func readRaw(
    _ path: String, progress: ((_ read: Int, _ total: Int) -> Void)? = nil
  ) throws -> ([RawDocument], [LoadWarning]) {
    let fm = FileManager.default
    var isDir: ObjCBool = false
    guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw CorpusError.missingPath(path) }
    let files: [String]
    if isDir.boolValue {
      files = listFiles(path)
    } else {
      files = [path]
    }
    var docs: [RawDocument] = []
    var warnings: [LoadWarning] = []
    var seenIDs: [String: Int] = [:]
    var skipped = 0
    progress?(0, files.count)
    for (n, file) in files.enumerated() {
      defer { progress?(n + 1, files.count) }
      let (d, w) = readFile(file, explicit: !isDir.boolValue)
      warnings += w
      if d.isEmpty { skipped += 1 }
      for var doc in d {
        if let n = seenIDs[doc.id] {
          seenIDs[doc.id] = n + 1
          let renamed = "\(doc.id)~\(n + 1)"
          warnings.append(LoadWarning(path: file, message: "duplicate id '\(doc.id)'; renamed '\(renamed)'"))
          doc.id = renamed
        } else {
          seenIDs[doc.id] = 1
        }
        docs.append(doc)
      }
    }
    if docs.isEmpty { throw CorpusError.noReadableArticles(path, skipped: skipped) }
    return (docs, warnings)
  }

  /// Article files under a folder, sorted by path; hidden files and folders are left out.
  static func listFiles(_ root: String) -> [String] {
    let fm = FileManager.default
    guard let e = fm.enumerator(atPath: root) else { return [] }
    let base = root.hasSuffix("/") ? root : root + "/"
    var out: [String] = []
    while let rel = e.nextObject() as? String {
      let name = (rel as NSString).lastPathComponent
      if name.hasPrefix(".") {
        if (e.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { e.skipDescendants() }
        continue
      }
      let ext = (name as NSString).pathExtension.lowercased()
      guard
        textExtensions.contains(ext) || jsonExtensions.contains(ext) || jsonLinesExtensions.contains(ext)
          || htmlExtensions.contains(ext) || isWarcName(name)
      else { continue }
      // Regular files, and links to them (a broken link is kept so that it is reported).
      let type = e.fileAttributes?[.type] as? FileAttributeType
      if type == .typeRegular || type == .typeSymbolicLink { out.append(base + rel) }
    }
    return out.sorted()
  }

  /// Documents of one file, or a warning saying why it was skipped.
  static func readFile(_ path: String, explicit: Bool) -> ([RawDocument], [LoadWarning]) {
    let bytes: [UInt8]
    switch readBytes(path) {
    case .success(let b): bytes = b
    case .failure(let why):
      return ([], [LoadWarning(path: path, message: "cannot be read (\(why.message)); skipped")])
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

  struct ReadError: Error { var message: String }

  /// The whole file, read with POSIX calls (no intermediate `Data`).
  static func readBytes(_ path: String) -> Result<[UInt8], ReadError> {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return .failure(ReadError(message: String(cString: strerror(errno)))) }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { return .failure(ReadError(message: String(cString: strerror(errno)))) }
    if (st.st_mode & S_IFMT) == S_IFDIR { return .failure(ReadError(message: "is a folder")) }
    var bytes = [UInt8](repeating: 0, count: max(0, Int(st.st_size)))
    var filled = 0
    while true {
      if filled == bytes.count { bytes.append(contentsOf: [UInt8](repeating: 0, count: max(4096, bytes.count))) }
      let n = bytes.withUnsafeMutableBytes { buf in
        read(fd, buf.baseAddress! + filled, buf.count - filled)
      }
      if n < 0 {
        if errno == EINTR { continue }
        return .failure(ReadError(message: String(cString: strerror(errno))))
      }
      if n == 0 { break }
      filled += n
    }
    bytes.removeLast(bytes.count - filled)
    return .success(bytes)
  }
}
