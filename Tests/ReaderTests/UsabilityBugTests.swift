import CorpusKit
import Testing

@testable import Reader

/// The four bugs of issue 15, each reproduced from the keys a user pressed.
@Suite struct UsabilityBugTests {
  func openArticle(_ prefix: String, _ m: inout Model) {
    m.library.cursor = m.library.rows.firstIndex { m.entries[$0].shortID == prefix }!
    m.press(.enter)
  }

  func sidebarIDs(_ m: Model) -> Set<String> {
    Set(
      m.sidebar.items.compactMap { item -> String? in
        if case .entity(let id, _, _) = item { return id }
        return nil
      })
  }

  /// lookup → jump → Tab → `f`: the library's sidebar lists the corpus, as its title says.
  @Test func filterFromAnArticleSidebarShowsTheCorpusEntities() {
    var m = Fixture.model()
    openArticle("000", &m)
    m.press(.char("e"), .enter)  // lookup of the entity under the cursor
    #expect(m.screen == .lookup)
    m.press(.enter)  // jump to the mention in its article
    #expect(m.screen == .article)
    let articleItems = m.sidebar.items
    m.press(.tab)
    #expect(m.focus == .sidebar)
    m.press(.char("f"))
    #expect(m.screen == .library)
    #expect(Render.frame(m).text.contains("Entities · corpus"))
    // What the library's sidebar lists when opened afresh: every entity, corpus-wide counts.
    var fresh = Fixture.model()
    fresh.press(.char("e"))
    #expect(articleItems != fresh.sidebar.items)
    #expect(m.sidebar.items == fresh.sidebar.items)
  }

  /// The sidebar's name filter goes with `F` and does not follow the reader into an article.
  @Test func sidebarNameFilterClearsWithFAndStaysOnItsScreen() {
    var m = Fixture.model()
    m.press(.char("e"), .char("/"), .char("l"), .char("i"), .enter)
    #expect(m.sidebar.nameFilter == "li")
    m.press(.char("F"))
    #expect(m.sidebar.nameFilter.isEmpty)
    #expect(!Render.frame(m).text.contains("“li”"))
    m.press(.char("/"), .char("l"), .char("i"), .enter)
    #expect(m.sidebar.nameFilter == "li")
    m.press(.tab)  // back to the list
    #expect(m.focus == .main)
    m.press(.enter)
    #expect(m.screen == .article)
    #expect(m.sidebar.nameFilter.isEmpty)
    #expect(sidebarIDs(m).count > 1)
  }

  /// lookup → `q` gives the focus back to the sidebar the lookup was opened from.
  @Test func backFromLookupReturnsToTheSidebar() {
    var m = Fixture.model()
    openArticle("000", &m)
    m.press(.char("e"))
    #expect(m.focus == .sidebar)
    m.press(.enter)
    #expect(m.screen == .lookup && m.focus == .main)
    m.press(.char("q"))
    #expect(m.screen == .article)
    #expect(m.focus == .sidebar)
    // Opened from the text (sidebar shown but not focused), back goes to the text.
    m.press(.tab)
    #expect(m.focus == .main)
    m.press(.char("c"), .char("q"))
    #expect(m.screen == .article && m.focus == .main)
  }

  /// At 80×24 in compare, `e` says in full why the sidebar does not show.
  @Test(arguments: [(80, 24), (100, 30), (60, 20)]) func sidebarTooNarrowMessageFits(
    size: (Int, Int)
  ) {
    var m = Fixture.model(width: size.0, height: size.1)
    m.openCompare000()
    m.press(.char("e"))
    let msg = m.message ?? ""
    #expect(msg.contains("103"))
    #expect(Render.frame(m).line(size.1 - 1).contains(msg), "cut: \(msg)")
  }
}
