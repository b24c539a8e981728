import Foundation

/// The first 100 bytes of an SQLite file, read to find a truncated database without reading
/// its pages.
enum SQLiteHeader {
  /// The file's size in bytes (0 when it cannot be stat'ed).
  static func fileSize(_ path: String) -> Int64 {
    var st = stat()
    return stat(path, &st) == 0 ? Int64(st.st_size) : 0
  }

  /// Why the file is shorter than its header says it is, or nil (also when the header does
  /// not say: an empty or new file, or a size the header does not vouch for).
  static func truncation(_ path: String) -> String? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    guard let data = try? handle.read(upToCount: 100), data.count == 100 else { return nil }
    let b = [UInt8](data)
    guard b.starts(with: Array("SQLite format 3".utf8)) else { return nil }
    func u32(_ o: Int) -> Int64 {
      Int64(b[o]) << 24 | Int64(b[o + 1]) << 16 | Int64(b[o + 2]) << 8 | Int64(b[o + 3])
    }
    let rawPage = Int64(b[16]) << 8 | Int64(b[17])
    let pageSize: Int64 = rawPage == 1 ? 65536 : rawPage
    let pages = u32(28)
    // The page count is valid only when the change counter matches "version valid for".
    guard pageSize >= 512, pages > 0, u32(24) == u32(92) else { return nil }
    let size = fileSize(path)
    return size < pages * pageSize
      ? "truncated (\(size) of \(pages * pageSize) bytes)" : nil
  }
}
