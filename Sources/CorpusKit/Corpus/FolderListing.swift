import Foundation

/// Lists the article files under a folder with POSIX calls, saying why each one it will not
/// read is left out: a named pipe, socket or device (reading one would block or never end),
/// a name that is not valid UTF-8, a folder that cannot be opened. Hidden files and folders and
/// files with other extensions are left out without a word, as before.
enum FolderListing {
  /// Paths to read, sorted, and a warning (marked `skipsFile`) for each one left out.
  static func list(_ root: String, wanted: (_ lowercasedExtension: String) -> Bool) -> (
    files: [String], warnings: [LoadWarning]
  ) {
    var files: [String] = []
    var warnings: [LoadWarning] = []
    let base = root.hasSuffix("/") ? String(root.dropLast()) : root
    walk(base, wanted: wanted, files: &files, warnings: &warnings)
    return (files.sorted(), warnings.sorted { $0.path < $1.path })
  }

  private static func walk(
    _ dir: String, wanted: (String) -> Bool, files: inout [String], warnings: inout [LoadWarning]
  ) {
    guard let d = opendir(dir) else {
      let why = String(cString: strerror(errno))
      warnings.append(
        LoadWarning(path: dir, message: "folder cannot be read (\(why)); skipped", skipsFile: true))
      return
    }
    defer { closedir(d) }
    while let entry = readdir(d) {
      let bytes = nameBytes(entry)
      if bytes.first == UInt8(ascii: ".") { continue }  // hidden, and . and ..
      var type = entry.pointee.d_type
      guard let name = String(validating: bytes, as: UTF8.self) else {
        // Only names this loader would read, or folders, are worth a warning.
        let ext = extensionOf(String(decoding: bytes, as: UTF8.self))
        if type == UInt8(DT_DIR) || wanted(ext) {
          warnings.append(
            LoadWarning(
              path: dir + "/" + escaped(bytes),
              message: "name is not valid UTF-8; skipped (rename it to read it)", skipsFile: true))
        }
        continue
      }
      let path = dir + "/" + name
      if type == UInt8(DT_UNKNOWN) {
        var st = stat()
        guard lstat(path, &st) == 0 else { continue }
        type = typeOf(st.st_mode)
      }
      if type == UInt8(DT_DIR) {
        walk(path, wanted: wanted, files: &files, warnings: &warnings)
        continue
      }
      guard wanted(extensionOf(name)) else { continue }
      switch type {
      // Links are kept: reading decides (a broken link or a link to a pipe is reported there).
      case UInt8(DT_REG), UInt8(DT_LNK): files.append(path)
      default:
        warnings.append(
          LoadWarning(
            path: path, message: "not a regular file (\(kindName(type))); skipped", skipsFile: true)
        )
      }
    }
  }

  private static func nameBytes(_ entry: UnsafeMutablePointer<dirent>) -> [UInt8] {
    withUnsafeBytes(of: &entry.pointee.d_name) { raw in
      Array(raw.prefix { $0 != 0 })
    }
  }

  /// The lowercased extension; a web archive's double one (`warc.gz`) counts as one.
  static func extensionOf(_ name: String) -> String {
    let lower = name.lowercased()
    if lower.hasSuffix(".warc.gz") { return "warc.gz" }
    return (lower as NSString).pathExtension
  }

  /// The name with every byte outside printable ASCII as \xNN (as `ls -b` shows it).
  static func escaped(_ bytes: [UInt8]) -> String {
    var s = ""
    for b in bytes {
      if b >= 0x20 && b < 0x7F && b != UInt8(ascii: "\\") {
        s.unicodeScalars.append(Unicode.Scalar(b))
      } else {
        s += "\\x" + String(b, radix: 16, uppercase: true).leftPadded(to: 2)
      }
    }
    return s
  }

  static func typeOf(_ mode: mode_t) -> UInt8 {
    switch mode & S_IFMT {
    case S_IFDIR: return UInt8(DT_DIR)
    case S_IFREG: return UInt8(DT_REG)
    case S_IFLNK: return UInt8(DT_LNK)
    case S_IFIFO: return UInt8(DT_FIFO)
    case S_IFSOCK: return UInt8(DT_SOCK)
    case S_IFCHR: return UInt8(DT_CHR)
    case S_IFBLK: return UInt8(DT_BLK)
    default: return UInt8(DT_UNKNOWN)
    }
  }

  /// What a file of this type is called in a warning.
  static func kindName(_ type: UInt8) -> String {
    switch type {
    case UInt8(DT_FIFO): return "a named pipe"
    case UInt8(DT_SOCK): return "a socket"
    case UInt8(DT_CHR): return "a character device"
    case UInt8(DT_BLK): return "a block device"
    case UInt8(DT_DIR): return "a folder"
    default: return "not a file"
    }
  }
}

extension String {
  fileprivate func leftPadded(to n: Int) -> String {
    count >= n ? self : String(repeating: "0", count: n - count) + self
  }
}
