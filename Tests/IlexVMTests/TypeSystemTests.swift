// The type system against the BCL and against mono: every type of the main BCL assemblies loads
// (layout, statics, vtable, interface map, MethodTable); C# oracle programs in
// Programs/TypeSystem print "query = answer" lines on mono (checked in as NAME.expected) and Ilex
// must give the same answers from its own layouts, dispatch and casting; invalid types fail with
// TypeLoadException reasons; loading is lazy.
import Foundation
import XCTest
import IlexVM
import IlexTestSupport

final class TypeSystemTests: XCTestCase {
    private static let programs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Programs")

    private func typeSystem(programDirectory: String? = nil) throws -> TypeSystem {
        guard FileManager.default.fileExists(atPath: AssemblyResolver.monoDirectory + "/mscorlib.dll") else {
            throw XCTSkip("Mono's class library is not installed (run scripts/setup.sh)")
        }
        return try TypeSystem(loader: AssemblyLoader(resolver: .standard(programDirectory: programDirectory)))
    }

    func testEveryTypeOfTheMainBCLAssembliesLoads() throws {
        let system = try typeSystem()
        var failures: [String] = []
        var loaded = 0
        for name in ["mscorlib", "System", "System.Core", "System.Xml"] {
            let assembly = try system.loader.load(path: AssemblyResolver.monoDirectory + "/\(name).dll")
            for handle in assembly.reader.typeDefinitions {
                let type = system.definitionType(handle, in: assembly)
                do {
                    try type.load()
                    loaded += 1
                } catch {
                    failures.append("\(type): \(error)")
                }
            }
        }
        XCTAssertEqual(failures, [], "\(failures.count) types failed")
        XCTAssertGreaterThan(loaded, 7000)

        // Instantiations, including nested and recursive generic arguments.
        let corlib = [system.corlib, try system.loader.load(AssemblyIdentity(name: "System")), try system.loader.load(AssemblyIdentity(name: "System.Core"))]
        for name in ["System.Collections.Generic.List`1[System.Int32]",
                     "System.Collections.Generic.Dictionary`2[System.String,System.Collections.Generic.List`1[System.Double]]",
                     "System.Nullable`1[System.DateTime]", "System.Collections.Generic.KeyValuePair`2[System.Int32,System.String][]",
                     "System.Collections.Generic.HashSet`1[System.Decimal]", "System.Int32[,]", "System.String[][]",
                     "System.Collections.Generic.SortedDictionary`2[System.Guid,System.Object]",
                     "System.Collections.Generic.LinkedList`1[System.Collections.Generic.LinkedListNode`1[System.Int64]]",
                     "System.Func`3[System.Int32,System.String,System.Boolean]", "System.Lazy`1[System.IO.Stream]",
                     "System.Collections.Generic.IEnumerable`1[System.Char]", "System.Byte*", "System.Int32&"] {
            let type = try system.type(named: name, searching: corlib)
            XCTAssertEqual(type.description, name)
            XCTAssertNoThrow(try type.load(), name)
        }
        let nullableDate = try system.type(named: "System.Nullable`1[System.DateTime]", searching: corlib)
        XCTAssertEqual(try nullableDate.instanceSize(), 16)
        XCTAssertTrue(try nullableDate.methodTable().flags.contains(.nullable))
        // Constraints are recorded: Nullable<T> where T : struct (a System.ValueType constraint).
        XCTAssertEqual(try system.wellKnown.nullable.genericParameterConstraints().map { $0.map(\.description) }, [["System.ValueType"]])
        let listOfInt = try system.type(named: "System.Collections.Generic.List`1[System.Int32]", searching: corlib)
        XCTAssertEqual(try listOfInt.field(named: "_items")?.type.description, "System.Int32[]")
        XCTAssertEqual(try listOfInt.virtualTable().count, try listOfInt.genericDefinition!.virtualTable().count)
    }

    /// The object model seen by Mono's corlib (String, Array/RawData) and by the engine.
    func testObjectModelMatchesMonosCorlib() throws {
        let system = try typeSystem()
        let string = system.wellKnown.string
        XCTAssertEqual(try string.field(named: "_stringLength")?.offset, ObjectLayout.stringLengthOffset)
        XCTAssertEqual(try string.field(named: "_firstChar")?.offset, ObjectLayout.stringCharsOffset)
        XCTAssertEqual(try string.methodTable().componentSize, 2)
        let rawData = try system.type(named: "System.Array+RawData", searching: [system.corlib])
        XCTAssertEqual(try rawData.field(named: "Bounds")?.offset, ObjectLayout.arrayBoundsOffset)
        XCTAssertEqual(try rawData.field(named: "Count")?.offset, ObjectLayout.arrayLengthOffset)
        XCTAssertEqual(try rawData.field(named: "Data")?.offset, ObjectLayout.arrayDataOffset)
        let doubles = try system.szArray(of: system.primitive(.float64))
        let table = try doubles.methodTable()
        XCTAssertEqual(table.baseSize, ObjectLayout.arrayDataOffset)
        XCTAssertEqual(table.componentSize, 8)
        XCTAssertEqual(table.parent, try system.wellKnown.array.methodTable())
        XCTAssertEqual(table.element, try system.primitive(.float64).methodTable())
        XCTAssertTrue(table.runtimeType === doubles)
        // Every slot of the raw vtable is the descriptor of the method in the loader's vtable.
        let vtable = try doubles.virtualTable()
        XCTAssertEqual(table.vtableCount, vtable.count)
        for (slot, method) in vtable.enumerated() {
            XCTAssertTrue(MethodDescriptorLayout.method(of: table.vtableSlot(slot)) === method)
        }
        // Interface dispatch through the raw map: IList<double>.get_Item on double[].
        let ilist = try system.instantiate(system.wellKnown.arrayGenericInterfaces[0], with: [system.primitive(.float64)])
        let slots = try XCTUnwrap(table.interfaceSlots(for: ilist.methodTable()))
        let getItem = try XCTUnwrap(ilist.virtualTable().first { $0.name == "get_Item" })
        let target = MethodDescriptorLayout.method(of: slots[getItem.slot])
        XCTAssertEqual(target.name, "InternalArray__get_Item")
        XCTAssertEqual(target.methodArguments.map(\.description), ["System.Double"])
        // Static storage with reference map, an RVA static's bytes copied from the image.
        let empty = try XCTUnwrap(string.field(named: "Empty"))
        XCTAssertEqual(empty.storage, .static)
        XCTAssertNotNil(try string.methodTable().statics)
        XCTAssertTrue(system.staticRoots.contains { $0.referenceOffsets.contains(empty.offset) })
    }

    func testLoadingIsLazy() throws {
        let system = try typeSystem()
        XCTAssertEqual(system.counters.typesLoaded, 0, "creating the well-known types loads none of them")
        XCTAssertEqual(system.loader.loadedAssemblies.map(\.identity.name), ["mscorlib"])
        let list = try system.type(named: "System.Collections.Generic.List`1[System.String]", searching: [system.corlib])
        try list.load()
        XCTAssertLessThan(system.counters.typesLoaded, 60, "List<string> pulls in its parent, interfaces, fields' types")
        XCTAssertLessThan(system.counters.typesCreated, 400)
    }

    // MARK: Oracle programs

    /// Compiles each Programs/TypeSystem/*.cs, checks its checked-in expected output against
    /// mono (when installed), then answers every query line with Ilex's type system.
    func testOracleProgramsAgreeWithMono() throws {
        guard isToolInstalled("mcs") else { throw XCTSkip("mcs is not installed (run scripts/setup.sh)") }
        let folder = Self.programs.appendingPathComponent("TypeSystem")
        let sources = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".cs") }.sorted()
        XCTAssertGreaterThanOrEqual(sources.count, 3)
        let scratch = try temporaryDirectory("typesystem")
        defer { try? FileManager.default.removeItem(at: scratch) }
        var answered = 0
        for source in sources {
            let name = String(source.dropLast(3))
            let exe = scratch.appendingPathComponent(name + ".exe").path
            try compile(folder.appendingPathComponent(source).path, to: exe, options: "-unsafe")
            let expected = try String(contentsOf: folder.appendingPathComponent(name + ".expected"), encoding: .utf8)
            if isToolInstalled("mono") {
                let (status, output) = runCommand("mono '\(exe)'")
                XCTAssertEqual(status, 0, "\(name) on mono")
                XCTAssertEqual(output, expected, "\(name).expected is not what mono prints")
            }
            let system = try typeSystem(programDirectory: scratch.path)
            let program = try system.loader.load(path: exe)
            let searched = [program, system.corlib, try system.loader.load(AssemblyIdentity(name: "System")),
                            try system.loader.load(AssemblyIdentity(name: "System.Core"))]
            var mismatches: [String] = []
            for line in expected.split(separator: "\n").map(String.init) where !line.isEmpty {
                let answer: String
                do {
                    answer = try TypeQuery.answer(line, system: system, searching: searched)
                } catch {
                    answer = "error: \(error)"
                }
                if answer != line { mismatches.append("mono: \(line)\nilex: \(answer)") }
                answered += 1
            }
            XCTAssertTrue(mismatches.isEmpty, "\(name): \(mismatches.count) answers differ from mono:\n" + mismatches.joined(separator: "\n"))
        }
        print("type system oracle: \(answered) answers checked against mono")
    }

    // MARK: Invalid types

    func testInvalidTypesFailWithTypeLoadException() throws {
        guard isToolInstalled("ilasm") else { throw XCTSkip("ilasm is not installed (run scripts/setup.sh)") }
        let scratch = try temporaryDirectory("badtypes")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let dll = scratch.appendingPathComponent("BadTypes.dll").path
        try compile(Self.programs.appendingPathComponent("BadTypes.il").path, to: dll, options: "-dll")
        let system = try typeSystem(programDirectory: scratch.path)
        let assembly = try system.loader.load(path: dll)
        let cases: [(String, String)] = [
            ("CycleA", "depends on itself"),
            ("DerivesFromSealed", "is sealed"),
            ("MissingInterfaceMethod", "does not have an implementation"),
            ("ConcreteWithAbstract", "does not have an implementation"),
            ("OverlappedReference", "overlapped by a non-object field"),
            ("MisalignedReference", "incorrectly aligned"),
            ("OverridesFinal", "overrides the final method"),
            ("BadPacking", "packing size"),
        ]
        for (name, reason) in cases {
            let type = try system.type(named: name, searching: [assembly])
            XCTAssertThrowsError(try type.load(), name) { error in
                XCTAssertTrue(error is TypeLoadError, "\(name): \(error)")
                XCTAssertTrue("\(error)".contains(reason), "\(name): \(error)")
            }
            // A failed type fails the same way again, without crashing.
            XCTAssertThrowsError(try type.load(), name)
        }
        XCTAssertNoThrow(try system.type(named: "AliasedReferences", searching: [assembly]).load())
    }
}

/// Parses one oracle line's query and prints the line Ilex would print for it.
enum TypeQuery {
    static func answer(_ line: String, system: TypeSystem, searching: [LoadedAssembly]) throws -> String {
        guard let equals = line.range(of: " = ", options: .backwards) else { throw QueryError("no ' = ' in the line") }
        let query = String(line[..<equals.lowerBound])
        func type(_ name: String) throws -> RuntimeType { try system.type(named: name, searching: searching) }
        let words = query.split(separator: " ", maxSplits: 1).map(String.init)
        guard words.count == 2 else { throw QueryError("no query") }
        let result: String
        switch words[0] {
        case "sizeof":
            result = String(try type(words[1]).instanceSize())
        case "offset":
            let (typeName, fieldName) = try splitMember(words[1])
            guard let field = try type(typeName).field(named: fieldName) else { throw QueryError("no field \(fieldName)") }
            result = String(field.offset)
        case "cast":
            let parts = words[1].components(separatedBy: " -> ")
            guard parts.count == 2 else { throw QueryError("expected A -> B") }
            result = try type(parts[0]).isAssignable(to: type(parts[1])) ? "True" : "False"
        case "call":
            guard let space = words[1].firstIndex(of: " ") else { throw QueryError("expected OBJECT TYPE::METHOD") }
            let object = try type(String(words[1][..<space]))
            let (declaringName, methodName) = try splitMember(String(words[1][words[1].index(after: space)...]))
            let declaring = try type(declaringName)
            guard let method = try declaring.methods().first(where: { $0.name == methodName && $0.isVirtual })
                    ?? declaring.methods().first(where: { $0.name == methodName }) else {
                throw QueryError("no method \(methodName) on \(declaring)")
            }
            let target = try object.resolveVirtual(method)
            result = "\(target.declaringType)::\(target.name)"
        default:
            throw QueryError("unknown query \(words[0])")
        }
        return query + " = " + result
    }

    private static func splitMember(_ text: String) throws -> (String, String) {
        guard let separator = text.range(of: "::", options: .backwards) else { throw QueryError("expected TYPE::MEMBER") }
        return (String(text[..<separator.lowerBound]), String(text[separator.upperBound...]))
    }

    struct QueryError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
