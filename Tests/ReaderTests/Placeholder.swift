import Testing
@testable import Reader
