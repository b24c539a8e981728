import Testing

@_spi(Bench) @testable import CorpusKit

@Suite struct CharacterReferencesTests {
  @Test func numericAndNamedReferencesDecode() {
    #expect(CharacterReferences.decode("&#163;1.8m indecency fine") == "£1.8m indecency fine")
    #expect(CharacterReferences.decode("G7 communiqu&#233;") == "G7 communiqué")
    #expect(CharacterReferences.decode("caf&#xE9; &#XE9;") == "café é")
    #expect(CharacterReferences.decode("AT&amp;T &lt;b&gt; &quot;x&quot;") == "AT&T <b> \"x\"")
    #expect(CharacterReferences.decode("&pound;5 &eacute;t&eacute;") == "£5 été")
  }

  @Test func whatIsNotAReferenceStays() {
    for s in [
      "Tom & Jerry", "R&D", "&;", "&#;", "&#x;", "&unknown;", "&#0;", "&#27;", "&#x9B;",
      "&#xD800;", "&#x110000;", "&#99999999999;", "a &amp", "&#163", "&#１６３;",
    ] {
      #expect(CharacterReferences.decode(s) == s, "\(s)")
    }
    #expect(CharacterReferences.decode("&amp;amp;") == "&amp;")  // decoded once, not twice
  }

  @Test func plainTextTitlesAreDecodedAtLoad() {
    let c = Corpus(raw: [
      RawDocument(
        id: "business-210", path: "business-210.txt",
        text: "&#163;1.8m indecency fine for Viacom\n\nMedia giant Viacom has paid a fine of "
          + "&#163;1.8m for broadcasting indecent material, the regulator said on Tuesday.")
    ])
    #expect(c.documents[0].title == "£1.8m indecency fine for Viacom")
  }
}
