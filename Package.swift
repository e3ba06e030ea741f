// swift-tools-version:6.0
// Ilex: a .NET (ECMA-335) runtime written in Swift. Module layout and dependency direction are
// fixed by docs/architecture.md: IlexMetadata <- IlexVM <- ilex.
// (IlexVM also links the C modules CIlexSupport and CFFI, libffi.)
import PackageDescription

/// The folder this manifest is in (the linker's symbol order file is named by absolute path).
let packageRoot = String(#filePath.dropLast("Package.swift".count))

/// The engine is built with unchecked arithmetic and exclusivity checks off, in debug too
/// (a -Onone interpreter is 13-100x slower; see ../shared/research/swift-tech.md §1).
let engineFlags: [SwiftSetting] = [
    .unsafeFlags(["-Ounchecked", "-enforce-exclusivity=unchecked"]),
]

let package = Package(
    name: "Ilex",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "ilex", targets: ["ilex"]),
        .library(name: "IlexMetadata", targets: ["IlexMetadata"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "IlexMetadata"),
        .target(name: "CIlexSupport"),
        // libffi for P/Invoke (Sources/IlexVM/Interop); Debian: libffi-dev (scripts/setup.sh).
        .systemLibrary(name: "CFFI", pkgConfig: "libffi", providers: [.apt(["libffi-dev"])]),
        .target(name: "IlexVM", dependencies: ["IlexMetadata", "CIlexSupport", "CFFI"], swiftSettings: engineFlags),
        // The mono runtime functions libmono-native.so calls into its host (exported by ilex).
        .target(name: "CMonoHost"),
        .target(name: "IlexMonoCorlib", dependencies: ["IlexVM", "IlexMetadata", "CMonoHost"], swiftSettings: engineFlags),
        .executableTarget(
            name: "ilex",
            dependencies: [
                "IlexMetadata", "IlexVM", "IlexMonoCorlib",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Native libraries loaded by P/Invoke resolve the host functions they need (CMonoHost,
            // all named mono_*) here. Only those are exported (the driver exports every symbol of
            // ours with -static-stdlib): the loader's lookups read the symbol tables at each start.
            // Not position-independent: a PIE's 40,000 relative relocations were read and applied
            // at every start. lld places the functions hello world runs first and together
            // (scripts/startup-order.sh). libstdc++ (scripts/link/libstdc++.so) and libgcc are
            // linked statically. Each of these is measured in docs/architecture.md, "Memory at start-up".
            linkerSettings: [.unsafeFlags([
                "-Xlinker", "--no-export-dynamic", "-Xlinker", "--export-dynamic-symbol=mono_*",
                "-Xclang-linker", "-no-pie", "-use-ld=lld",
                "-L\(packageRoot)scripts/link", "-Xclang-linker", "-static-libgcc",
                "-Xlinker", "--symbol-ordering-file=\(packageRoot)scripts/startup-order.txt",
                "-Xlinker", "--no-warn-symbol-ordering",
            ])]),
        .target(name: "IlexTestSupport", path: "Tests/IlexTestSupport"),
        .testTarget(name: "IlexMetadataTests", dependencies: ["IlexMetadata", "IlexTestSupport"], exclude: ["Programs"]),
        .testTarget(name: "IlexVMTests", dependencies: ["IlexVM", "IlexTestSupport"], exclude: ["Programs"]),
        // Benchmarks (not tests): bench/run-metadata.sh.
        .executableTarget(name: "MetadataBench", dependencies: ["IlexMetadata"], path: "bench/metadata/Sources/MetadataBench"),
    ]
)
