// The execution engine: loader and type system, object model, GC, importer and IR, interpreter,
// JIT, exceptions, threads. Grows one subsystem folder at a time (see docs/architecture.md); for now
// it only re-exports the metadata layer it is built on.
@_exported import IlexMetadata

/// Ilex's version: `ilex --version`, and what the runtime reports as its identity
/// (Mono.Runtime.GetDisplayName in the Mono contract).
public enum IlexVersion {
    public static let string = "0.1.0"
}
