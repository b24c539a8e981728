// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Reader",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "CorpusKit", targets: ["CorpusKit"]),
    .executable(name: "reader", targets: ["Reader"]),
    .executable(name: "reader-bench", targets: ["ReaderBench"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
    .systemLibrary(name: "CGumbo", pkgConfig: "gumbo", providers: [.apt(["libgumbo-dev"])]),
    .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    // The optional sentence encoder's matrix products (docs/semantic-encoder.md).
    .systemLibrary(
      name: "COpenBLAS", pkgConfig: "openblas",
      providers: [.apt(["libopenblas-dev"]), .brew(["openblas"])]),
    .target(
      name: "CorpusKit",
      dependencies: ["CGumbo", "CZlib", "COpenBLAS"],
      resources: [.copy("Entities/Model")]
    ),
    .target(
      name: "CorpusIndex",
      dependencies: ["CorpusKit", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    .executableTarget(
      name: "Reader",
      dependencies: [
        "CorpusKit", "CorpusIndex", "CNcursesw",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "TOMLKit", package: "TOMLKit"),
      ],
      resources: [.copy("Resources/Sample")]
    ),
    .executableTarget(
      name: "ReaderBench",
      dependencies: ["CorpusKit", "CorpusIndex"]
    ),
    .testTarget(name: "CorpusKitTests", dependencies: ["CorpusKit"]),
    .testTarget(name: "CorpusIndexTests", dependencies: ["CorpusIndex", "CorpusKit"]),
    .testTarget(name: "ReaderTests", dependencies: ["Reader", "CorpusKit"]),
    .testTarget(name: "ReaderE2ETests", dependencies: ["Reader"]),
  ]
)
