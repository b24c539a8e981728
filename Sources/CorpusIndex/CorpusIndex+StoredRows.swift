import CorpusKit

extension IndexedRows {
  /// Whether `other` lists the same articles from the same stored rows with the same warnings
  /// (a check of the files found nothing changed).
  public func isSame(as other: IndexedRows) -> Bool {
    rows == other.rows && rowids == other.rowids && warnings == other.warnings
      && keys == other.keys
  }
}

extension CorpusIndex {
  /// The library rows of the corpus at `root` as the index last listed it, without listing the
  /// folder or checking any file (so they may be out of date: `rows` checks them). The order,
  /// the renamed ids and the files' warnings are a fresh read's; the folder listing's own
  /// warnings are not stored, so they appear after the check. Nil when the index holds no
  /// article for `root` with these options.
  public func storedRows(_ root: String, options: LoadOptions = LoadOptions()) -> IndexedRows? {
    guard let stored = try? readRows(options: options), !stored.files.isEmpty else { return nil }
    let base = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
    // An index written for another spelling of the path (or another corpus) is not used.
    let prefix = base + "/"
    guard
      stored.files.allSatisfy({
        Self.bytes(of: $0, startWith: prefix) || $0 == base || $0.hasPrefix(prefix)
      })
    else { return nil }
    var warnings: [LoadWarning] = []
    for f in stored.files.indices {
      let arts = stored.articles(f)
      var w = stored.warnings[f]
      if arts.isEmpty {
        // As the loader says of a file that gave nothing.
        if w.isEmpty {
          w = [LoadWarning(path: stored.files[f], message: "no articles in it; skipped")]
        }
        for i in w.indices { w[i].skipsFile = true }
      }
      warnings += w
      for a in arts where stored.rawIDs[a] != stored.rows[a].id {
        warnings.append(
          LoadWarning(
            path: stored.files[f],
            message: "duplicate id '\(stored.rawIDs[a])'; renamed '\(stored.rows[a].id)'"))
      }
    }
    let rows = stored.rows
    guard !rows.isEmpty else { return nil }
    return IndexedRows(
      rows: rows, warnings: warnings, keys: AnalysisKeys(documents: stored.keys),
      rowids: stored.rowids)
  }

  /// Whether the UTF-8 bytes of `s` begin with those of `prefix`: compared in their buffers
  /// when the strings have them (100k paths on reopen), else byte by byte.
  static func bytes(of s: String, startWith prefix: String) -> Bool {
    let fast = s.utf8.withContiguousStorageIfAvailable { a in
      prefix.utf8.withContiguousStorageIfAvailable { b in
        a.count >= b.count && UnsafeBufferPointer(rebasing: a.prefix(b.count)).elementsEqual(b)
      }
    }
    return (fast ?? nil) ?? s.utf8.starts(with: prefix.utf8)
  }
}
