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
