import Foundation
import Testing

@_spi(Bench) @testable import CorpusKit
@testable import Reader

/// Errors are data (`ReaderError`), worded in one place for stderr, the exit status and the
/// status bar.
@Suite struct ReaderErrorTests {
  struct Other: Error {}

  @Test func knownErrorsKeepTheirDataAndTheRestAreInternal() {
    if case .corpus(let e) = ReaderError(CorpusError.missingPath("x")) {
      #expect(e == .missingPath("x"))
    } else {
      Issue.record("a corpus error")
    }
    if case .entityData(let e) = ReaderError(EntityModelError(path: "m", problem: "bad")) {
      #expect(e.path == "m")
    } else {
      Issue.record("an entity model error")
    }
    if case .theme(let e) = ReaderError(ThemeError(file: "t.toml", line: 3, problem: "p")) {
      #expect(e.line == 3)
    } else {
      Issue.record("a theme error")
    }
    if case .terminal = ReaderError(TerminalError(description: "no")) {
    } else {
      Issue.record("a terminal error")
    }
    if case .notATerminal = ReaderError(ReaderError.notATerminal) {
    } else {
      Issue.record("a reader error stays itself")
    }
    if case .internal(let why) = ReaderError(Other()) {
      #expect(why.contains("Other"))
    } else {
      Issue.record("anything else is internal")
    }
  }

  @Test func messagesSayWhereAndWhat() {
    #expect(
      ReaderError.theme(ThemeError(file: "themes/dusk.toml", line: 7, problem: "unknown colour"))
        .message == "themes/dusk.toml:7: unknown colour")
    #expect(
      ReaderError.theme(ThemeError(file: "themes/dusk.toml", problem: "roles: expected a table"))
        .message == "themes/dusk.toml: roles: expected a table")
    #expect(ReaderError.corpus(.missingPath("/no")).message == "/no: no such file or folder")
    #expect(ReaderError.unreadable(file: "a.conll").message == "a.conll: cannot read the file")
    #expect(
      ReaderError.unknownDocument("00", ambiguous: true).message.hasPrefix(
        "no document with id '00' (ambiguous prefix)"))
    #expect(
      ReaderError.unknownTheme("dusk", have: ["dark", "light"]).message
        == "unknown theme 'dusk' (have: dark, light)")
    #expect(ReaderError.internal("boom").message.contains("the terminal was restored"))
  }

  @Test func exitStatusesFollowTheContract() {
    let usage: [ReaderError] = [
      .unknownTheme("x", have: []), .notATerminal, .terminal(TerminalError(description: "t")),
    ]
    let input: [ReaderError] = [
      .corpus(.missingPath("x")), .unknownDocument("x", ambiguous: false), .sampleNotFound,
      .unreadable(file: "f"), .theme(ThemeError(file: "f", problem: "p")),
      .entityData(EntityModelError(path: "m", problem: "p")), .internal("i"),
    ]
    for e in usage { #expect(e.exitStatus == 2, "\(e)") }
    for e in input { #expect(e.exitStatus == 1, "\(e)") }
  }

  @Test func theStatusBarSaysWhatStderrSays() {
    var m = Fixture.model(analyses: false)
    _ = m.update(.entitiesFailed(Fixture.noModel))
    #expect(m.entityStatus == "entities: unavailable — " + Fixture.noModel.message)
    m.press(.char("f"))
    #expect(Render.frame(m).text.contains("Entities/Model: no trained model yet"))
  }

  @Test func aTOMLSyntaxErrorCarriesItsLine() {
    do {
      _ = try ThemeLoader.parse("name = \"x\"\n[roles\n", file: "themes/bad.toml")
      Issue.record("no error")
    } catch let e as ThemeError {
      #expect(e.file == "themes/bad.toml" && e.line != nil)
      #expect(ReaderError.theme(e).message.hasPrefix("themes/bad.toml:\(e.line!): "))
    } catch {
      Issue.record("\(error)")
    }
  }
}
