import Foundation
import Testing

@testable import Reader

/// A copy of the sample corpus in a fresh temporary folder (`dir/corpus`), for tests that
/// index, reopen or change it; `names` are its files, sorted. `remove()` deletes the folder.
struct SampleCopy {
  let dir: String
  let corpus: String
  let names: [String]

  init(_ label: String) throws {
    dir =
      FileManager.default.temporaryDirectory.appendingPathComponent(
        "reader-\(label)-\(UUID().uuidString)"
      ).path
    corpus = dir + "/corpus"
    try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
    let sample = try #require(SampleCorpus.locate())
    names = try FileManager.default.contentsOfDirectory(atPath: sample).sorted()
    for name in names {
      try FileManager.default.copyItem(atPath: sample + "/" + name, toPath: corpus + "/" + name)
    }
  }

  func remove() { try? FileManager.default.removeItem(atPath: dir) }
}

/// Applies background work's actions to `m` (each also kept in `seen`) until `done` says so,
/// or a minute passes.
func drain(
  _ work: some BackgroundWork, into m: inout Model, seen: inout [Action],
  until done: (Model) -> Bool
) {
  let end = Date().addingTimeInterval(60)
  while !done(m), Date() < end {
    for a in work.take() {
      seen.append(a)
      _ = m.update(a)
    }
    if !done(m) { usleep(5000) }
  }
}

/// `drain` without keeping the actions.
func drain(_ work: some BackgroundWork, into m: inout Model, until done: (Model) -> Bool) {
  var seen: [Action] = []
  drain(work, into: &m, seen: &seen, until: done)
}

/// Whether both start-up analyses (duplicate report, entity index) have landed.
func analysesLanded(_ m: Model) -> Bool {
  if case .pending = m.duplicates { return false }
  if case .pending = m.entities { return false }
  return true
}
