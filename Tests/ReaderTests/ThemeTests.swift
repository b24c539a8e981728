import Foundation
import Testing

@testable import Reader

@Suite struct ThemeTests {
  func tempDir() -> String {
    let d = FileManager.default.temporaryDirectory.appendingPathComponent(
      "reader-themes-\(UUID().uuidString)"
    ).path
    try! FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
    return d
  }

  @Test func bundledThemesLoadInOrderWithEveryRole() {
    let (themes, problems) = ThemeLoader.loadAll(environment: [:])
    #expect(problems.isEmpty, "\(problems)")
    #expect(themes.map(\.name).prefix(4) == ["dark", "light", "high-contrast", "mono"])
    for t in themes.prefix(4) {
      for r in Role.allCases { #expect(t.styles[r] != nil, "\(t.name) lacks \(r.rawValue)") }
      #expect(t.pairs.count >= 2)
    }
    let mono = themes.first { $0.name == "mono" }!
    #expect(mono.styles.values.allSatisfy { $0.fg == nil && $0.bg == nil })
  }

  @Test func theBuiltinFallbackIsTheDarkFile() {
    let dark = ThemeLoader.loadAll(environment: [:]).themes[0]
    for r in Role.allCases { #expect(dark[r] == Theme.builtin[r], "\(r.rawValue)") }
    #expect(dark.pairs == Theme.builtin.pairs)
  }

  @Test func brokenFilesNameTheFileAndTheProblem() throws {
    #expect(throws: ThemeError.self) {
      try ThemeLoader.parse("name = \"x\"\n[roles\n", file: "themes/bad.toml")
    }
    do {
      _ = try ThemeLoader.parse("[roles]\nheading = { fg = \"amberr\" }\n", file: "bad.toml")
      Issue.record("no error")
    } catch let e as ThemeError {
      #expect(
        e.description
          == "bad.toml: roles.heading.fg: expected a colour (a name, 0-255, #rrggbb or \"default\"), got \"amberr\""
      )
    }
    do {
      _ = try ThemeLoader.parse("[roles]\nheadline = {}\n", file: "bad.toml")
      Issue.record("no error")
    } catch let e as ThemeError {
      #expect(e.description.hasPrefix("bad.toml: roles: unknown role 'headline'"))
    }
    do {
      _ = try ThemeLoader.parse("[roles]\ntext = { bold = 3 }\n", file: "bad.toml")
      Issue.record("no error")
    } catch let e as ThemeError {
      #expect(e.description.contains("roles.text.bold: expected true or false"))
    }
  }

  @Test func userThemesComeFromXDGAndBrokenOnesAreReported() throws {
    let xdg = tempDir()
    let folder = xdg + "/reader/themes"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try "name = \"dusk\"\n[roles]\nheading = { fg = \"#ff8800\", bold = true }\n".write(
      toFile: folder + "/dusk.toml", atomically: true, encoding: .utf8)
    try "[roles\n".write(toFile: folder + "/broken.toml", atomically: true, encoding: .utf8)
    let (themes, problems) = ThemeLoader.loadAll(environment: ["XDG_CONFIG_HOME": xdg])
    let dusk = try #require(themes.first { $0.name == "dusk" })
    #expect(dusk[.heading].fg == .index(ColorDowngrade.nearest256(255, 136, 0)))
    #expect(dusk[.text] == Theme.builtin[.text])  // missing roles fall back
    #expect(problems.count == 1)
    #expect(problems[0].file.hasPrefix(folder + "/broken.toml"))
    #expect(
      ThemeLoader.userFolder(environment: ["HOME": "/home/x"]) == "/home/x/.config/reader/themes")
  }

  @Test func coloursParseAndFoldTo8() {
    #expect(ColorDowngrade.parse("red") == .index(1))
    #expect(ColorDowngrade.parse("bright-cyan") == .index(14))
    #expect(ColorDowngrade.parse("default") == .standard)
    #expect(ColorDowngrade.parse("196") == .index(196))
    #expect(ColorDowngrade.parse("#000000") == .index(16))
    #expect(ColorDowngrade.parse("nope") == nil)
    #expect(ColorDowngrade.to8(196) == 1)  // red
    #expect(ColorDowngrade.to8(46) == 2)  // green
    #expect(ColorDowngrade.to8(21) == 4)  // blue
    #expect(ColorDowngrade.to8(226) == 3)  // yellow
    #expect(ColorDowngrade.to8(231) == 7)  // white
    #expect(ColorDowngrade.to8(16) == 0)  // black
    #expect(ColorDowngrade.to8(12) == 4)
  }

  @Test func monochromeKeepsAttributesOnly() {
    let m = Theme.builtin.monochrome()
    #expect(m.styles.values.allSatisfy { $0.fg == nil && $0.bg == nil })
    #expect(m[.heading].attrs.contains(.bold))
    #expect(m.pairs.allSatisfy { !$0.attrs.isEmpty })
    var model = Fixture.model()
    model.monochrome = true
    let g = Render.frame(model)
    #expect(g.cells.allSatisfy { $0.style.fg == nil && $0.style.bg == nil })
  }

  /// Found by scripts/fuzz: toml++ aborted the reader on a '}' where an array wants a value,
  /// and on a table name starting with a character no key starts with.
  @Test func aBraceWhereAnArrayWantsAValueIsAnErrorNotACrash() {
    for text in [
      "pairs = [ { underline = true },  } ]\n", "name = \"x\"\n\npairs = [\n  # c\n  }\n]\n",
      "[roles]\nheading = { bold = true, }\n", "[ !]\n", "[[\u{FFFD}oles]]\n", "[\u{FFFD}oles]\n",
    ] {
      #expect(throws: ThemeError.self) { try ThemeLoader.parse(text, file: "bad.toml") }
    }
    #expect(TOMLCrashGuard.badBrace("pairs = [ { underline = true },  } ]") == 1)
    #expect(TOMLCrashGuard.badBrace("name = \"a,}\" # [}\nx = '[}'\ny = \"\"\"\n,}\"\"\"\n") == nil)
    #expect(TOMLCrashGuard.badBrace("a = 1\nb = [\n1,\n\n}") == 5)
    #expect(TOMLCrashGuard.badHeader("a = 1\n\n  [ !x]\n") == 3)
    // A line starting with '[' inside a multi-line array is a value, not a header.
    #expect(TOMLCrashGuard.badHeader("pairs = [\n  [{ fg = 1 }],\n]\n[roles]\n[\"q\"]\n") == nil)
  }
}
