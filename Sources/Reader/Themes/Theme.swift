import CorpusKit

/// What a style is for. Every theme names a style for each role (missing roles fall back to
/// the built-in default's).
enum Role: String, CaseIterable, Sendable {
  case text, heading, furniture, meta
  case titleBar = "title-bar"
  case status
  case statusKey = "status-key"
  case border, selection, search, mark, error, highlight
  case verbatim, paraphrase, drift
  /// Same-story links (sentences of two reports stating one fact in other words): muted,
  /// no background, so they never pass for a copied pair.
  case story
  case entityPER = "entity.PER"
  case entityORG = "entity.ORG"
  case entityLOC = "entity.LOC"
  case entityMISC = "entity.MISC"
  case entityDATE = "entity.DATE"
  case entityMONEY = "entity.MONEY"
  case entityPERCENT = "entity.PERCENT"

  static func entity(_ t: EntityType) -> Role {
    switch t {
    case .person: return .entityPER
    case .organization: return .entityORG
    case .location: return .entityLOC
    case .misc: return .entityMISC
    case .date: return .entityDATE
    case .money: return .entityMONEY
    case .percent: return .entityPERCENT
    }
  }
}

/// A named set of styles: one per role, plus a palette for overlap pairs.
struct Theme: Sendable {
  var name: String
  var styles: [Role: Style]
  /// Pair colours, used in turn: pair i is drawn with `pairs[i % pairs.count]` on both sides.
  var pairs: [Style]

  subscript(_ role: Role) -> Style { styles[role] ?? Theme.builtin.styles[role] ?? .plain }

  func pair(_ i: Int) -> Style { pairs.isEmpty ? Style(attrs: .underline) : pairs[i % pairs.count] }

  /// The same theme with every colour removed: attributes only (`NO_COLOR`, mono terminals).
  func monochrome() -> Theme {
    Theme(
      name: name, styles: styles.mapValues { Style(attrs: $0.attrs) },
      pairs: pairs.enumerated().map { i, s in
        Style(attrs: s.attrs.isEmpty ? (i % 2 == 0 ? .underline : .reverse) : s.attrs)
      })
  }

  /// The theme used when no theme file can be read: the same as themes/dark.toml.
  static let builtin = Theme(
    name: "dark",
    styles: [
      .text: Style(), .heading: Style(fg: .index(14), attrs: .bold),
      .furniture: Style(fg: .index(244), attrs: .dim), .meta: Style(fg: .index(245)),
      .titleBar: Style(fg: .index(255), bg: .index(24), attrs: .bold),
      .status: Style(fg: .index(255), bg: .index(238)),
      .statusKey: Style(fg: .index(228), bg: .index(238), attrs: .bold),
      .border: Style(fg: .index(240)), .selection: Style(attrs: .reverse),
      .search: Style(fg: .index(16), bg: .index(226)), .mark: Style(fg: .index(215), attrs: .bold),
      .error: Style(fg: .index(203), attrs: .bold),
      .highlight: Style(fg: .index(16), bg: .index(213), attrs: .bold),
      .verbatim: Style(attrs: .bold), .paraphrase: Style(attrs: .italic),
      .drift: Style(fg: .index(196), attrs: [.bold, .underline]),
      .story: Style(fg: .index(109), attrs: .underline),
      .entityPER: Style(fg: .index(117)), .entityORG: Style(fg: .index(150)),
      .entityLOC: Style(fg: .index(222)), .entityMISC: Style(fg: .index(183)),
      .entityDATE: Style(fg: .index(180)), .entityMONEY: Style(fg: .index(114)),
      .entityPERCENT: Style(fg: .index(116)),
    ],
    pairs: [
      Style(fg: .index(16), bg: .index(153)), Style(fg: .index(16), bg: .index(222)),
      Style(fg: .index(16), bg: .index(157)), Style(fg: .index(16), bg: .index(218)),
      Style(fg: .index(16), bg: .index(187)), Style(fg: .index(16), bg: .index(183)),
    ])
}
