import CorpusKit
import Testing

@testable import Reader

/// Issue 15's compare screen: the legend, the numbered current pair, drift per pair, wrapping.
@Suite struct CompareUsabilityTests {
  @Test(arguments: [(80, 24), (160, 45)]) func theLegendExplainsTheStylesInTheThemesWords(
    size: (Int, Int)
  ) {
    var m = Fixture.model(width: size.0, height: size.1)
    m.openCompare000()
    let g = Render.frame(m)
    let legend = Geometry(m).legend
    #expect(legend.height >= 1)
    let text = (legend.y..<legend.maxY).map { g.line($0) }.joined(separator: " ")
    #expect(text.contains("verbatim bold: copied"))
    #expect(text.contains("paraphrase italic: reworded"))
    #expect(text.contains("drift red, bold, underlined: fact changed"))
    #expect(legend.height == (size.0 < 100 ? 2 : 1))
    #expect(g.style(of: "verbatim", in: legend)?.attrs.contains(.bold) == true)
    #expect(g.style(of: "paraphrase", in: legend)?.attrs.contains(.italic) == true)
    #expect(g.style(of: "drift", in: legend) == Theme.builtin[.drift])
    // The panes end above it.
    #expect(Geometry(m).comparePanes.left.maxY == legend.y)
    m.press(.char("L"))
    #expect(Geometry(m).legendRows == 0)
    #expect(!Render.frame(m).text.contains("copied word for word"))
  }

  @Test func theLegendFollowsTheTheme() {
    let mono = Theme.builtin.monochrome()
    let lines = CompareLegend.helpLines(mono).joined(separator: "\n")
    #expect(lines.contains("underlined"))
    #expect(!lines.contains("red,") && !lines.contains("on pale"))
    #expect(CompareLegend.describe(Theme.builtin.pair(0)).contains("on pale blue"))
  }

  @Test func helpHasTheLegend() {
    var m = Fixture.model(width: 100, height: 200)
    m.openCompare000()
    m.press(.char("?"))
    let text = Render.frame(m).text
    #expect(text.contains("Compare legend (theme dark)"))
    #expect(text.contains("bold: copied word for word"))
    #expect(text.contains("red, bold, underlined: a number, name or date changed or dropped"))
  }
}
