// `--trace=SPEC`: which methods print their entries and exits, in mono's --trace syntax
// (mono/mini/trace.c): a comma-separated list of
//   all              every method
//   program          the methods of the program's assembly
//   N:Namespace      the methods of the types in that namespace (and its sub-namespaces)
//   T:Namespace.Type the methods of that type (nested types as Outer/Inner, like mono)
//   M:Type:Method    that method (Type as for T:, or `*` for any type; Method `*` for any)
//   E:Type           (mono: exceptions of that type) not supported: an error, not ignored
//   NAME             the methods of the assembly of that simple name
// each optionally preceded by `-` to exclude what it matches. A method is traced when the last
// item that matches it is not an exclusion (mono's rule).
public struct TraceFilter: Sendable {
    enum Pattern: Equatable, Sendable {
        case all
        case program
        case namespace(String)
        case type(String)
        case method(type: String, name: String)
        case assembly(String)
    }
    private let items: [(pattern: Pattern, excluded: Bool)]
    /// The program's assembly name, for `program`.
    public var programAssembly: String = ""

    public var isEmpty: Bool { items.isEmpty }

    public init() { items = [] }

    /// Parses one or more specs (each comma-separated); throws a message naming a bad item.
    public init(parsing specs: [String]) throws(TraceFilterError) {
        var items: [(Pattern, Bool)] = []
        for spec in specs {
            for raw in spec.split(separator: ",") {
                var item = Substring(raw.trimmingSpaces())
                let excluded = item.hasPrefix("-")
                if excluded { item = item.dropFirst() }
                guard !item.isEmpty else { throw TraceFilterError(item: String(raw)) }
                let pattern: Pattern
                switch true {
                case item == "all": pattern = .all
                case item == "program": pattern = .program
                case item.hasPrefix("N:"): pattern = .namespace(String(item.dropFirst(2)))
                case item.hasPrefix("T:"): pattern = .type(String(item.dropFirst(2)))
                case item.hasPrefix("M:"):
                    let body = item.dropFirst(2)
                    guard let colon = body.lastIndex(of: ":"), colon != body.startIndex else { throw TraceFilterError(item: String(raw)) }
                    pattern = .method(type: String(body[..<colon]), name: String(body[body.index(after: colon)...]))
                case item.hasPrefix("E:"), item.hasPrefix("EXPR:"), item == "wrapper", item == "disabled":
                    throw TraceFilterError(item: String(raw), reason: "not supported by Ilex")
                default: pattern = .assembly(String(item))
                }
                items.append((pattern, excluded))
            }
        }
        self.items = items
    }

    public func matches(_ method: RuntimeMethod) -> Bool {
        var traced = false
        for (pattern, excluded) in items where matches(pattern, method) { traced = !excluded }
        return traced
    }

    private func matches(_ pattern: Pattern, _ method: RuntimeMethod) -> Bool {
        let type = method.declaringType
        switch pattern {
        case .all: return true
        case .program: return type.assembly?.identity.name == programAssembly
        case .assembly(let name): return type.assembly?.identity.name == name
        case .namespace(let namespace):
            let own = type.nesting.namespace
            return own == namespace || own.hasPrefix(namespace + ".")
        case .type(let name): return Self.traceName(type) == name
        case .method(let typeName, let name):
            return (typeName == "*" || Self.traceName(type) == typeName) && (name == "*" || method.name == name)
        }
    }

    /// A type as mono's trace names it: namespace-qualified, nested types after a `/`.
    static func traceName(_ type: RuntimeType) -> String {
        let (namespace, names) = type.nesting
        let name = names.joined(separator: "/")
        return namespace.isEmpty ? name : namespace + "." + name
    }
}

public struct TraceFilterError: Error, CustomStringConvertible {
    public let item: String
    public var reason = "expected all, program, N:Namespace, T:Type, M:Type:Method or an assembly name"
    public var description: String { "bad --trace item '\(item)': \(reason)" }
}
