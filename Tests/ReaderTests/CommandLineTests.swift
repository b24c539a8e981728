import CorpusKit
import Testing

@testable import Reader

/// The `:` command line: typed in the status bar, run on Enter, cancelled by Esc.
@Suite struct CommandLineTests {
  static func model() -> Model {
    var m = Model(
      corpus: Fixture.sample, corpusLabel: "sample", width: 80, height: 24,
      themes: ThemeLoader.loadAll(environment: [:]).themes)
    _ = m.update(.duplicatesReady(Fixture.report))
    return m
  }

  static func type(_ text: String, into m: inout Model) {
    m.press(.char(":"))
    for c in text { m.press(.char(c)) }
  }

  @Test func colonOpensAPromptInTheStatusBar() {
    var m = Self.model()
    Self.type("the", into: &m)
    #expect(m.prompt?.kind == .command)
    let bar = Render.frame(m).line(23)
    #expect(bar.hasPrefix(" :the"))
  }

  @Test func themeByName() {
    var m = Self.model()
    Self.type("theme mono", into: &m)
    m.press(.enter)
    #expect(m.prompt == nil && m.theme.name == "mono")
    #expect(Render.frame(m).line(23).contains("theme: mono"))
    Self.type("theme LIGHT", into: &m)
    m.press(.enter)
    #expect(m.theme.name == "light")
  }

  @Test func themeWithoutAName() {
    var m = Self.model()
    Self.type("theme", into: &m)
    m.press(.enter)
    #expect(m.message?.hasPrefix("themes: dark, light") == true)
    Self.type("theme nosuch", into: &m)
    m.press(.enter)
    #expect(m.message?.contains("unknown theme “nosuch”") == true)
    #expect(m.theme.name == "dark")
  }

  @Test func sortTheLibrary() {
    var m = Self.model()
    for key in LibrarySort.allCases {
      Self.type("sort \(key.rawValue)", into: &m)
      m.press(.enter)
      #expect(m.library.sort == key && !m.library.reversed)
      #expect(m.library.rows == m.sortedOrder(key))
      #expect(Render.frame(m).line(23).contains("library sorted by \(key.rawValue)"))
    }
    Self.type("sort title reverse", into: &m)
    m.press(.enter)
    #expect(m.library.sort == .title && m.library.reversed)
    #expect(m.library.rows == m.sortedOrder(.title).reversed())
    Self.type("sort sideways", into: &m)
    m.press(.enter)
    #expect(m.message == "usage: :sort corpus|date|title|similarity [reverse]")
    #expect(m.library.sort == .title)
  }

  @Test func unknownCommandSaysSo() {
    var m = Self.model()
    Self.type("frobnicate now", into: &m)
    m.press(.enter)
    #expect(!m.quit && m.prompt == nil)
    let bar = Render.frame(m).line(23)
    #expect(bar.contains("unknown command: frobnicate"))
  }

  @Test func escCancelsAndNeverQuits() {
    var m = Self.model()
    Self.type("q", into: &m)
    m.press(.escape)
    #expect(m.prompt == nil && !m.quit && m.message == nil)
    // Backspace on an empty line closes it too.
    m.press(.char(":"), .backspace)
    #expect(m.prompt == nil && !m.quit)
    // An empty command does nothing.
    m.press(.char(":"), .enter)
    #expect(m.prompt == nil && !m.quit && m.message == nil)
  }

  @Test func colonQQuitsFromAnyScreen() {
    var m = Self.model()
    m.press(.enter)
    #expect(m.screen == .article)
    Self.type("q", into: &m)
    #expect(!m.quit)
    m.press(.enter)
    #expect(m.quit)
  }

  @Test func commandsAreInTheHelp() {
    var m = Self.model()
    m.height = 200
    m.press(.char("?"))
    let text = Render.frame(m).text
    #expect(text.contains("Commands (:)"))
    for c in Model.commands { #expect(text.contains(c.usage)) }
  }
}
