// The stub of one P/Invoke method: made once, at the first import of a call to it (its
// marshaling plan and ffi_cif), bound to the function at its first call (library and entry point
// resolution), then run by every call through `callNative` (Interop.swift's pinvokeEntry).
//
// A call: each argument's C value is made in a scratch area on the native stack (or is the
// frame slot itself for blittable arguments), ffi_call runs the function, errno is captured for
// SetLastError, out-values are copied back and temporaries freed, and the result is written at
// offset 0 of the frame. Object references the C code sees (array elements, strings' copies are
// not references) stay reachable through the caller's frame, which the collector scans, until
// the call returns. Managed code that runs during the call (SafeHandle reference counts,
// StringBuilder contents, delegates called back) is a call from the runtime.
import CFFI
import IlexMetadata
#if canImport(Glibc)
import Glibc
#endif

final class PInvokeStub {
    unowned let interop: Interop
    let method: RuntimeMethod
    /// The ModuleRef name and the entry point name (ImplMap), and PInvokeAttributes facts.
    let libraryName: String
    let importName: String
    let unicode: Bool
    let exactSpelling: Bool
    let setLastError: Bool
    /// The C function once resolved, or why it cannot be (raised again at every call, as mono).
    var function: UnsafeMutableRawPointer?
    var failure: Interop.ResolutionFailure?

    let cif: UnsafeMutablePointer<ffi_cif>
    let argumentTypes: UnsafeMutablePointer<UnsafeMutablePointer<ffi_type>?>
    let parameters: UnsafeMutableBufferPointer<ParameterPlan>
    let result: ResultMarshal
    /// Scratch layout: the argument pointer array, then 16 bytes per argument, then the result.
    let cellsOffset: Int
    let resultOffset: Int
    let scratchBytes: Int

    /// Managed helpers, resolved when a parameter or the result needs them.
    var addReference: RuntimeMethod?, release: RuntimeMethod?, handleFieldOffset = 0
    var handleReferenceOffset = 0
    var resultType: RuntimeType?, resultConstructor: RuntimeMethod?
    var builderToString: RuntimeMethod?, builderClear: RuntimeMethod?, builderAppend: RuntimeMethod?, builderCapacity: RuntimeMethod?

    // PInvokeAttributes (II.23.1.8).
    static let noMangle: UInt16 = 0x1, charSetMask: UInt16 = 0x6, charSetUnicode: UInt16 = 0x4, supportsLastError: UInt16 = 0x40
    // ParamAttributes (II.23.1.13).
    static let parameterIn: UInt16 = 0x1, parameterOut: UInt16 = 0x2

    /// The stub of a P/Invoke method; or, given `cFunction`, of an internal call a C library
    /// registered (mono_add_internal_call: the C function takes the managed values as they are,
    /// objects as pointers, so every argument is `direct`).
    init(method: RuntimeMethod, interop: Interop, cFunction: UnsafeMutableRawPointer? = nil) throws {
        self.interop = interop
        self.method = method
        let system = interop.runtime.system
        let raw = cFunction != nil
        func unsupported(_ reason: String) -> ImportError {
            ImportError(kind: .notImplemented, method: method.description, ilOffset: nil,
                        reason: (raw ? "the internal call \(method) (a C function) " : "the P/Invoke \(method) ") + reason)
        }
        guard let handle = method.handle, let assembly = method.declaringType.assembly else { throw unsupported("has no metadata") }
        let reader = assembly.reader
        if let cFunction {
            (libraryName, importName, unicode, exactSpelling, setLastError) = ("", method.name, false, true, false)
            function = cFunction
        } else {
            guard let implMap = reader.implMap(of: handle).map(reader.implMap) else { throw unsupported("has no ImplMap row") }
            let attributes = implMap.attributes
            libraryName = reader.moduleReference(implMap.module).name
            importName = implMap.importName.isEmpty ? method.name : implMap.importName
            unicode = attributes & Self.charSetMask == Self.charSetUnicode
            exactSpelling = attributes & Self.noMangle != 0
            setLastError = attributes & Self.supportsLastError != 0
        }
        let signature = try method.signature()
        guard !signature.hasThis || raw else { throw unsupported("is an instance method") }
        guard !signature.isVararg else { throw unsupported("takes variable arguments (__arglist), which Ilex does not marshal yet") }

        // Parameter rows: names, [In]/[Out], MarshalAs.
        var rows: [Int: Parameter] = [:]
        for p in reader.method(handle).parameters { let row = reader.parameter(p); rows[row.sequenceNumber] = row }
        func descriptor(_ sequence: Int) throws -> MarshalDescriptor? {
            guard let row = rows[sequence], let marshal = reader.fieldMarshal(of: row.handle.token) else { return nil }
            return try reader.marshalDescriptor(marshal)
        }

        var plans: [ParameterPlan] = []
        var offset = 0
        if signature.hasThis {
            plans.append(ParameterPlan(marshal: .direct, frameOffset: 0, type: cffi_type_pointer()))
            offset = 8
        }
        for (i, type) in signature.parameterTypes.enumerated() {
            let row = rows[i + 1]
            let what = "parameter \(i + 1)" + (row.map { " '\($0.name)'" } ?? "") + " (\(type))"
            let native = try descriptor(i + 1)
            let (marshal, ffi) = raw ? (.direct, try Self.rawType(type, interop: interop) { unsupported("cannot pass \(what): \($0)") })
                : try Self.plan(for: type, native: native, attributes: row?.attributes ?? 0, unicode: unicode, system: system, interop: interop) {
                    unsupported("cannot marshal \(what)" + (native.map { " as \($0.ilasmText)" } ?? "") + " yet: \($0)")
                }
            plans.append(ParameterPlan(marshal: marshal, frameOffset: offset, type: ffi))
            offset += max(8, (try type.storageSize().size + 7) / 8 * 8)
        }
        let returnNative = try descriptor(0)
        let (result, resultFFI) = raw ? try Self.rawResult(signature.returnType, system: system, interop: interop) { unsupported("cannot return \(signature.returnType): \($0)") }
            : try Self.resultPlan(for: signature.returnType, native: returnNative, unicode: unicode, system: system, interop: interop) {
            unsupported("cannot marshal its return value (\(signature.returnType))" + (returnNative.map { " as \($0.ilasmText)" } ?? "") + " yet: \($0)")
        }
        self.result = result

        parameters = UnsafeMutableBufferPointer.allocate(capacity: plans.count)
        _ = parameters.initialize(from: plans)
        argumentTypes = .allocate(capacity: max(1, plans.count))
        for (i, plan) in plans.enumerated() { argumentTypes[i] = plan.type }
        cif = .allocate(capacity: 1)
        guard ffi_prep_cif(cif, cffi_default_abi(), UInt32(plans.count), resultFFI, argumentTypes) == FFI_OK else {
            throw unsupported("has a signature libffi rejects")
        }
        cellsOffset = (8 * plans.count + 15) / 16 * 16
        resultOffset = cellsOffset + 16 * plans.count
        scratchBytes = resultOffset + max(16, (resultFFI.pointee.size + 15) / 16 * 16)

        // Managed helpers.
        if plans.contains(where: { if case .safeHandle = $0.marshal { true } else { false } }) || { if case .safeHandle = result { true } else { false } }() {
            let safeHandle = try system.corlibType("System.Runtime.InteropServices", "SafeHandle")
            guard let field = try safeHandle.field(named: "handle") else { throw unsupported("needs SafeHandle.handle, which the corlib lacks") }
            handleFieldOffset = field.offset
            addReference = try safeHandle.method(named: "DangerousAddRef")
            release = try safeHandle.method(named: "DangerousRelease")
            guard addReference != nil, release != nil else { throw unsupported("needs SafeHandle.DangerousAddRef/DangerousRelease") }
        }
        if case .safeHandle = result {
            let type = signature.returnType
            guard !type.isAbstract else { throw unsupported("returns the abstract SafeHandle type \(type)") }
            guard let constructor = try type.methods().first(where: { $0.isConstructor && ((try? $0.signature().parameterTypes.isEmpty) ?? false) }) else {
                throw unsupported("returns \(type), which has no parameterless constructor")
            }
            (resultType, resultConstructor) = (type, constructor)
        }
        if plans.contains(where: { if case .handleReference = $0.marshal { true } else { false } }) {
            let handleRef = try system.corlibType("System.Runtime.InteropServices", "HandleRef")
            guard let field = try handleRef.fields().first(where: { $0.storage == .instance && $0.type.primitive == .intPtr }) else {
                throw unsupported("needs HandleRef's handle field")
            }
            handleReferenceOffset = field.offset
        }
        if plans.contains(where: { if case .stringBuilder = $0.marshal { true } else { false } }) {
            let builder = try system.corlibType("System.Text", "StringBuilder")
            let methods = try builder.methods()
            func find(_ name: String, _ parameters: [String]) -> RuntimeMethod? {
                methods.first { $0.name == name && !$0.isStatic && ((try? $0.signature().parameterTypes.map(\.description)) ?? []) == parameters }
            }
            builderToString = find("ToString", [])
            builderClear = find("Clear", [])
            builderAppend = find("Append", ["System.String"])
            builderCapacity = find("get_Capacity", [])
            guard builderToString != nil, builderClear != nil, builderAppend != nil, builderCapacity != nil else {
                throw unsupported("needs StringBuilder methods the corlib lacks")
            }
        }
    }

    // MARK: Plans

    /// How a parameter of `type` crosses; `unsupported` makes the error for what cannot.
    static func plan(for type: RuntimeType, native: MarshalDescriptor?, attributes: UInt16, unicode: Bool, system: TypeSystem, interop: Interop,
                     unsupported: (String) -> ImportError) throws -> (ArgumentMarshal, UnsafeMutablePointer<ffi_type>) {
        let nativeCode: UInt8? = if case .simple(let code) = native { code } else { nil }
        let isIn = attributes & parameterIn != 0, isOut = attributes & parameterOut != 0
        func wide(_ code: UInt8?) throws -> Bool {
            switch code {
            case nil: return unicode
            case Marshaling.nativeLPStr?, Marshaling.nativeLPTStr?, Marshaling.nativeLPUTF8Str?: return false
            case Marshaling.nativeLPWStr?: return true
            default: throw unsupported("a string can be LPStr, LPWStr, LPTStr or LPUTF8Str")
            }
        }
        switch type.kind {
        case .pointer, .functionPointer:
            return (.direct, cffi_type_pointer())
        case .byReference:
            guard let element = type.elementType else { throw unsupported("a byref without element type") }
            if element.primitive == .boolean {
                let size = try nativeCode.map { try booleanSize($0, unsupported) } ?? 4
                return (.booleanByReference(size: size, copyIn: !(isOut && !isIn)), cffi_type_pointer())
            }
            guard try Marshaling.isBlittable(element, in: system) else { throw unsupported("only byrefs of blittable values and bool cross") }
            return (.direct, cffi_type_pointer())
        case .szArray:
            guard let element = type.elementType else { throw unsupported("an array without element type") }
            let blittable = try Marshaling.isBlittable(element, in: system) || (element.primitive == .char && unicode)
            guard blittable else { throw unsupported("only arrays of blittable elements cross (no conversion of elements yet)") }
            if let native, case .array = native {} else if native != nil { throw unsupported("an array crosses as LPArray") }
            return (.array, cffi_type_pointer())
        case .definition:
            break
        default:
            throw unsupported("this kind of type")
        }
        if type.isString {
            return (.string(wide: try wide(nativeCode)), cffi_type_pointer())
        }
        if !type.isValueType {
            if type.namespace == "System.Text", type.name == "StringBuilder", type.assembly === system.corlib {
                return (.stringBuilder(wide: try wide(nativeCode), copyIn: !(isOut && !isIn), copyOut: !(isIn && !isOut)), cffi_type_pointer())
            }
            if type.isDelegate {
                guard nativeCode == nil || nativeCode == Marshaling.nativeFunction else { throw unsupported("a delegate crosses as a function pointer") }
                return (.delegate, cffi_type_pointer())
            }
            if let safeHandle = try? system.corlibType("System.Runtime.InteropServices", "SafeHandle"), try type.isSubclass(of: safeHandle) || type === safeHandle {
                return (.safeHandle, cffi_type_pointer())
            }
            throw unsupported("classes, interfaces and objects other than string, StringBuilder, delegates and SafeHandles do not cross yet")
        }
        if type.namespace == "System.Runtime.InteropServices", type.name == "HandleRef", type.assembly === system.corlib {
            return (.handleReference, cffi_type_pointer())
        }
        if let primitive = type.primitive {
            switch primitive {
            case .boolean:
                let size = try nativeCode.map { try booleanSize($0, unsupported) } ?? 4
                return (.boolean(size: size, variant: nativeCode == Marshaling.nativeVariantBool), Marshaling.integerType(size: size, signed: true))
            case .char:
                let size = try nativeCode.map { code -> Int in
                    guard let size = Marshaling.size(ofNative: code), size <= 2, code != Marshaling.nativeVariantBool else { throw unsupported("a char crosses as 1 or 2 bytes") }
                    return size
                } ?? (unicode ? 2 : 1)
                return (.direct, Marshaling.integerType(size: size, signed: false))
            default:
                try checkSameSize(type, nativeCode, unsupported)
                return (.direct, Marshaling.ffiType(of: primitive)!)
            }
        }
        if type.isEnum, let underlying = try type.underlyingType() {
            try checkSameSize(underlying, nativeCode, unsupported)
            return (.direct, Marshaling.ffiType(of: underlying.primitive!)!)
        }
        guard try Marshaling.isBlittable(type, in: system) else { throw unsupported("only blittable value types cross by value (no field conversion yet)") }
        guard nativeCode == nil || nativeCode == Marshaling.nativeStruct else { throw unsupported("a value type crosses as Struct") }
        return (.direct, try interop.structType(type))
    }

    /// Internal calls implemented in C: values as the engine stores them.
    static func rawType(_ type: RuntimeType, interop: Interop, unsupported: (String) -> ImportError) throws -> UnsafeMutablePointer<ffi_type> {
        if !type.isValueType { return cffi_type_pointer() }
        guard let ffi = try Marshaling.ffiType(of: type, interop: interop) else { throw unsupported("this kind of type") }
        return ffi
    }

    static func rawResult(_ type: RuntimeType, system: TypeSystem, interop: Interop,
                          unsupported: (String) -> ImportError) throws -> (ResultMarshal, UnsafeMutablePointer<ffi_type>) {
        if type === system.wellKnown.void { return (.void, cffi_type_void()) }
        if !type.isValueType { return (.bytes(8), cffi_type_pointer()) }
        var integral = type
        if type.isEnum, let underlying = try type.underlyingType() { integral = underlying }
        if let primitive = integral.primitive {
            switch primitive {
            case .float32: return (.float32, cffi_type_float())
            case .float64: return (.float64, cffi_type_double())
            case .boolean, .uint8, .char, .uint16, .uint32:
                return (.integer(size: RuntimeType.primitiveSize(primitive), signed: false), Marshaling.ffiType(of: primitive)!)
            case .int8, .int16, .int32:
                return (.integer(size: RuntimeType.primitiveSize(primitive), signed: true), Marshaling.ffiType(of: primitive)!)
            default: return (.bytes(8), Marshaling.ffiType(of: primitive)!)
            }
        }
        guard let ffi = try Marshaling.ffiType(of: type, interop: interop) else { throw unsupported("this kind of type") }
        return (.bytes(try type.storageSize().size), ffi)
    }

    static func resultPlan(for type: RuntimeType, native: MarshalDescriptor?, unicode: Bool, system: TypeSystem, interop: Interop,
                           unsupported: (String) -> ImportError) throws -> (ResultMarshal, UnsafeMutablePointer<ffi_type>) {
        let nativeCode: UInt8? = if case .simple(let code) = native { code } else { nil }
        if type === system.wellKnown.void { return (.void, cffi_type_void()) }
        switch type.kind {
        case .pointer, .functionPointer: return (.bytes(8), cffi_type_pointer())
        case .definition: break
        default: throw unsupported("this kind of type")
        }
        if type.isString {
            let wide: Bool
            switch nativeCode {
            case nil: wide = unicode
            case Marshaling.nativeLPStr?, Marshaling.nativeLPTStr?, Marshaling.nativeLPUTF8Str?: wide = false
            case Marshaling.nativeLPWStr?: wide = true
            default: throw unsupported("a string can be LPStr, LPWStr, LPTStr or LPUTF8Str")
            }
            return (.string(wide: wide), cffi_type_pointer())
        }
        if !type.isValueType {
            if let safeHandle = try? system.corlibType("System.Runtime.InteropServices", "SafeHandle"), try type.isSubclass(of: safeHandle) {
                return (.safeHandle, cffi_type_pointer())
            }
            throw unsupported("only string and SafeHandle subclasses come back as objects yet")
        }
        var integral = type
        if type.isEnum, let underlying = try type.underlyingType() { integral = underlying }
        if let primitive = integral.primitive {
            switch primitive {
            case .boolean:
                let size = try nativeCode.map { try booleanSize($0, unsupported) } ?? 4
                return (.boolean(size: size), Marshaling.integerType(size: size, signed: true))
            case .char:
                let size = nativeCode.flatMap(Marshaling.size(ofNative:)).map { min($0, 2) } ?? (unicode ? 2 : 1)
                return (.integer(size: size, signed: false), Marshaling.integerType(size: size, signed: false))
            case .float32: return (.float32, cffi_type_float())
            case .float64: return (.float64, cffi_type_double())
            case .int8, .int16, .int32: 
                try checkSameSize(integral, nativeCode, unsupported)
                return (.integer(size: RuntimeType.primitiveSize(primitive), signed: true), Marshaling.ffiType(of: primitive)!)
            case .uint8, .uint16, .uint32:
                try checkSameSize(integral, nativeCode, unsupported)
                return (.integer(size: RuntimeType.primitiveSize(primitive), signed: false), Marshaling.ffiType(of: primitive)!)
            default:
                try checkSameSize(integral, nativeCode, unsupported)
                return (.bytes(8), Marshaling.ffiType(of: primitive)!)
            }
        }
        guard try Marshaling.isBlittable(type, in: system) else { throw unsupported("only blittable value types come back by value (no field conversion yet)") }
        return (.bytes(try type.storageSize().size), try interop.structType(type))
    }

    private static func booleanSize(_ code: UInt8, _ unsupported: (String) -> ImportError) throws -> Int {
        switch code {
        case Marshaling.nativeBoolean, Marshaling.nativeI4, Marshaling.nativeU4: return 4
        case Marshaling.nativeI1, Marshaling.nativeU1: return 1
        case Marshaling.nativeVariantBool, Marshaling.nativeI2, Marshaling.nativeU2: return 2
        default: throw unsupported("a bool crosses as Bool, I1, U1, VariantBool or a 2/4-byte integer")
        }
    }

    /// A MarshalAs on an integer or float must keep its size (no conversions of numbers).
    private static func checkSameSize(_ type: RuntimeType, _ code: UInt8?, _ unsupported: (String) -> ImportError) throws {
        guard let code, let primitive = type.primitive else { return }
        guard Marshaling.size(ofNative: code) == RuntimeType.primitiveSize(primitive) else {
            throw unsupported("a number crosses as a native type of its own size")
        }
    }

    // MARK: Calls

    /// Runs one call with the arguments in `frame`; the result goes to offset 0.
    @inline(__always)
    func invoke(_ thread: UnsafeMutablePointer<ThreadState>, _ frame: UnsafeMutableRawPointer) -> UInt32 {
        if _slowPath(function == nil), let status = resolve(thread) { return status }
        return withUnsafeTemporaryAllocation(byteCount: scratchBytes, alignment: 16) { buffer in
            call(thread, frame, buffer.baseAddress.unsafelyUnwrapped)
        }
    }

    /// Binds the function, or raises DllNotFoundException / EntryPointNotFoundException.
    private func resolve(_ thread: UnsafeMutablePointer<ThreadState>) -> UInt32? {
        if failure == nil {
            var library = libraryName, entry = importName
            if let mapped = interop.mappedEntry(library: libraryName, name: importName) {
                library = mapped.targetLibrary ?? library
                entry = mapped.target
            }
            library = interop.mappedLibrary(library) ?? library
            let directory = method.declaringType.assembly.map { path -> String in
                let file = path.path
                return file.lastIndex(of: "/").map { String(file[..<$0]) } ?? "."
            }
            do {
                let handle = try interop.loadLibrary(library, assemblyDirectory: directory)
                guard let symbol = Interop.lookUp(entry, in: handle, unicode: unicode, exactSpelling: exactSpelling) else {
                    throw Interop.ResolutionFailure.entryPoint(importName)
                }
                function = symbol
                return nil
            } catch let error as Interop.ResolutionFailure {
                failure = error
            } catch {
                failure = Interop.ResolutionFailure(exceptionType: "System.DllNotFoundException", message: "\(error)")
            }
        }
        return NativeContext(UnsafeMutableRawPointer(thread)).throwException(failure!.exceptionType, message: failure!.message)
    }

    private func call(_ thread: UnsafeMutablePointer<ThreadState>, _ frame: UnsafeMutableRawPointer, _ scratch: UnsafeMutableRawPointer) -> UInt32 {
        let values = scratch.assumingMemoryBound(to: UnsafeMutableRawPointer?.self)
        let cells = scratch + cellsOffset
        var status: UInt32 = 0
        var prepared = 0
        while prepared < parameters.count {
            let plan = parameters[prepared]
            let slot = frame + plan.frameOffset
            let cell = cells + 16 * prepared
            values[prepared] = cell
            switch plan.marshal {
            case .direct:
                values[prepared] = slot
            case .boolean(_, let variant):
                // All 8 bytes: on little-endian the low `size` bytes are the narrower integer.
                let value: Int64 = slot.load(as: UInt8.self) == 0 ? 0 : variant ? -1 : 1
                cell.storeBytes(of: value, as: Int64.self)
            case .booleanByReference(let size, let copyIn):
                let address = slot.load(as: UnsafeMutableRawPointer?.self)
                cell.storeBytes(of: 0, as: UInt64.self)
                if copyIn, let address, address.load(as: UInt8.self) != 0 { Self.storeInteger(1, size: size, at: cell) }
                (cell + 8).storeBytes(of: address == nil ? nil : cell, as: UnsafeMutableRawPointer?.self)
                values[prepared] = cell + 8
            case .string(let wide):
                let string = slot.load(as: UnsafeRawPointer?.self)
                cell.storeBytes(of: string.map { Self.nativeString($0, wide: wide) }, as: UnsafeMutableRawPointer?.self)
            case .stringBuilder(let wide, let copyIn, _):
                cell.storeBytes(of: nil, as: UnsafeMutableRawPointer?.self)
                if let builder = slot.load(as: UnsafeMutableRawPointer?.self) {
                    status = builderBuffer(thread, builder, wide: wide, copyIn: copyIn, into: cell)
                }
            case .array:
                let array = slot.load(as: UnsafeMutableRawPointer?.self)
                cell.storeBytes(of: array.map { $0 + ObjectLayout.arrayDataOffset }, as: UnsafeMutableRawPointer?.self)
            case .safeHandle:
                (cell + 8).storeBytes(of: 0, as: UInt64.self)  // DangerousAddRef's `ref bool success`
                guard let handle = slot.load(as: UnsafeMutableRawPointer?.self) else {
                    status = NativeContext(UnsafeMutableRawPointer(thread)).throwException("System.ArgumentNullException", message: "SafeHandle cannot be null.")
                    break
                }
                status = callManaged(thread, addReference!, [UInt64(UInt(bitPattern: handle)), UInt64(UInt(bitPattern: cell + 8))]).status
                cell.storeBytes(of: handle.load(fromByteOffset: handleFieldOffset, as: UInt.self), as: UInt.self)
            case .handleReference:
                cell.storeBytes(of: slot.load(fromByteOffset: handleReferenceOffset, as: UInt.self), as: UInt.self)
            case .delegate:
                cell.storeBytes(of: nil, as: UnsafeMutableRawPointer?.self)
                if let delegate = slot.load(as: UnsafeMutableRawPointer?.self) {
                    let (pointer, failed) = NativeContext(UnsafeMutableRawPointer(thread)).functionPointer(forDelegate: delegate)
                    cell.storeBytes(of: pointer, as: UnsafeMutableRawPointer?.self)
                    status = failed
                }
            }
            if status != 0 {
                if case .safeHandle = plan.marshal, (cell + 8).load(as: UInt8.self) != 0 { prepared += 1 }  // added: release it
                break
            }
            prepared += 1
        }
        if status == 0 {
            let result = scratch + resultOffset
            if setLastError { errno = 0 }
            ffi_call(cif, unsafeBitCast(function.unsafelyUnwrapped, to: (@convention(c) () -> Void).self), result, values)
            if setLastError { thread.pointee.lastPInvokeError = errno }
            if _slowPath(interop.callbackFailed) {
                interop.callbackFailed = false
                status = interop.callbackStatus
            }
        }
        // Out-values, temporaries, references released (innermost first is not needed: they are independent).
        let failure = status != 0 ? thread.pointee.pendingException : nil
        for i in 0..<prepared {
            let plan = parameters[i]
            let slot = frame + plan.frameOffset
            let cell = cells + 16 * i
            switch plan.marshal {
            case .direct, .boolean, .array, .handleReference, .delegate:
                break
            case .booleanByReference(let size, _):
                if let address = slot.load(as: UnsafeMutableRawPointer?.self) {
                    address.storeBytes(of: Self.loadInteger(cell, size: size, signed: false) != 0 ? 1 : 0, as: UInt8.self)
                }
            case .string:
                free(cell.load(as: UnsafeMutableRawPointer?.self))
            case .stringBuilder(let wide, _, let copyOut):
                guard let buffer = cell.load(as: UnsafeMutableRawPointer?.self) else { break }
                if copyOut, status == 0, let builder = slot.load(as: UnsafeMutableRawPointer?.self) {
                    status = fillBuilder(thread, builder, from: buffer, wide: wide)
                }
                free(buffer)
            case .safeHandle:
                if (cell + 8).load(as: UInt8.self) != 0, let handle = slot.load(as: UnsafeMutableRawPointer?.self) {
                    let released = callManaged(thread, release!, [UInt64(UInt(bitPattern: handle))]).status
                    if status == 0 { status = released }
                }
            }
        }
        if let failure { thread.pointee.pendingException = failure }
        guard status == 0 else { return status }
        return storeResult(thread, frame, scratch + resultOffset)
    }

    private func storeResult(_ thread: UnsafeMutablePointer<ThreadState>, _ frame: UnsafeMutableRawPointer, _ value: UnsafeMutableRawPointer) -> UInt32 {
        switch result {
        case .void:
            break
        case .integer(let size, let signed):
            frame.storeBytes(of: Self.loadInteger(value, size: size, signed: signed), as: Int64.self)
        case .float32:
            frame.storeBytes(of: UInt64(value.load(as: UInt32.self)), as: UInt64.self)
        case .float64:
            frame.storeBytes(of: value.load(as: UInt64.self), as: UInt64.self)
        case .bytes(let size):
            frame.copyMemory(from: value, byteCount: size)
        case .boolean(let size):
            frame.storeBytes(of: Self.loadInteger(value, size: size, signed: false) != 0 ? 1 : 0, as: Int64.self)
        case .string(let wide):
            guard let text = value.load(as: UnsafeMutableRawPointer?.self) else {
                frame.storeBytes(of: 0, as: UInt64.self)
                break
            }
            let string = Self.managedString(NativeContext(UnsafeMutableRawPointer(thread)), from: text, wide: wide)
            free(text)
            guard let string else { return ExecutionStatus.outOfMemory.rawValue }
            frame.storeBytes(of: string, as: UnsafeMutableRawPointer.self)
        case .safeHandle:
            let handle = value.load(as: UInt.self)
            let context = NativeContext(UnsafeMutableRawPointer(thread))
            guard let object = context.allocate(resultType!) else { return ExecutionStatus.outOfMemory.rawValue }
            let status = callManaged(thread, resultConstructor!, [UInt64(UInt(bitPattern: object))]).status
            guard status == 0 else { return status }
            object.storeBytes(of: handle, toByteOffset: handleFieldOffset, as: UInt.self)
            frame.storeBytes(of: object, as: UnsafeMutableRawPointer.self)
        }
        return 0
    }

    // MARK: Helpers

    static func loadInteger(_ address: UnsafeRawPointer, size: Int, signed: Bool) -> Int64 {
        switch size {
        case 1: signed ? Int64(address.load(as: Int8.self)) : Int64(address.load(as: UInt8.self))
        case 2: signed ? Int64(address.load(as: Int16.self)) : Int64(address.load(as: UInt16.self))
        case 4: signed ? Int64(address.load(as: Int32.self)) : Int64(address.load(as: UInt32.self))
        default: address.load(as: Int64.self)
        }
    }

    static func storeInteger(_ value: Int64, size: Int, at address: UnsafeMutableRawPointer) {
        switch size {
        case 1: address.storeBytes(of: Int8(truncatingIfNeeded: value), as: Int8.self)
        case 2: address.storeBytes(of: Int16(truncatingIfNeeded: value), as: Int16.self)
        case 4: address.storeBytes(of: Int32(truncatingIfNeeded: value), as: Int32.self)
        default: address.storeBytes(of: value, as: Int64.self)
        }
    }

    /// A managed call from the stub (SafeHandle, StringBuilder): status 0 or the failure, and the
    /// first 8 bytes of the result.
    func callManaged(_ thread: UnsafeMutablePointer<ThreadState>, _ method: RuntimeMethod, _ arguments: [UInt64]) -> (status: UInt32, result: UInt64) {
        let saved = (thread.pointee.nativeCallee, thread.pointee.nativeCaller)
        defer { (thread.pointee.nativeCallee, thread.pointee.nativeCaller) = saved }
        let (status, frame) = interop.runtime.callManagedReturningFrame(method, arguments)
        guard status == .completed else { return (status.rawValue, 0) }
        return (0, frame?.load(as: UInt64.self) ?? 0)
    }

    /// A malloc'd NUL-terminated copy of a string object: UTF-8 (what mono's LPStr is on Linux) or UTF-16.
    static func nativeString(_ string: UnsafeRawPointer, wide: Bool) -> UnsafeMutableRawPointer {
        let length = Int(string.load(fromByteOffset: ObjectLayout.stringLengthOffset, as: Int32.self))
        let chars = (string + ObjectLayout.stringCharsOffset).assumingMemoryBound(to: UInt16.self)
        return nativeText(UnsafeBufferPointer(start: chars, count: length), wide: wide, minimumBytes: 0)
    }

    static func nativeText(_ units: UnsafeBufferPointer<UInt16>, wide: Bool, minimumBytes: Int) -> UnsafeMutableRawPointer {
        if wide {
            let bytes = max(minimumBytes, 2 * (units.count + 1))
            let buffer = malloc(bytes)!
            buffer.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
            if let base = units.baseAddress { buffer.copyMemory(from: base, byteCount: 2 * units.count) }
            return buffer
        }
        var count = 0
        transcodeToUTF8(units) { _ in count += 1 }
        let bytes = max(minimumBytes, count + 1)
        let buffer = malloc(bytes)!.assumingMemoryBound(to: UInt8.self)
        buffer.initialize(repeating: 0, count: bytes)
        var i = 0
        transcodeToUTF8(units) { buffer[i] = $0; i += 1 }
        return UnsafeMutableRawPointer(buffer)
    }

    /// UTF-16 to UTF-8; an unpaired surrogate becomes U+FFFD.
    @inline(__always)
    static func transcodeToUTF8(_ units: UnsafeBufferPointer<UInt16>, _ emit: (UInt8) -> Void) {
        var i = 0
        while i < units.count {
            var scalar = UInt32(units[i])
            i += 1
            if scalar >= 0xD800 && scalar < 0xDC00, i < units.count, units[i] >= 0xDC00 && units[i] < 0xE000 {
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(units[i]) - 0xDC00)
                i += 1
            } else if scalar >= 0xD800 && scalar < 0xE000 {
                scalar = 0xFFFD
            }
            switch scalar {
            case 0..<0x80: emit(UInt8(scalar))
            case 0x80..<0x800:
                emit(UInt8(0xC0 | scalar >> 6)); emit(UInt8(0x80 | scalar & 0x3F))
            case 0x800..<0x10000:
                emit(UInt8(0xE0 | scalar >> 12)); emit(UInt8(0x80 | scalar >> 6 & 0x3F)); emit(UInt8(0x80 | scalar & 0x3F))
            default:
                emit(UInt8(0xF0 | scalar >> 18)); emit(UInt8(0x80 | scalar >> 12 & 0x3F))
                emit(UInt8(0x80 | scalar >> 6 & 0x3F)); emit(UInt8(0x80 | scalar & 0x3F))
            }
        }
    }

    /// The UTF-16 units of a NUL-terminated native string (UTF-8 or UTF-16), at most `limit`.
    static func units(of text: UnsafeRawPointer, wide: Bool, limit: Int = Int.max) -> [UInt16] {
        if wide {
            var units: [UInt16] = []
            var p = text.assumingMemoryBound(to: UInt16.self)
            while p.pointee != 0 && units.count < limit { units.append(p.pointee); p += 1 }
            return units
        }
        let bytes = UnsafeBufferPointer(start: text.assumingMemoryBound(to: UInt8.self), count: strlen(text.assumingMemoryBound(to: CChar.self)))
        return Array(String(decoding: bytes, as: UTF8.self).utf16.prefix(limit))
    }

    /// A new string object with the text of a native string.
    static func managedString(_ context: NativeContext, from text: UnsafeRawPointer, wide: Bool, limit: Int = Int.max) -> UnsafeMutableRawPointer? {
        let units = units(of: text, wide: wide, limit: limit)
        guard let string = context.allocateString(length: units.count) else { return nil }
        for (i, unit) in units.enumerated() { string.storeBytes(of: unit, toByteOffset: ObjectLayout.stringCharsOffset + 2 * i, as: UInt16.self) }
        return string
    }

    /// A StringBuilder's buffer (mono: its capacity, at least its text plus NUL), stored in `cell`.
    private func builderBuffer(_ thread: UnsafeMutablePointer<ThreadState>, _ builder: UnsafeMutableRawPointer, wide: Bool, copyIn: Bool,
                               into cell: UnsafeMutableRawPointer) -> UInt32 {
        let target = UInt64(UInt(bitPattern: builder))
        let (status, capacityBits) = callManaged(thread, builderCapacity!, [target])
        guard status == 0 else { return status }
        let capacity = Int(Int32(truncatingIfNeeded: capacityBits))
        var text: UnsafeRawPointer?
        if copyIn {
            let (status, string) = callManaged(thread, builderToString!, [target])
            guard status == 0 else { return status }
            text = UnsafeRawPointer(bitPattern: UInt(string))
        }
        // No allocation between reading the string and copying it: it is not rooted.
        let length = text.map { Int($0.load(fromByteOffset: ObjectLayout.stringLengthOffset, as: Int32.self)) } ?? 0
        let chars = text.map { ($0 + ObjectLayout.stringCharsOffset).assumingMemoryBound(to: UInt16.self) }
        let buffer = Self.nativeText(UnsafeBufferPointer(start: chars, count: length), wide: wide, minimumBytes: wide ? 2 * (capacity + 1) : capacity + 1)
        cell.storeBytes(of: buffer, as: UnsafeMutableRawPointer.self)
        return 0
    }

    /// Replaces a StringBuilder's text with a native buffer's (at most its capacity, as mono).
    private func fillBuilder(_ thread: UnsafeMutablePointer<ThreadState>, _ builder: UnsafeMutableRawPointer, from buffer: UnsafeRawPointer, wide: Bool) -> UInt32 {
        let target = UInt64(UInt(bitPattern: builder))
        let (status, capacityBits) = callManaged(thread, builderCapacity!, [target])
        guard status == 0 else { return status }
        let cleared = callManaged(thread, builderClear!, [target]).status
        guard cleared == 0 else { return cleared }
        // Made after Clear (which may allocate), so nothing collects before Append's frame holds it.
        guard let string = Self.managedString(NativeContext(UnsafeMutableRawPointer(thread)), from: buffer, wide: wide,
                                              limit: Int(Int32(truncatingIfNeeded: capacityBits))) else {
            return ExecutionStatus.outOfMemory.rawValue
        }
        return callManaged(thread, builderAppend!, [target, UInt64(UInt(bitPattern: string))]).status
    }
}
