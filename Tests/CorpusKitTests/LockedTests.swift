import Dispatch
import Foundation
import Testing

@_spi(Bench) @testable import CorpusKit

/// `Locked` is the project's one lock: changes from many threads are never lost, and no other
/// type in the sources claims `@unchecked Sendable`, holds an `NSLock` or opts out of checking
/// with `nonisolated(unsafe)`.
@Suite struct LockedTests {
  @Test func concurrentChangesAreNeverLost() {
    let counter = Locked(0)
    let slots = Locked([Int](repeating: 0, count: 64))
    DispatchQueue.concurrentPerform(iterations: 64) { c in
      for _ in 0..<1000 { counter.withLock { $0 += 1 } }
      slots.withLock { $0[c] = c }
    }
    #expect(counter.value == 64_000)
    #expect(slots.value == Array(0..<64))
  }

  @Test func withLockReturnsAndRethrows() {
    struct Failure: Error {}
    let l = Locked("a")
    #expect(
      l.withLock {
        $0 += "b"
        return $0.count
      } == 2)
    #expect(throws: Failure.self) { try l.withLock { _ in throw Failure() } }
    #expect(l.value == "ab")
  }

  @Test func onlyLockedIsUncheckedSendable() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")
    let files = FileManager.default.enumerator(atPath: root.path)!.compactMap { $0 as? String }
      .filter { $0.hasSuffix(".swift") }
    var found: [String] = []
    for f in files {
      let text = try String(contentsOf: root.appendingPathComponent(f), encoding: .utf8)
      if text.contains("@unchecked Sendable") || text.contains("NSLock()")
        || text.contains("nonisolated(unsafe)")
      {
        found.append(f)
      }
    }
    #expect(found == ["CorpusKit/Support/Locked.swift"])
  }
}
