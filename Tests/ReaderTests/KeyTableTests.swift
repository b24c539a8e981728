import CorpusKit
import Testing

@testable import Reader

/// The help screen's and the prompt's keys come from `KeyMap`, and search folds as CorpusKit.
@Suite struct KeyTableTests {
  static func model(_ text: String) -> Model {
    let corpus = Corpus(raw: [RawDocument(id: "t", path: "t.txt", text: text)])
    return Model(corpus: corpus, corpusLabel: "t", width: 100, height: 30)
  }

  @Test func helpAndPromptTablesHaveNoConflicts() {
    var seen = Set<Key>()
    for b in KeyMap.helpBindings {
      #expect(b.context == .help)
      for k in b.keys { #expect(seen.insert(k).inserted, "\(k.label) bound twice in help") }
    }
    var loading = Set<Key>()
    for b in KeyMap.loadingBindings {
      #expect(b.context == .loading)
      for k in b.keys { #expect(loading.insert(k).inserted, "\(k.label) bound twice in loading") }
    }
    #expect(!loading.contains(.escape), "Esc never quits, not even while loading")
    var typed = Set<Key>()
    for b in KeyMap.promptBindings {
      for k in b.keys {
        #expect(typed.insert(k).inserted, "\(k.label) bound twice in prompts")
        if case .char = k { Issue.record("\(k.label) could never be typed into a prompt") }
      }
    }
  }

  @Test func everyHelpBindingActsOnTheHelpScreen() {
    for b in KeyMap.helpBindings {
      for k in b.keys {
        var m = Fixture.model(width: 100, height: 20)
        m.press(.char("?"))
        m.helpTop = 5
        m.press(k)
        switch b.action {
        case .back: #expect(!m.showHelp && !m.quit, "\(k.label)")
        case .quit: #expect(m.quit, "\(k.label)")
        case .moveDown: #expect(m.showHelp && m.helpTop == 6, "\(k.label)")
        case .moveUp: #expect(m.showHelp && m.helpTop == 4, "\(k.label)")
        case .pageDown: #expect(m.helpTop == 5 + 16, "\(k.label)")
        case .pageUp: #expect(m.helpTop == 0, "\(k.label)")
        case .top: #expect(m.helpTop == 0 && m.showHelp, "\(k.label)")
        case .bottom:
          #expect(m.helpTop == HelpView.lines(theme: m.theme).count - 18, "\(k.label)")
          #expect(Render.frame(m).text.contains(HelpView.lines(theme: m.theme).last!.text))
        default: Issue.record("help binding with an action the help screen ignores: \(k.label)")
        }
      }
    }
    var m = Fixture.model()
    m.press(.char("?"))
    let top = m.helpTop
    m.press(.char("z"))
    #expect(m.showHelp && m.helpTop == top, "keys outside the help table do nothing there")
  }

  @Test func thePromptLineOfTheHelpComesFromTheTable() {
    #expect(
      KeyMap.promptHelp
        == "Prompts (/ and :): type, Enter accepts, Esc cancels, BkSp deletes, ^U clears")
    var m = Fixture.model(width: 100, height: 200)
    m.press(.char("?"))
    #expect(Render.frame(m).text.contains(KeyMap.promptHelp))
  }

  @Test func tooSmallQuitsOnlyByTheQuitKeys() {
    var m = Fixture.model()
    _ = m.update(.resize(width: 30, height: 8))
    m.press(.escape, .char("h"), .char("j"))
    #expect(!m.quit)
    m.press(.char("q"))
    #expect(m.quit, "q on the library quits even when too small")
    var n = Fixture.model()
    _ = n.update(.resize(width: 30, height: 8))
    n.press(.ctrl("c"))
    #expect(n.quit)
  }

  @Test func slashDontFindsTheCurlyApostrophe() {
    var m = Self.model(
      "A title\n\nWe don’t know what happened on the day, the officials said.\n\n"
        + "They said they don't either, and left it at that for the evening.")
    m.press(.enter, .char("/"))
    for c in "DON'T" { m.press(.char(c)) }
    m.press(.enter)
    #expect(m.article?.search?.matches.count == 2)
    #expect(m.message == "2 matches for “DON'T”")
  }

  @Test func theLibraryFilterFoldsTheSameWay() {
    var m = Self.model("Don’t panic\n\nA story about towels and not panicking at all.")
    m.press(.char("/"))
    for c in "don't" { m.press(.char(c)) }
    #expect(m.library.rows.count == 1)
  }
}
