import Foundation
import Testing

@testable import Reader

@Suite struct InputTests {
  @Test func charactersDecodeToKeys() {
    #expect(Key.fromCharacter(27) == .escape)
    #expect(Key.fromCharacter(9) == .tab)
    #expect(Key.fromCharacter(13) == .enter)
    #expect(Key.fromCharacter(10) == .enter)
    #expect(Key.fromCharacter(127) == .backspace)
    #expect(Key.fromCharacter(4) == .ctrl("d"))
    #expect(Key.fromCharacter(3) == .ctrl("c"))
    #expect(Key.fromCharacter(0x4E2D) == .char("中"))
    #expect(Key.fromCharacter(0x1C) == .unknown)
    #expect(Key.fromCharacter(0xD800) == .unknown)  // a lone surrogate is no scalar
  }

  @Test func theKeyTableHasNoConflictsWithinAContext() {
    var seen: [KeyContext: Set<Key>] = [:]
    for b in KeyMap.bindings {
      for k in b.keys {
        #expect(!(seen[b.context]?.contains(k) ?? false), "\(k.label) bound twice in \(b.context)")
        seen[b.context, default: []].insert(k)
      }
    }
  }

  @Test func escapeNeverQuits() {
    for c in KeyContext.allCases {
      if case .quit? = KeyMap.action(for: .escape, in: [c, .global]) {
        Issue.record("Esc quits in \(c)")
      }
    }
  }

  @Test func onlyTheBackendImportsNcurses() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Sources/Reader")
    let files = FileManager.default.enumerator(atPath: root.path)!.compactMap { $0 as? String }
      .filter { $0.hasSuffix(".swift") }
    var importers: [String] = []
    for f in files {
      let text = try String(contentsOf: root.appendingPathComponent(f), encoding: .utf8)
      if text.contains("import CNcursesw") { importers.append(f) }
    }
    #expect(importers == ["Terminal/NcursesBackend.swift"])
  }
}
