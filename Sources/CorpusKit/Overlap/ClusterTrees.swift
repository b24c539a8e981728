/// Each cluster of copies as a tree rooted at its likely source.
///
/// The source is the member that the pairs' direction (`DocumentPair.derived`) most often
/// names as the original and never as the copy, then the earliest stated date, then the first
/// id. The tree is the maximum spanning tree of the cluster's pairs by similarity, hung from
/// the source: each member sits under the member it is closest to on the way to the source.
/// O(pairs log pairs) per cluster.
enum ClusterTrees {
  static func trees(_ clusters: [[String]], _ pairs: [DocumentPair], _ docs: [Document])
    -> [ClusterTree]
  {
    var date: [String: String] = [:]
    for d in docs { if let x = d.date { date[d.id] = x } }
    var clusterOf: [String: Int] = [:]
    for (k, c) in clusters.enumerated() { for id in c { clusterOf[id] = k } }
    var edges = [[DocumentPair]](repeating: [], count: clusters.count)
    for p in pairs where p.relation == .duplicate || p.relation == .rewrite {
      if let k = clusterOf[p.a], clusterOf[p.b] == k { edges[k].append(p) }
    }
    return clusters.indices.map { tree(clusters[$0], edges[$0], date) }
  }

  static func tree(_ members: [String], _ edges: [DocumentPair], _ date: [String: String])
    -> ClusterTree
  {
    // Source: original minus copy counts, then date, then id.
    var balance: [String: Int] = [:]
    for p in edges {
      guard let d = p.derived else { continue }
      let original = d == p.a ? p.b : p.a
      balance[original, default: 0] += 1
      balance[d, default: 0] -= 1
    }
    let source = members.min { x, y in
      let bx = balance[x] ?? 0
      let by = balance[y] ?? 0
      if bx != by { return bx > by }
      let dx = date[x] ?? "\u{10FFFF}"
      let dy = date[y] ?? "\u{10FFFF}"
      if dx != dy { return dx < dy }
      return x < y
    }!
    // Maximum spanning tree (Kruskal: strongest pairs first, skipping those that close a
    // cycle), then oriented from the source, breadth first.
    var parent: [String: String] = [:]
    func find(_ x: String) -> String {
      var r = x
      while let p = parent[r], p != r { r = p }
      return r
    }
    var tree: [String: [DocumentPair]] = [:]
    let strongest = edges.sorted { ($1.similarity, $0.a, $0.b) < ($0.similarity, $1.a, $1.b) }
    for p in strongest {
      let ra = find(p.a)
      let rb = find(p.b)
      guard ra != rb else { continue }
      parent[ra] = rb
      tree[p.a, default: []].append(p)
      tree[p.b, default: []].append(p)
    }
    var out = [ClusterTree.Member(id: source, parent: nil, relation: nil, similarity: 1)]
    var seen: Set<String> = [source]
    var k = 0
    while k < out.count {
      let x = out[k].id
      for p in tree[x] ?? [] {
        let y = p.a == x ? p.b : p.a
        guard seen.insert(y).inserted else { continue }
        out.append(
          ClusterTree.Member(id: y, parent: x, relation: p.relation, similarity: p.similarity))
      }
      k += 1
    }
    return ClusterTree(source: source, members: out)
  }
}
