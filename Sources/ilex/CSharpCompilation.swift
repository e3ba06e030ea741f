// `ilex run Program.cs`: compiles C# sources with the system's compiler (mcs, with references to
// the usual assemblies) into a cache folder keyed by the sources' names and contents, so a
// second run of unchanged sources does not compile again.
import IlexMetadata

#if canImport(Glibc)
import Glibc
#endif

struct CompilationError: Error, CustomStringConvertible {
    let description: String
}

struct CSharpCompilation {
    let sources: [String]

    /// The compiled program's path, compiling when the cache does not have it.
    func compiledProgram() throws -> String {
        var hash = SHA1()
        for source in sources {
            guard let file = fopen(source, "rb") else { throw CompilationError(description: "FileNotFoundException: Could not find file '\(source)'") }
            defer { fclose(file) }
            hash.update(Array(source.utf8) + [0])
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = fread(&buffer, 1, buffer.count, file)
                if n <= 0 { break }
                hash.update(buffer[0..<n])
            }
        }
        let key = hash.finish().map { String($0, radix: 16).leftPadded(2) }.joined()
        let directory = Self.cacheDirectory() + "/" + key
        let name = (sources[0].split(separator: "/").last.map(String.init) ?? "Program").replacingSuffix(".cs", with: ".exe")
        let output = directory + "/" + name
        if access(output, R_OK) == 0 { return output }
        guard let compiler = Self.findExecutable("mcs") else {
            throw CompilationError(description: "no C# compiler: `ilex run` compiles .cs files with mcs (Debian package mono-mcs)")
        }
        try Self.makeDirectories(directory)
        let arguments = [compiler, "-nologo", "-unsafe", "-r:System.dll", "-r:System.Core.dll", "-out:" + output + ".tmp"] + sources
        guard Self.run(arguments) == 0 else {
            throw CompilationError(description: "mcs could not compile \(sources.joined(separator: " ")) (messages above)")
        }
        guard rename(output + ".tmp", output) == 0 else { throw CompilationError(description: "cannot write \(output)") }
        return output
    }

    /// $XDG_CACHE_HOME/ilex, else ~/.cache/ilex, else /tmp/ilex-cache.
    static func cacheDirectory() -> String {
        if let xdg = getenv("XDG_CACHE_HOME").map({ String(cString: $0) }), !xdg.isEmpty { return xdg + "/ilex" }
        if let home = getenv("HOME").map({ String(cString: $0) }), !home.isEmpty { return home + "/.cache/ilex" }
        return "/tmp/ilex-cache"
    }

    static func findExecutable(_ name: String) -> String? {
        let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = directory + "/" + name
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    static func makeDirectories(_ path: String) throws {
        var current = ""
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            current += (current.isEmpty && path.hasPrefix("/") ? "/" : (current.isEmpty ? "" : "/")) + part
            if current.isEmpty || current == "/" { continue }
            if mkdir(current, 0o755) != 0 && errno != EEXIST { throw CompilationError(description: "cannot create \(current)") }
        }
    }

    /// Runs a program with arguments (stdout and stderr shared); its exit status.
    static func run(_ arguments: [String]) -> Int32 {
        var pid: pid_t = 0
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for arg in argv { free(arg) } }
        guard posix_spawn(&pid, arguments[0], nil, nil, &argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
    func replacingSuffix(_ suffix: String, with replacement: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) + replacement : self + replacement
    }
}
