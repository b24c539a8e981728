import CorpusKit

/// The files and library rows an index holds, as flat arrays in path order (a reopen reads
/// 100k of them before the first frame): file `f`'s articles are `articles(f)` of the row
/// arrays, in their order inside the file.
struct StoredListing {
  /// The files the index last listed, in path order (Swift's `<`, as the loader sorts).
  var files: [String] = []
  var signatures: [FileSignature] = []
  /// Each file's load warnings.
  var warnings: [[LoadWarning]] = []
  /// Where each file's articles end in the row arrays (they start where the previous end).
  var ends: [Int] = []
  var rows: [LibraryRow] = []
  var rowids: [Int64] = []
  /// The ids as the file gave them (before renaming clashes across files).
  var rawIDs: [String] = []
  var keys: [Int64] = []

  /// The positions of file `f`'s articles in the row arrays.
  func articles(_ f: Int) -> Range<Int> { (f == 0 ? 0 : ends[f - 1])..<ends[f] }

  /// Puts the files in Swift's order when SQLite's byte order differs from it (paths that are
  /// not in normal form); for the usual paths a check of each neighbour only.
  mutating func sortFiles() {
    guard files.indices.dropFirst().contains(where: { !(files[$0 - 1] < files[$0]) }) else {
      return
    }
    let order = files.indices.sorted { (files[$0], $0) < (files[$1], $1) }
    var out = StoredListing()
    for f in order {
      out.files.append(files[f])
      out.signatures.append(signatures[f])
      out.warnings.append(warnings[f])
      let arts = articles(f)
      out.rows += rows[arts]
      out.rowids += rowids[arts]
      out.rawIDs += rawIDs[arts]
      out.keys += keys[arts]
      out.ends.append(out.rows.count)
    }
    self = out
  }
}
