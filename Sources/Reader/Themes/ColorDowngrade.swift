/// Colour conversions: names and `#rrggbb` to xterm-256 indices, and 256 down to 8 colours.
enum ColorDowngrade {
  static let names: [String: UInt8] = [
    "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
    "bright-black": 8, "gray": 8, "grey": 8, "bright-red": 9, "bright-green": 10,
    "bright-yellow": 11,
    "bright-blue": 12, "bright-magenta": 13, "bright-cyan": 14, "bright-white": 15,
  ]

  /// RGB of an xterm-256 index.
  static func rgb(_ i: UInt8) -> (Int, Int, Int) {
    let i = Int(i)
    let basic: [(Int, Int, Int)] = [
      (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
      (229, 229, 229),
      (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255),
      (0, 255, 255), (255, 255, 255),
    ]
    if i < 16 { return basic[i] }
    if i >= 232 {
      let v = 8 + (i - 232) * 10
      return (v, v, v)
    }
    let c = i - 16
    let level = [0, 95, 135, 175, 215, 255]
    return (level[c / 36], level[(c / 6) % 6], level[c % 6])
  }

  /// The nearest xterm-256 index (cube or grey ramp) of an RGB colour.
  static func nearest256(_ r: Int, _ g: Int, _ b: Int) -> UInt8 {
    var best = 16
    var bestD = Int.max
    for i in 16..<256 {
      let (cr, cg, cb) = rgb(UInt8(i))
      let d = (cr - r) * (cr - r) + (cg - g) * (cg - g) + (cb - b) * (cb - b)
      if d < bestD {
        bestD = d
        best = i
      }
    }
    return UInt8(best)
  }

  /// The nearest of the 8 basic colours, for terminals with only 8.
  static func to8(_ i: UInt8) -> UInt8 {
    if i < 8 { return i }
    if i < 16 { return i - 8 }
    let (r, g, b) = rgb(i)
    // Classify by which channels are clearly on, relative to the brightest one.
    let m = max(r, g, b)
    if m < 70 { return 0 }
    let t = m / 2 + 20
    let bits = (r >= t ? 1 : 0) | (g >= t ? 2 : 0) | (b >= t ? 4 : 0)
    if bits == 7 && m < 160 { return 0 }
    return UInt8(bits)
  }

  /// Parses a colour value: a name, "default", 0…255 or "#rrggbb".
  static func parse(_ s: String) -> TermColor? {
    let v = s.lowercased()
    if v == "default" { return .standard }
    if let n = names[v] { return .index(n) }
    if let n = Int(v), (0...255).contains(n) { return .index(UInt8(n)) }
    if v.hasPrefix("#"), v.count == 7, let x = Int(v.dropFirst(), radix: 16) {
      return .index(nearest256((x >> 16) & 255, (x >> 8) & 255, x & 255))
    }
    return nil
  }
}
