// SwiftPM generates `Bundle.module` for a target with resources; the fuzz build compiles the
// sources with swiftc, so it supplies one (the entity model is not fuzzed here).
import Foundation

extension Bundle {
  static let module = Bundle.main
}
