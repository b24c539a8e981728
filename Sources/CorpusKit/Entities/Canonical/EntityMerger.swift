/// Merges per-document mentions into corpus-wide entities.
///
/// A short form or acronym that its own document could not resolve takes the name it was
/// resolved to elsewhere in the corpus, when that name is unique ("Lukashenko" in a document
/// that never gives his first name). A bare person name joins a full name only when no other
/// full name of the corpus has it as first or last word. Ambiguous short forms ("Li": Li Qiang in one document,
/// Li Keqiang in another) stay as they are, so two people are never merged, and a form only
/// takes a name resolved for a mention of the same type ("Google" the company never takes a
/// person's name that a mistagged "Google" got somewhere).
enum EntityMerger {
  static func merge(_ perDocument: [[EntityMention]]) -> [Entity] {
    // Surface forms resolved to a different name somewhere.
    struct Form: Hashable {
      var surface: String
      var type: EntityType
    }
    var resolved: [Form: Set<String>] = [:]
    // Every full person name of the corpus by its first and last word: a bare name that is part
    // of two of them ("Li": Li Qiang, Li Keqiang) is in doubt and joins neither across documents.
    var fullByPart: [String: Set<String>] = [:]
    for ms in perDocument {
      for m in ms where m.type == .person && m.entityID.contains(" ") {
        let parts = m.entityID.split(separator: " ")
        for p in [parts.first, parts.last].compactMap({ $0 }) {
          fullByPart[String(p), default: []].insert(m.entityID)
        }
      }
    }
    for ms in perDocument {
      for m in ms {
        let surface = NameForm.normalize(m.text)
        if surface != m.entityID {
          resolved[Form(surface: surface, type: m.type), default: []].insert(m.entityID)
        }
      }
    }
    var order: [String] = []
    var grouped: [String: [EntityMention]] = [:]
    for ms in perDocument {
      for var m in ms {
        let surface = NameForm.normalize(m.text)
        if m.entityID == surface, let targets = resolved[Form(surface: surface, type: m.type)],
          targets.count == 1,
          m.type != .date,
          m.type != .person || surface.contains(" ") || (fullByPart[surface]?.count ?? 0) <= 1
        {
          m.entityID = targets.first!
        }
        if grouped[m.entityID] == nil { order.append(m.entityID) }
        grouped[m.entityID, default: []].append(m)
      }
    }
    var entities: [Entity] = []
    for id in order {
      let ms = grouped[id]!
      var votes: [EntityType: Int] = [:]
      for m in ms { votes[m.type, default: 0] += 1 }
      let type = votes.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }!.key
      let aliases = Set(ms.map { NameForm.normalize($0.text) }).union([id]).sorted()
      entities.append(Entity(id: id, type: type, aliases: aliases, mentions: ms))
    }
    entities.sort { ($0.mentions.count, $1.id) > ($1.mentions.count, $0.id) }
    return entities
  }
}
