import Foundation

/// A file's size, modification time and (when in doubt) a hash of its bytes: how the index
/// tells an unchanged file from a changed one.
struct FileSignature: Equatable {
  var size: Int64
  /// Nanoseconds since 1970.
  var mtime: Int64

  /// The signature of the file at `path`, or nil when it cannot be stat'ed.
  static func of(_ path: String) -> FileSignature? {
    var st = stat()
    guard stat(path, &st) == 0 else { return nil }
    return FileSignature(
      size: Int64(st.st_size),
      mtime: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec))
  }
}

/// FNV-1a (64-bit) over a file's bytes, stored as a signed integer (SQLite's).
enum ContentHash {
  static func of(_ bytes: some Sequence<UInt8>) -> Int64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
      h ^= UInt64(b)
      h = h &* 0x100_0000_01b3
    }
    return Int64(bitPattern: h)
  }

  /// The hash of the file at `path`, or nil when it cannot be read.
  static func ofFile(_ path: String) -> Int64? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return of(data)
  }
}
