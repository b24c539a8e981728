import CorpusKit
import Foundation
import GRDB
import Testing

@testable import CorpusIndex

/// Bad index files and faults (issue 12): each ends in a usable corpus equal to a fresh read
/// and at most a one-line note, never a crash.
@Suite struct IndexFaultTests {
  /// Builds an index of the fixture's corpus, then hands its path to `damage`.
  func reopenAfter(_ damage: (IndexFixture) throws -> Void) throws -> (notes: [String], ok: Bool) {
    let f = try IndexFixture()
    defer { f.remove() }
    try f.writeArticles()
    _ = try CorpusIndex.open(at: f.index).load(f.corpus)
    try damage(f)
    var notes: [String] = []
    let index = try CorpusIndex.open(at: f.index) { notes.append($0) }
    let loaded = try index.load(f.corpus)
    let fresh = try CorpusLoader.load(f.corpus)
    let found = Set(try index.search("terraces").map(\.id))
    let ok = fingerprint(loaded.corpus) == fingerprint(fresh) && found == ["a", "c"]
    return (notes, ok)
  }

  @Test func anOlderSchemaIsRebuilt() throws {
    let (notes, ok) = try reopenAfter { f in
      try DatabaseQueue(path: f.index).write { db in
        try db.execute(sql: "UPDATE meta SET value = '0' WHERE key = 'schema'")
      }
    }
    #expect(ok)
    #expect(notes.count == 1)
    #expect(notes.first?.contains("schema 0") == true)
  }

  @Test func aChangedEngineVersionIsRebuilt() throws {
    let (notes, ok) = try reopenAfter { f in
      try DatabaseQueue(path: f.index).write { db in
        try db.execute(sql: "UPDATE meta SET value = 'corpuskit-0' WHERE key = 'engine'")
      }
    }
    #expect(ok)
    #expect(notes.count == 1 && notes[0].contains("corpuskit-0"))
  }

  @Test func aTruncatedFileIsRebuilt() throws {
    let (notes, ok) = try reopenAfter { f in
      // Fold the WAL in, then cut the file in half.
      try DatabaseQueue(path: f.index).writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
      }
      let size = try FileManager.default.attributesOfItem(atPath: f.index)[.size] as! Int
      #expect(truncate(f.index, off_t(size / 2)) == 0)
    }
    #expect(ok)
    #expect(notes.count == 1 && notes[0].contains("rebuilding it"))
  }

  @Test func garbageIsRebuilt() throws {
    let (notes, ok) = try reopenAfter { f in
      for s in ["-wal", "-shm"] { unlink(f.index + s) }
      try Data((0..<20_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }).write(
        to: URL(fileURLWithPath: f.index))
    }
    #expect(ok)
    #expect(notes.count == 1)
  }

  @Test func aLockedIndexIsLeftAloneAndSaysSo() throws {
    let f = try IndexFixture()
    defer { f.remove() }
    try f.writeArticles()
    _ = try CorpusIndex.open(at: f.index).load(f.corpus)
    // Another connection holds the write lock for longer than the reader waits.
    let holder = try DatabaseQueue(path: f.index)
    try holder.writeWithoutTransaction { db in
      try db.inTransaction(.exclusive) {
        #expect(throws: IndexError.self) {
          _ = try CorpusIndex.open(
            at: f.index, limits: CorpusIndex.Limits(busySeconds: 0.2), note: { _ in })
        }
        return .rollback
      }
    }
    // The file is still there, untouched.
    #expect(FileManager.default.fileExists(atPath: f.index))
  }

  @Test func aFullDiskLeavesTheCorpusRightAndTheIndexUsable() throws {
    let f = try IndexFixture()
    defer { f.remove() }
    try f.writeArticles()
    // A long article that does not fit in the 40 pages (160 KB) the database may have.
    try f.write("big.txt", String(repeating: "Floods closed the valley road again. ", count: 8000))
    let small = try CorpusIndex.open(
      at: f.index, limits: CorpusIndex.Limits(maxPages: 40), note: { _ in })
    let loaded = try small.load(f.corpus)
    #expect(loaded.saveProblem?.contains("not updated") == true)
    #expect(fingerprint(loaded.corpus) == fingerprint(try CorpusLoader.load(f.corpus)))
    // Nothing half-written: the next open (with room) builds it whole.
    let next = try CorpusIndex.open(at: f.index).load(f.corpus)
    #expect(next.saveProblem == nil)
    #expect(!next.restored)
    #expect(fingerprint(next.corpus) == fingerprint(try CorpusLoader.load(f.corpus)))
  }

  @Test func theFileDeletedWhileOpenDoesNotBreakTheRun() throws {
    let f = try IndexFixture()
    defer { f.remove() }
    try f.writeArticles()
    let index = try CorpusIndex.open(at: f.index)
    _ = try index.load(f.corpus)
    for s in ["", "-wal", "-shm"] { unlink(f.index + s) }
    try f.write("e.txt", "Rivers rise in the north after a week of rain.\n")
    let loaded = try index.load(f.corpus)
    #expect(fingerprint(loaded.corpus) == fingerprint(try CorpusLoader.load(f.corpus)))
    #expect(try index.search("rivers").map(\.id) == ["e"])
    // The next start makes a new one.
    let fresh = try CorpusIndex.open(at: f.index).load(f.corpus)
    #expect(!fresh.restored)
  }

  @Test func twoIndexersOfOneCorpusAtOnce() throws {
    let f = try IndexFixture()
    defer { f.remove() }
    try f.writeArticles()
    let expected = fingerprint(try CorpusLoader.load(f.corpus))
    let results = Locked([[String]]())
    DispatchQueue.concurrentPerform(iterations: 2) { _ in
      let r = try? CorpusIndex.open(at: f.index).load(f.corpus)
      results.withLock { $0.append(r.map { fingerprint($0.corpus) } ?? ["failed"]) }
    }
    #expect(results.value == [expected, expected])
    let after = try CorpusIndex.open(at: f.index).load(f.corpus)
    #expect(after.restored)
    #expect(fingerprint(after.corpus) == expected)
    #expect(try CorpusIndex.open(at: f.index).stats().articles == 5)
  }

  @Test func aChangedFileOfTheSameSizeIsReadAgain() throws {
    let f = try IndexFixture()
    defer { f.remove() }
    try f.writeArticles()
    let index = try CorpusIndex.open(at: f.index)
    _ = try index.load(f.corpus)
    // Same size, new bytes, a new modification time: the hash tells it changed.
    let path = f.corpus + "/b.txt"
    let old = try String(contentsOfFile: path, encoding: .utf8)
    let mtime = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as! Date
    try f.write("b.txt", old.replacingOccurrences(of: "Tuesday", with: "Friday!"))
    try FileManager.default.setAttributes(
      [.modificationDate: mtime.addingTimeInterval(5)], ofItemAtPath: path)
    let loaded = try index.load(f.corpus)
    #expect(loaded.readFiles == 1)
    #expect(fingerprint(loaded.corpus) == fingerprint(try CorpusLoader.load(f.corpus)))
  }
}
