import CorpusKit
import Foundation
import Testing

@testable import Reader

/// `y`: citing the current pair or mention, as text and Markdown, to the state folder.
@Suite struct CiteTests {
  @Test func citingThePairGivesBothSidesWithIdsTitlesAndOffsets() throws {
    var m = Fixture.model()
    m.openCompare000()
    #expect(m.press(.char("y")).isEmpty)
    #expect(m.message == "no current pair to cite: ] picks one")
    m.press(.char("]"))
    let effects = m.press(.char("y"))
    guard case .cite(let c)? = effects.first else {
      Issue.record("no citation")
      return
    }
    let p = Fixture.alignment.passages[m.compare!.current!]
    let a = m.corpus.document(m.compare!.a)
    let b = m.corpus.document(m.compare!.b)
    #expect(c.what == "passage 1/3")
    for s in [a.id, b.id, m.entries[m.compare!.a].title, a.slice(p.a), b.slice(p.b)] {
      #expect(c.text.contains(s))
    }
    #expect(c.text.contains("scalars \(p.a.lowerBound)–\(p.a.upperBound)"))
    #expect(c.markdown.hasPrefix("**passage 1/3"))
    #expect(c.markdown.contains("> Chinese Premier Li Qiang"))
  }

  @Test func markdownCannotBeInjected() {
    #expect(
      Model.markdownEscaped("[x](javascript:y) *b* `c`")
        == "\\[x\\](javascript:y) \\*b\\* \\`c\\`")
  }

  @Test func aMentionFromTheLookupIsCitedWithItsSentence() {
    var m = Fixture.model()
    m.library.cursor = 0
    m.press(.enter, .char("e"), .enter)
    #expect(m.screen == .lookup)
    guard case .cite(let c)? = m.press(.char("y")).first else {
      Issue.record("no citation")
      return
    }
    #expect(c.what.hasPrefix("mention “"))
    #expect(c.text.contains("scalars "))
  }

  @Test func theStoreWritesBothFilesUnderXDGStateHome() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cite-\(UUID().uuidString)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let c = Citation(what: "passage 1/1", text: "plain\n", markdown: "**md**\n")
    let r = CiteStore.save(c, environment: ["XDG_STATE_HOME": dir, "HOME": "/nonexistent"])
    #expect((try? r.get()) == [dir + "/reader/cite.txt", dir + "/reader/cite.md"])
    #expect(try String(contentsOfFile: dir + "/reader/cite.md", encoding: .utf8) == "**md**\n")
    #expect(CiteStore.directory(environment: ["HOME": "/h"]) == "/h/.local/state/reader")
    #expect(
      CiteStore.short("/h/.local/state/reader/cite.txt", ["HOME": "/h"])
        == "~/.local/state/reader/cite.txt")
    var m = Fixture.model()
    m.cited(c, files: r, clipboard: true)
    #expect(
      m.message
        == "copied passage 1/1 to \(dir)/reader/cite.txt and .md + clipboard"
    )
  }
}
