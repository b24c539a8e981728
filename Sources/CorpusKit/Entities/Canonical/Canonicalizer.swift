/// Gives the mentions of one document their canonical ids.
///
/// Rules, in order: a known variant takes its standard name ("U.S." → "United States"); a person
/// named by part of a full name found in the same document takes that name ("Lukashenko" →
/// "Alexander Lukashenko", "Li" → "Li Qiang"; with two such names, the one named last before); an acronym takes a name in the document whose
/// initials it spells ("SCO" → "Shanghai Cooperation Organization"). Dates, money and
/// percentages keep the value their rule resolved.
enum Canonicalizer {
  /// `mentions` with `entityID` rewritten; ids on input are the normalised surface forms.
  static func canonicalize(_ mentions: [EntityMention]) -> [EntityMention] {
    var out = mentions
    let named: Set<EntityType> = [.person, .organization, .location, .misc]
    for i in out.indices where named.contains(out[i].type) {
      if let v = NameForm.variant(out[i].entityID) { out[i].entityID = v }
    }
    // Full person names and how often each is mentioned.
    var fullNames: [String: Int] = [:]
    var firstSeen: [String: Int] = [:]
    for (i, m) in out.enumerated() where m.type == .person && m.entityID.contains(" ") {
      fullNames[m.entityID, default: 0] += 1
      if firstSeen[m.entityID] == nil { firstSeen[m.entityID] = i }
    }
    // Full names by their first and last word.
    var byPart: [String: Set<String>] = [:]
    for full in fullNames.keys {
      let parts = full.split(separator: " ")
      if let f = parts.first { byPart[String(f), default: []].insert(full) }
      if let l = parts.last { byPart[String(l), default: []].insert(full) }
    }
    // One candidate: it. Several ("Li" with Li Qiang and Li Keqiang in one article): the full
    // name mentioned last before the bare one, as a reader takes it; none before: unresolved.
    var lastFull: [String: Int] = [:]
    for i in out.indices where out[i].type == .person {
      let id = out[i].entityID
      if id.contains(" ") {
        if fullNames[id] != nil { lastFull[id] = i }
        continue
      }
      let candidates = byPart[id] ?? []
      if candidates.count == 1 {
        out[i].entityID = candidates.first!
      } else if let best = candidates.filter({ lastFull[$0] != nil }).max(by: {
        lastFull[$0]! < lastFull[$1]!
      }) {
        out[i].entityID = best
      }
    }
    // Acronyms and the names they abbreviate.
    var byInitials: [String: (id: String, type: EntityType)] = [:]
    for m in out where named.contains(m.type) {
      if let ini = NameForm.initials(m.entityID), byInitials[ini] == nil {
        byInitials[ini] = (m.entityID, m.type)
      }
    }
    for i in out.indices where named.contains(out[i].type) {
      if let acr = NameForm.acronym(out[i].entityID), let full = byInitials[acr] {
        out[i].entityID = full.id
        out[i].type = full.type
      }
    }
    return out
  }
}
