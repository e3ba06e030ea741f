// Where assemblies are looked for, in order: the program's folder, ILEX_PATH (colon-separated, like
// MONO_PATH), --lib folders, Mono's 4.5 folder and its Facades, then the GAC
// (gac/NAME/VERSION_CULTURE_TOKEN/NAME.dll). Misses report every place searched.

public struct AssemblyNotFound: Error, CustomStringConvertible, Sendable {
    public let identity: AssemblyIdentity
    public let searched: [String]
    public var description: String {
        "FileNotFoundException: Could not load file or assembly '\(identity)' or one of its dependencies. Searched: \(searched.joined(separator: ", "))"
    }
}

public struct AssemblyResolver: Sendable {
    public static let monoDirectory = "/usr/lib/mono/4.5"
    public static let gacDirectory = "/usr/lib/mono/gac"

    /// Folders searched for NAME.dll / NAME.exe, in order.
    public let directories: [String]
    public let gacDirectory: String?

    public init(directories: [String], gacDirectory: String? = Self.gacDirectory) {
        self.directories = directories
        self.gacDirectory = gacDirectory
    }

    /// The standard search order for a program in `programDirectory`.
    public static func standard(programDirectory: String?, libraryDirectories: [String] = [],
                                ilexPath: String? = nil) -> AssemblyResolver {
        var directories: [String] = []
        if let programDirectory { directories.append(programDirectory) }
        if let ilexPath { directories += ilexPath.split(separator: ":").map(String.init).filter { !$0.isEmpty } }
        directories += libraryDirectories
        directories += [monoDirectory, monoDirectory + "/Facades"]
        return AssemblyResolver(directories: directories)
    }

    /// The file that provides `identity`, or every place that was looked at.
    public func locate(_ identity: AssemblyIdentity) -> Result<String, AssemblyNotFound> {
        var searched: [String] = []
        for directory in directories {
            for ext in ["dll", "exe"] {
                let candidate = directory + "/" + identity.name + "." + ext
                searched.append(candidate)
                if fileExists(candidate) { return .success(candidate) }
            }
        }
        if let gac = gacDirectory {
            let folder = gac + "/" + identity.name
            searched.append(folder + "/*")
            // Prefer the exact version; otherwise the highest one installed.
            let versions = listDirectory(folder).sorted(by: { versionKey($1).lexicographicallyPrecedes(versionKey($0)) })
            let exact = identity.version.map { v in versions.filter { $0.hasPrefix("\(v)_") } } ?? []
            for entry in exact + versions {
                let candidate = folder + "/" + entry + "/" + identity.name + ".dll"
                if fileExists(candidate) { return .success(candidate) }
            }
        }
        return .failure(AssemblyNotFound(identity: identity, searched: searched))
    }

    private func versionKey(_ entry: String) -> [Int] {
        (entry.split(separator: "_").first ?? "").split(separator: ".").map { Int($0) ?? 0 }
    }
}

#if canImport(Glibc)
import Glibc
#endif

func fileExists(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
}

func listDirectory(_ path: String) -> [String] {
    guard let dir = opendir(path) else { return [] }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
        if name != "." && name != ".." { names.append(name) }
    }
    return names
}
