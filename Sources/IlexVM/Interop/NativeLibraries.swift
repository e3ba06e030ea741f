// Finding the C function of a P/Invoke method: the library named by the ImplMap row's ModuleRef
// (after the dllmap), loaded with mono's name probing, and the entry point (ImplMap import name,
// with mono's A/W suffix probing unless ExactSpelling).
#if canImport(Glibc)
import Glibc
#endif

extension Interop {
    /// What a failed resolution raises: the BCL exception and mono's message.
    struct ResolutionFailure: Error {
        let exceptionType: String
        let message: String

        static func library(_ name: String) -> ResolutionFailure {
            ResolutionFailure(exceptionType: "System.DllNotFoundException", message: "\(name) assembly:<unknown assembly> type:<unknown type> member:(null)")
        }
        static func entryPoint(_ name: String) -> ResolutionFailure {
            ResolutionFailure(exceptionType: "System.EntryPointNotFoundException", message: "\(name) assembly:<unknown assembly> type:<unknown type> member:(null)")
        }
    }

    /// The file names mono tries for a library name, in its order (mono's pinvoke_probe_for_module
    /// and mono_dl_build_path): the name, without ".dll", with a "lib" prefix; each as given, as
    /// libNAME.so and as NAME.so; first in the directory of the assembly that declares the method,
    /// then through the dynamic linker's search path. Absolute names are tried only where they are.
    static func candidateFiles(for name: String, assemblyDirectory: String?) -> [String] {
        let isAbsolute = name.hasPrefix("/")
        var stems = [name]
        if name.hasSuffix(".dll") { stems.append(String(name.dropLast(4))) }
        if isAbsolute {
            let slash = name.lastIndex(of: "/")!
            let directory = name[..<slash], base = name[name.index(after: slash)...]
            if !base.hasPrefix("lib") { stems.append(directory + "/lib" + base) }
        } else if !name.hasPrefix("lib") {
            stems.append("lib" + name)
        }
        var files: [String] = []
        func add(_ file: String) { if !files.contains(file) { files.append(file) } }
        for stem in stems {
            let variants = stem.hasSuffix(".so") || stem.contains(".so.") ? [stem] : [stem, Self.withLibPrefix(stem) + ".so", stem + ".so"]
            if !isAbsolute, let assemblyDirectory {
                for variant in variants { add(assemblyDirectory + "/" + variant) }
            }
            for variant in variants { add(variant) }
        }
        return files
    }

    private static func withLibPrefix(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path.hasPrefix("lib") ? path : "lib" + path }
        let base = path[path.index(after: slash)...]
        return base.hasPrefix("lib") ? path : path[...slash] + "lib" + base
    }

    /// The dlopen handle of a library name as the program spells it (after the dllmap).
    /// "__Internal" is the executable itself, as on mono.
    func loadLibrary(_ name: String, assemblyDirectory: String?) throws -> UnsafeMutableRawPointer {
        let key = (assemblyDirectory ?? "") + "\u{0}" + name
        if let handle = libraries[key] { return handle }
        if missingLibraries.contains(key) { throw ResolutionFailure.library(name) }
        var handle: UnsafeMutableRawPointer?
        if name == "__Internal" {
            handle = dlopen(nil, RTLD_LAZY)
        } else {
            for file in Self.candidateFiles(for: name, assemblyDirectory: assemblyDirectory) {
                // A path with a directory must exist (dlopen would search otherwise only for bare names).
                if file.contains("/") && access(file, F_OK) != 0 { continue }
                if let h = dlopen(file, RTLD_LAZY) { handle = h; break }
            }
        }
        guard let handle else {
            missingLibraries.insert(key)
            throw ResolutionFailure.library(name)
        }
        libraries[key] = handle
        return handle
    }

    /// The address of an entry point: its name, then (unless ExactSpelling) with the suffix of its
    /// character set, "W" for Unicode, "A" otherwise, as mono probes.
    static func lookUp(_ name: String, in library: UnsafeMutableRawPointer, unicode: Bool, exactSpelling: Bool) -> UnsafeMutableRawPointer? {
        if let symbol = dlsym(library, name) { return symbol }
        guard !exactSpelling else { return nil }
        return dlsym(library, name + (unicode ? "W" : "A"))
    }
}
