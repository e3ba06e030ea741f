// The errors loading and importing raise that a running program sees as the BCL's exceptions
// (raised lazily, at the first use of what is missing or broken, as mono raises them when it
// compiles the method that uses it), and how each maps to its managed exception.
import IlexMetadata

/// An error with a managed counterpart: the exception's full type name and its message.
public protocol ManagedExceptionMapping: Error {
    var managedExceptionType: String { get }
    var managedMessage: String { get }
}

extension AssemblyNotFound: ManagedExceptionMapping {
    public var managedExceptionType: String { "System.IO.FileNotFoundException" }
    public var managedMessage: String {
        "Could not load file or assembly '\(identity)' or one of its dependencies. Searched: \(searched.joined(separator: ", "))"
    }
}

extension TypeLoadError: ManagedExceptionMapping {
    public var managedExceptionType: String { "System.TypeLoadException" }
    public var managedMessage: String { "Could not load type '\(typeName)' from assembly '\(assembly)': \(reason)" }
}

extension MissingMemberError: ManagedExceptionMapping {
    public var managedExceptionType: String { "System.Missing\(kind.rawValue)Exception" }
    public var managedMessage: String { "\(kind.rawValue) not found: '\(typeName).\(memberName)' (referenced from \(referencedFrom))" }
}

extension BadImageFormat: ManagedExceptionMapping {
    public var managedExceptionType: String { "System.BadImageFormatException" }
    public var managedMessage: String {
        file + (offset.map { ": at offset 0x" + String($0, radix: 16) } ?? "") + ": " + reason
    }
}
