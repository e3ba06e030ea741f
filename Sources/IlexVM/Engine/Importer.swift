// The importer (DESIGN.md §4): one pass over a method's IL that simulates the evaluation stack
// with ECMA stack types (III.1.5), gives every argument, local and stack position a frame offset,
// resolves tokens, and emits typed IR. Invalid IL (stack underflow or overflow, operand types that
// do not fit the instruction, stack shapes that differ where control flow merges, bad tokens) is
// an InvalidProgramException naming the method and IL offset. Instructions the engine does not run
// yet are a NotImplementedException naming the opcode: never a silent guess.

/// Why a method could not be imported; the engine raises the managed exception of that name.
public struct ImportError: Error, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case invalidProgram = "System.InvalidProgramException"
        case notImplemented = "System.NotImplementedException"
    }
    public let kind: Kind
    public let method: String
    public let ilOffset: Int?
    public let reason: String
    public var description: String { "\(kind.rawValue): \(managedMessage)" }
}

extension ImportError: ManagedExceptionMapping {
    public var managedExceptionType: String { kind.rawValue }
    public var managedMessage: String {
        let at = ilOffset.map { " at IL_" + String($0, radix: 16).leftPadded(to: 4) } ?? ""
        return "\(reason) in \(method)\(at)"
    }
}

/// ECMA-335 stack types (III.1.5), with int32 and float32 tracked apart as mono does.
enum StackKind: Equatable {
    case int32, int64, nativeInt, float32, float64, object, byReference, valueType
    /// Where paths merge with different kinds in one place (an int32 and a reference): only pop
    /// may take it (mono accepts such code; a verifier's merge leaves it unusable).
    case unusable

    var name: String {
        switch self {
        case .int32: "int32"
        case .int64: "int64"
        case .nativeInt: "native int"
        case .float32: "float32"
        case .float64: "float64"
        case .object: "O"
        case .byReference: "&"
        case .valueType: "value type"
        case .unusable: "a value of different types on merging paths"
        }
    }
}

struct StackEntry: Equatable {
    var kind: StackKind
    /// Where the value is read from: its own slot, or (an alias) the local or argument it was
    /// loaded from, read in place until an instruction needs it in its slot (materialize).
    var offset: Int
    var size: Int
    /// The exact type for value types, objects and byrefs (verification, calls); nil for numbers.
    var type: RuntimeType?
    /// The entry's own place among the evaluation-stack slots.
    var slot: Int
    /// A constant (ldc) not yet written anywhere: its slot bits. Instructions with an immediate
    /// form take it as an operand; pop() writes it into the slot for the others.
    var constant: UInt64?

    init(kind: StackKind, offset: Int, size: Int, type: RuntimeType?, slot: Int? = nil) {
        (self.kind, self.offset, self.size, self.type, self.slot) = (kind, offset, size, type, slot ?? offset)
    }

    var isAlias: Bool { offset != slot }
    /// Not (yet) in its slot: an alias or a constant.
    var isDeferred: Bool { offset != slot || constant != nil }

    /// Shapes agree at merge points by kind and place; references and byrefs may differ in type
    /// (III.1.8.1.3 merges them to a common supertype, which the verifier will compute).
    static func == (a: StackEntry, b: StackEntry) -> Bool {
        let pointerLike: Set<StackKind> = [.byReference, .nativeInt]
        // Unverifiable code (fixed statements) merges a managed pointer with a native int.
        let kindsAgree = a.kind == b.kind || (pointerLike.contains(a.kind) && pointerLike.contains(b.kind))
        return kindsAgree && a.offset == b.offset && a.slot == b.slot && a.size == b.size
            && (a.kind == .object || pointerLike.contains(a.kind) || a.type === b.type)
    }

    /// The shape where two paths meet: entries that disagree in kind but not in place or size
    /// become unusable; nil when the shapes cannot merge.
    static func merged(_ a: [StackEntry], _ b: [StackEntry]) -> [StackEntry]? {
        guard a.count == b.count else { return nil }
        var result = a
        for i in a.indices where a[i] != b[i] {
            guard a[i].offset == b[i].offset, a[i].size == b[i].size, a[i].kind != .valueType, b[i].kind != .valueType else { return nil }
            result[i].kind = .unusable
            result[i].type = nil
        }
        return result
    }
}

struct Importer {
    let method: RuntimeMethod
    let system: TypeSystem
    let assembly: LoadedAssembly
    let body: MethodBody
    let context: GenericContext

    private var code: [UInt32] = []
    private var stack: [StackEntry] = []
    private var stackBase = 0
    private var frameSize = 0
    private var arguments: [(offset: Int, type: RuntimeType)] = []
    private var locals: [(offset: Int, type: RuntimeType)] = []
    private var ilToIR: [Int: Int] = [:]
    private var ilOffsets: [(ir: Int, il: Int)] = []
    /// The stack-trace IL offset of each instruction (ImportedMethod.traceOffsets).
    private var traceOffsets: [Int] = []
    /// Stack shapes expected at branch targets, by IL offset.
    private var shapes: [Int: [StackEntry]] = [:]
    /// IR words holding an IL branch target, patched at the end.
    private var fixups: [(word: Int, target: Int)] = []
    private var currentOffset = 0
    private var returnType: RuntimeType
    /// beforefieldinit types whose statics the method touches (initialized in its prologue).
    private var prologueInitializers: [RuntimeType] = []
    /// The hidden slot keeping the localloc mark, once the method uses localloc.
    private var locallocMarkSlot: Int?
    /// Per exception clause: its hidden exception slot (catch, filter) or -1.
    private var exceptionSlots: [Int] = []
    /// The runtime whose heap holds string literals (nil when only printing IR of a method).
    let runtime: Runtime?
    /// Prefixes seen before the current instruction (III.2).
    var readonlyPrefix = false
    /// The type of a `constrained.` prefix (III.2.1), for the callvirt after it.
    var constrainedType: RuntimeType?
    /// A `tail.` prefix (III.2.4) before the current call.
    var tailPrefix = false
    /// Frame offsets of arguments and locals whose address is taken (ldarga/ldloca): never aliased.
    private var addressTaken: Set<Int> = []
    /// IL offsets control flow reaches other than by falling through (branch targets, handlers).
    private var branchTargets: Set<Int> = []
    /// The instruction just imported made a new stack entry that a following stloc may retarget.
    private var lastProducer: Producer?
    /// What the previous instruction produced (lastProducer as the current instruction started),
    /// for folds with it: ldflda into a following ldfld/ldflda, ldlen into conv.i4.
    private var previousProducer: Producer?
    /// A vararg method's handle slot (after its required arguments), which `arglist` yields.
    private var varargHandleOffset: Int?
    /// The frame area where vararg call sites put their extra arguments (VarargLayout).
    private var varargAreaOffset = 0
    /// Whether the method uses localloc (tail calls would release its memory early).
    private var usesLocalloc = false
    /// --trace matches this method: its prologue prints the entry, each return the exit.
    private lazy var isTraced = runtime?.isTraced(method) == true
    /// IL offset of the instruction after the current one (a `tail.` call must be followed by ret).
    private var nextInstructionIsReturn = false
    /// Set when this importer inlines its method into a caller (Inlining below): the offset of
    /// the caller's frame where the arguments are, and how many inlined calls enclose it.
    private var inlineFrameBase: Int?
    private var inlineDepth = 0
    /// Inlined: arguments read where the caller's stack has them (one of its variables, or a
    /// constant), by argument index, for arguments the body never stores to or takes the address of.
    private var argumentBindings: [Int: StackEntry] = [:]
    /// Whether the method has a loop. Code without one runs a few times (most of start-up: type
    /// initializers, set-up paths), where importing each callee again would cost more than the
    /// calls: only the smallest callees (accessors) are inlined there. An inlined body has its
    /// caller's.
    private var hasLoop = true

    init(method: RuntimeMethod, system: TypeSystem, runtime: Runtime?) throws {
        guard let assembly = method.declaringType.assembly, let handle = method.handle else {
            throw ImportError(kind: .notImplemented, method: method.description, ilOffset: nil, reason: "runtime-provided methods are not supported yet")
        }
        guard let body = try assembly.reader.methodBody(handle) else {
            let what = method.implFlags.contains(.internalCall) ? "the internal call" : method.flags.contains(.pinvokeImpl) ? "the P/Invoke" : "the method without IL body"
            throw ImportError(kind: .notImplemented, method: method.description, ilOffset: nil, reason: "\(what) \(method) is not implemented by Ilex yet")
        }
        try self.init(method: method, body: body, assembly: assembly, system: system, runtime: runtime)
    }

    private init(method: RuntimeMethod, body: MethodBody, assembly: LoadedAssembly, system: TypeSystem, runtime: Runtime?) throws {
        self.method = method
        self.system = system
        self.runtime = runtime
        self.assembly = assembly
        self.body = body
        context = method.genericContext
        returnType = try method.signature().returnType
    }

    // MARK: Errors

    private func invalid(_ reason: String) -> ImportError {
        ImportError(kind: .invalidProgram, method: method.description, ilOffset: currentOffset, reason: reason)
    }

    /// A token that does not resolve: what is missing keeps its own error (a MissingMethodException,
    /// TypeLoadException or FileNotFoundException when the program runs); anything else is invalid IL.
    private func resolutionFailure(_ error: Error) -> Error {
        error is ManagedExceptionMapping ? error : invalid("\(error)")
    }

    private func unsupported(_ reason: String) -> ImportError {
        ImportError(kind: .notImplemented, method: method.description, ilOffset: currentOffset, reason: reason)
    }

    // MARK: Types and slots

    /// The stack kind of a value of `type` once loaded (small integers widen to int32).
    private func stackKind(of type: RuntimeType) -> StackKind {
        switch type.signatureElementType {
        case .boolean, .char, .int8, .uint8, .int16, .uint16, .int32, .uint32: return .int32
        case .int64, .uint64: return .int64
        case .intPtr, .uintPtr, .pointer, .functionPointer: return .nativeInt
        case .float32: return .float32
        case .float64: return .float64
        case .byReference: return .byReference
        case .typedReference: return .valueType
        case .valueType:
            if let underlying = try? type.underlyingType() { return stackKind(of: underlying) }
            return .valueType
        default: return .object
        }
    }

    private static func slotSize(_ bytes: Int) -> Int { max(8, (bytes + 7) / 8 * 8) }

    private func storageSize(of type: RuntimeType) throws -> Int {
        Self.slotSize(try type.storageSize().size)
    }

    /// The slot the next pushed entry takes.
    private var nextSlot: Int { stack.last.map { $0.slot + $0.size } ?? stackBase }

    private mutating func push(_ kind: StackKind, size: Int = 8, type: RuntimeType? = nil) -> StackEntry {
        let offset = nextSlot
        let entry = StackEntry(kind: kind, offset: offset, size: size, type: type)
        stack.append(entry)
        frameSize = max(frameSize, offset + size)
        return entry
    }

    private mutating func push(valueOf type: RuntimeType) throws -> StackEntry {
        let kind = stackKind(of: type)
        if kind == .valueType {
            return push(kind, size: try storageSize(of: type), type: type)
        }
        return push(kind, type: kind == .object || kind == .byReference ? type : nil)
    }

    /// The top entry, a constant written into its slot first (aliases are read where they are).
    private mutating func pop() throws -> StackEntry {
        var entry = try popAllowingConstant()
        if let constant = entry.constant { emitConstant(constant, kind: entry.kind, into: entry.slot); entry.constant = nil }
        return entry
    }

    /// The top entry as it is, for instructions that take a constant as an immediate operand.
    private mutating func popAllowingConstant() throws -> StackEntry {
        guard let entry = stack.popLast() else { throw invalid("stack underflow") }
        return entry
    }

    /// Pushes a constant with the bits it has in a slot (int32 sign-extended, float32 in the low half).
    private mutating func pushConstant(_ bits: UInt64, kind: StackKind) {
        var entry = push(kind)
        entry.constant = bits
        stack[stack.count - 1] = entry
    }

    private mutating func emitConstant(_ bits: UInt64, kind: StackKind, into offset: Int) {
        if kind == .float32 || (kind == .int32 && Int64(bitPattern: bits) == Int64(Int32(truncatingIfNeeded: Int64(bitPattern: bits)))) {
            emit(kind == .float32 ? .ldcR4 : .ldcI4, [offset, Int(UInt32(truncatingIfNeeded: bits))])
        } else {
            emit(.ldcI8, [offset])
            emit64(bits)
        }
    }

    // MARK: Emitting

    private mutating func emit(_ op: IROp, _ operands: [Int] = []) {
        code.append(UInt32(op.rawValue))
        for operand in operands { code.append(UInt32(truncatingIfNeeded: operand)) }
    }

    private mutating func emitBranch(_ op: IROp, _ operands: [Int], target: Int) throws {
        try recordShape(at: target)
        emit(op, operands + [0])
        fixups.append((code.count - 1, target))
    }

    private mutating func emit64(_ value: UInt64) {
        code.append(UInt32(truncatingIfNeeded: value))
        code.append(UInt32(truncatingIfNeeded: value >> 32))
    }

    /// Copies a value of `size` bytes between frame offsets.
    private mutating func emitMove(to destination: Int, from source: Int, size: Int) {
        guard destination != source else { return }
        switch size {
        case ...8: emit(.move8, [destination, source])
        case ...32:
            // A few 8-byte moves, in the order overlapping ranges need (frame values are 8-byte multiples).
            let chunks = (size + 7) / 8
            for i in destination > source ? Array((0..<chunks).reversed()) : Array(0..<chunks) {
                emit(.move8, [destination + 8 * i, source + 8 * i])
            }
        default: emit(.moveN, [destination, source, size])
        }
    }

    /// Stores a stack value into a local or argument slot of `type`, narrowing small integers.
    private mutating func emitStore(_ value: StackEntry, to offset: Int, type: RuntimeType) throws {
        try checkAssignable(value, to: type)
        if let conversion = storeConversion(of: value, to: type) {
            emitConversion(to: offset, from: value.offset, conversion)
        } else {
            emitMove(to: offset, from: value.offset, size: value.size)
        }
    }

    /// One conversion: an instruction of its own for the common ones, else the general `conv`.
    /// Returns the number of operands emitted.
    @discardableResult
    private mutating func emitConversion(to destination: Int, from source: Int, _ code: ConversionCode) -> Int {
        if let op = Self.specializedConversion(code) {
            emit(op, [destination, source])
            return 2
        }
        emit(.conv, [destination, source, Int(code.word)])
        return 3
    }

    /// The implicit conversion of a stack value stored as `type` (III.1.6): small integers are
    /// truncated, and an F value changes between float32 and float64 to the location's size.
    private func storeConversion(of value: StackEntry, to type: RuntimeType) -> ConversionCode? {
        switch (value.kind, stackKind(of: type)) {
        case (.float64, .float32): return ConversionCode(source: .r8, target: .r4, checked: false, unsignedSource: false)
        case (.float32, .float64): return ConversionCode(source: .r4, target: .r8, checked: false, unsignedSource: false)
        default: return narrowingTarget(type).map { ConversionCode(source: .i4, target: $0, checked: false, unsignedSource: false) }
        }
    }

    /// Converts a value to what a location of `type` holds (arguments, return values), in its
    /// slot; returns the entry as it then is (an alias converts into its own slot).
    @discardableResult
    private mutating func emitConversionInPlace(_ value: StackEntry, to type: RuntimeType) -> StackEntry {
        guard let conversion = storeConversion(of: value, to: type) else { return value }
        emitConversion(to: value.slot, from: value.offset, conversion)
        var converted = value
        converted.offset = value.slot
        return converted
    }

    private func narrowingTarget(_ type: RuntimeType) -> ConversionCode.Target? {
        switch (try? type.underlyingType())?.signatureElementType ?? type.signatureElementType {
        case .boolean, .uint8: .u1
        case .int8: .i1
        case .int16: .i2
        case .char, .uint16: .u2
        default: nil
        }
    }

    /// III.1.8.1.2 in brief: numbers must match by stack kind (int32 may go to native int).
    private func checkAssignable(_ value: StackEntry, to type: RuntimeType) throws {
        let wanted = stackKind(of: type)
        switch (value.kind, wanted) {
        case let (a, b) where a == b:
            if a == .valueType, value.type !== type { throw invalid("a \(value.type.map { "\($0)" } ?? "value") cannot be stored as \(type)") }
        case (.int32, .nativeInt), (.nativeInt, .int32), (.float32, .float64), (.float64, .float32):
            break
        case (.byReference, .nativeInt), (.nativeInt, .byReference):
            break  // unmanaged pointers and byrefs mix in unverifiable code
        default:
            throw invalid("a \(value.kind.name) cannot be stored as \(type)")
        }
    }

    // MARK: Control flow

    private mutating func recordShape(at target: Int) throws {
        guard target >= 0, target < body.codeSize else { throw invalid("branch target IL_\(String(target, radix: 16)) is outside the method") }
        materialize()  // shapes are in slots: the paths that meet agree on where values are
        if let existing = shapes[target] {
            guard existing != stack else { return }
            // A target not imported yet takes the merged shape; code already made for one cannot change.
            guard ilToIR[target] == nil, let merged = StackEntry.merged(existing, stack) else {
                throw invalid("the stack differs where control flow merges at IL_\(String(target, radix: 16).leftPadded(to: 4))")
            }
            shapes[target] = merged
        } else {
            shapes[target] = stack
        }
    }

    // MARK: The pass

    /// Lays out the arguments from `start` (then a vararg method's handle) and the locals after
    /// them; returns where the arguments end and where the locals end.
    private mutating func layOutVariables(from start: Int) throws -> (argumentsEnd: Int, localsEnd: Int) {
        let signature = try method.signature()
        var offset = start
        if signature.hasThis {
            let declaring = method.declaringType
            arguments.append((offset, declaring.isValueType ? try system.byReference(to: declaring) : declaring))
            offset += 8
        }
        for parameter in signature.parameterTypes {
            arguments.append((offset, parameter))
            offset += try storageSize(of: parameter)
        }
        if signature.isVararg {
            varargHandleOffset = offset
            offset += VarargLayout.handleSize
        }
        let argumentsEnd = offset
        if let handle = body.localSignature {
            guard case .locals(let types) = try assembly.reader.signatureDecoder.decodeStandaloneSignature(handle) else {
                throw invalid("the local variable signature is not a LOCAL_SIG")
            }
            for signatureType in types {
                let type = try system.type(signatureType, in: assembly, context: context)
                locals.append((offset, type))
                offset += try storageSize(of: type)
            }
        }
        return (argumentsEnd, offset)
    }

    private func decodeInstructions() throws -> [Instruction] {
        var decoder = InstructionDecoder(body, reader: assembly.reader)
        var instructions: [Instruction] = []
        do {
            while let instruction = try decoder.next() { instructions.append(instruction) }
        } catch let error as BadImageFormat {
            throw invalid(error.reason)  // malformed IL is an invalid program, as mono reports it
        }
        return instructions
    }

    /// Marks the variables whose address the method takes (never aliased on the stack).
    private mutating func findAddressTakenVariables(_ instructions: [Instruction]) throws {
        for instruction in instructions where [0x0F, 0x12, 0xFE0A, 0xFE0D].contains(instruction.opcode.value) {
            let variable = try slot(try self.variable(instruction), ofLocal: instruction.opcode.value == 0x12 || instruction.opcode.value == 0xFE0D)
            addressTaken.insert(variable.offset)
        }
    }

    mutating func importMethod() throws -> ImportedMethod {
        let layout = try layOutVariables(from: 0)
        let argumentSize = layout.argumentsEnd
        var offset = layout.localsEnd
        let instructions = try decodeInstructions()
        // A method using localloc keeps the localloc mark of its entry in a hidden slot.
        if instructions.contains(where: { $0.opcode.value == 0xFE0F }) {
            usesLocalloc = true
            locallocMarkSlot = offset
            offset += 8
        }
        // Vararg call sites copy their extra arguments into one hidden area, as large as the largest needs.
        var varargBytes = 0
        for instruction in instructions where [0x28, 0x6F, 0x73].contains(instruction.opcode.value) {
            guard case .token(let token) = instruction.operand,
                  let site = try? system.varargCallSiteSignature(token, in: assembly, context: context) else { continue }
            var bytes = 0
            for type in site.parameterTypes.dropFirst(site.requiredParameterCount) { bytes += try storageSize(of: type) }
            varargBytes = max(varargBytes, bytes)
        }
        varargAreaOffset = offset
        offset += varargBytes
        // One hidden slot per catch/filter clause keeps its exception for `rethrow`.
        for region in body.exceptionRegions {
            exceptionSlots.append(region.kind == .catch || region.kind == .filter ? offset : -1)
            if region.kind == .catch || region.kind == .filter { offset += 8 }
        }
        let localsSize = offset - argumentSize
        stackBase = offset
        frameSize = offset
        // Handlers start with the exception on the stack (catch, filter) or an empty stack.
        for region in body.exceptionRegions {
            let exception = StackEntry(kind: .object, offset: stackBase, size: 8, type: system.wellKnown.object)
            switch region.kind {
            case .catch: shapes[region.handlerOffset] = [exception]
            case .filter:
                shapes[region.handlerOffset] = [exception]
                if let filter = region.filterOffset { shapes[filter] = [exception] }
            case .finally, .fault: shapes[region.handlerOffset] = []
            }
            shapes[region.tryOffset] = []
            frameSize = max(frameSize, stackBase + 8)
        }

        // Mono runs a beforefieldinit type's initializer when it compiles any method of the type
        // (ECMA II.10.5.3.2 allows any time before the first static field access): so does Ilex.
        if method.declaringType.flags.contains(.beforeFieldInit) {
            try emitTypeInitialization(for: method.declaringType, triggeredBy: .staticFieldAccess)
        }
        try findAddressTakenVariables(instructions)
        hasLoop = instructions.contains { instruction in instruction.branchTargets.contains { $0 <= instruction.offset } }
        branchTargets = Set(instructions.flatMap(\.branchTargets))
        for region in body.exceptionRegions {
            branchTargets.formUnion([region.handlerOffset, region.tryOffset] + (region.filterOffset.map { [$0] } ?? []))
        }
        var reachable = true
        var statementStart = 0
        let starts = Set(instructions.map(\.offset))
        for target in instructions.flatMap(\.branchTargets) where !starts.contains(target) {
            throw ImportError(kind: .invalidProgram, method: method.description, ilOffset: nil,
                              reason: "a branch goes into the middle of an instruction at IL_\(String(target, radix: 16).leftPadded(to: 4))")
        }
        for (index, instruction) in instructions.enumerated() {
            currentOffset = instruction.offset
            nextInstructionIsReturn = index + 1 < instructions.count && instructions[index + 1].opcode.value == 0x2A
            if let expected = shapes[instruction.offset] {
                if reachable {
                    materialize()
                    if expected != stack {
                        guard let merged = StackEntry.merged(expected, stack) else { throw invalid("the stack differs where control flow merges") }
                        shapes[instruction.offset] = merged
                        stack = merged
                    }
                } else {
                    stack = expected
                }
            } else if !reachable {
                stack = []  // III.1.7.5: after an unconditional transfer the stack is empty
            }
            ilToIR[instruction.offset] = code.count
            ilOffsets.append((code.count, instruction.offset))
            // Mono's statement starts (traceOffsets): an empty stack, or right after a call,
            // callvirt, calli or newobj; except that a throw right after a call outside handler
            // blocks reports the statement before it (what mono 6.8's JIT prints).
            var afterCall = index > 0 && [0x28, 0x6F, 0x29, 0x73].contains(instructions[index - 1].opcode.value)
            // typeof: ldtoken + call Type.GetTypeFromHandle is folded by the JIT, no call.
            if afterCall, index > 1, instructions[index - 2].opcode.value == 0xD0, instructions[index - 1].opcode.value == 0x28 { afterCall = false }
            if afterCall, instruction.opcode.value == 0x7A, !body.exceptionRegions.contains(where: { region in
                let at = instruction.offset
                return (region.handlerOffset <= at && at < region.handlerEnd) || (region.filterOffset.map { $0 <= at && at < region.handlerOffset } ?? false)
            }) {
                afterCall = false
            }
            if stack.isEmpty || afterCall { statementStart = instruction.offset }
            traceOffsets.append(statementStart)
            // A catch or filter handler first saves its exception for rethrow.
            for (index, region) in body.exceptionRegions.enumerated() where exceptionSlots[index] >= 0 {
                if region.handlerOffset == instruction.offset || region.filterOffset == instruction.offset {
                    emit(.move8, [exceptionSlots[index], stackBase])
                }
            }
            do {
                reachable = try importInstruction(instruction)
            } catch var missing as MissingMemberError {
                // Say where the program uses what is missing, not only which assembly refers to it.
                missing.referencedFrom = "\(method) at IL_" + String(instruction.offset, radix: 16).leftPadded(to: 4)
                throw missing
            }
        }
        if reachable { throw invalid("control falls off the end of the method") }
        // Type initializers of beforefieldinit types run before the body, as mono runs them when
        // it compiles the method: a prologue, and everything after it moves down.
        var prologue: [UInt32] = []
        if isTraced { prologue.append(UInt32(IROp.traceEntry.rawValue)) }
        if let mark = locallocMarkSlot { prologue += [UInt32(IROp.locallocMark.rawValue), UInt32(mark)] }
        for type in prologueInitializers {
            guard let initializer = try type.typeInitializer() else { continue }
            prologue.append(UInt32(IROp.initClass.rawValue))
            for pointer in [UInt(bitPattern: try type.methodTable().raw), UInt(bitPattern: initializer.descriptor)] {
                prologue.append(UInt32(truncatingIfNeeded: pointer))
                prologue.append(UInt32(truncatingIfNeeded: pointer >> 32))
            }
        }
        for (word, target) in fixups {
            guard let ir = ilToIR[target] else { throw invalid("branch to IL_\(String(target, radix: 16)) which is not an instruction") }
            code[word] = UInt32(ir + prologue.count)
        }
        func irOffset(_ il: Int) throws -> Int {
            if il == body.codeSize { return code.count + prologue.count }
            guard let ir = ilToIR[il] else { throw invalid("an exception clause boundary IL_\(String(il, radix: 16)) is not an instruction") }
            return ir + prologue.count
        }
        var clauses: [IRExceptionClause] = []
        for (index, region) in body.exceptionRegions.enumerated() {
            var catchType: RuntimeType?
            if region.kind == .catch, let token = region.catchType {
                catchType = try system.type(token, in: assembly, context: context)
            }
            clauses.append(IRExceptionClause(
                kind: region.kind, tryStart: try irOffset(region.tryOffset), tryEnd: try irOffset(region.tryEnd),
                handlerStart: try irOffset(region.handlerOffset), handlerEnd: try irOffset(region.handlerEnd),
                filterStart: try region.filterOffset.map(irOffset) ?? 0, catchType: catchType, exceptionSlot: exceptionSlots[index]))
        }
        code = prologue + code
        ilOffsets = ilOffsets.map { ($0.ir + prologue.count, $0.il) }
        return ImportedMethod(method: method, code: code, frameSize: Self.slotSize(frameSize), argumentSize: argumentSize,
                              localsSize: localsSize, ilOffsets: ilOffsets, traceOffsets: traceOffsets, clauses: clauses, exceptionEntryOffset: stackBase)
    }

    // MARK: Inlining

    /// A small method's code imported into its caller's, as mono's JIT and interpreter inline:
    /// no call, no frame, the arguments read where the caller's stack put them.
    struct InlinedCode {
        let code: [UInt32]
        /// The caller's frame size that the inlined locals and stack need.
        let frameEnd: Int
        /// beforefieldinit types whose initializers must run first (at the call).
        let initializers: [RuntimeType]
        /// Per argument: read where the caller has it (a binding), not from its slot.
        let boundArguments: [Bool]
    }

    /// IL sizes inlined: a little above mono's 20 bytes (a two-field operator is 36), more for
    /// methods marked AggressiveInlining (Span, Unsafe and friends in the class library).
    static let inliningMaximumILBytes = 40
    static let aggressiveInliningMaximumILBytes = 120
    static let inliningMaximumILBytesOutsideLoops = 12
    static let inliningMaximumDepth = 3

    /// The instructions an inlined body may hold: straight-line code (no branch, throw or
    /// exception clause: a failed check stops in the caller's frame, as in mono's JIT, and only
    /// for simple loads, stores and arithmetic), calls only to methods inlined in turn (checked
    /// at the call), no allocation and nothing that needs its own frame.
    static func isInlinable(_ opcode: UInt16) -> Bool {
        switch opcode {
        case 0x00...0x26: return opcode != 0x01  // nop, ldarg/starg/ldloc/stloc (and address), ldnull, ldc, dup, pop
        case 0x28, 0x2A: return true  // call (to an inlinable method), ret (the last instruction)
        case 0x46...0x57: return true  // ldind.*, stind.*
        case 0x58...0x66, 0x67...0x6E, 0x76, 0xD1...0xD3, 0xE0: return true  // arithmetic, conversions
        case 0x6F: return true  // callvirt of a non-virtual method (null-checked, then as call)
        case 0x73: return true  // newobj of a value type (no allocation)
        case 0x70, 0x71, 0x81, 0xFE15: return true  // cpobj, ldobj, stobj, initobj
        case 0x7B...0x80: return true  // ldfld, ldflda, stfld, ldsfld, ldsflda, stsfld
        case 0xD4...0xDB: return true  // conv.ovf.i/u, add.ovf … sub.ovf.un
        case 0xB3...0xBA, 0x82...0x8B: return true  // conv.ovf.*
        case 0xDF: return true  // stind.i
        case 0xFE01...0xFE05: return true  // ceq, cgt, cgt.un, clt, clt.un
        case 0xFE09...0xFE0E: return true  // long-form ldarg, ldarga, starg, ldloc, ldloca, stloc
        case 0xFE12, 0xFE13, 0xFE1C, 0xFE1E: return true  // unaligned., volatile., sizeof, readonly.
        default: return false
        }
    }

    /// The inlined code of `callee`'s `body` for a direct call whose arguments start at `base`,
    /// or nil when it cannot be inlined.
    private mutating func inlinedCode(of callee: RuntimeMethod, body: MethodBody, at base: Int, arguments: [StackEntry?]) -> InlinedCode? {
        guard let assembly = callee.declaringType.assembly, !callee.containsGenericParameters,
              var inner = try? Importer(method: callee, body: body, assembly: assembly, system: system, runtime: runtime) else { return nil }
        inner.inlineFrameBase = base
        inner.inlineDepth = inlineDepth + 1
        inner.hasLoop = hasLoop
        for (index, argument) in arguments.enumerated() { if let argument { inner.argumentBindings[index] = argument } }
        // An import error leaves the call to report it when it runs.
        return try? inner.importInlined()
    }

    private mutating func importInlined() throws -> InlinedCode? {
        guard let base = inlineFrameBase, !(try method.signature().isVararg) else { return nil }
        let layout = try layOutVariables(from: base)
        let instructions = try decodeInstructions()
        guard instructions.allSatisfy({ Self.isInlinable($0.opcode.value) && $0.branchTargets.isEmpty }),
              instructions.last?.opcode.value == 0x2A,
              instructions.dropLast().allSatisfy({ $0.opcode.value != 0x2A }) else { return nil }
        stackBase = layout.localsEnd
        frameSize = stackBase
        if method.declaringType.flags.contains(.beforeFieldInit) {
            try emitTypeInitialization(for: method.declaringType, triggeredBy: .staticFieldAccess)
        }
        try findAddressTakenVariables(instructions)
        for instruction in instructions where [0x0F, 0x10, 0xFE0A, 0xFE0B].contains(instruction.opcode.value) {
            argumentBindings[try variable(instruction)] = nil  // ldarga, starg: the argument lives in its slot
        }
        // Locals start zeroed, as in a frame of their own.
        for word in stride(from: layout.argumentsEnd, to: layout.localsEnd, by: 8) { emit(.ldcI8, [word]); emit64(0) }
        for (index, instruction) in instructions.enumerated() {
            currentOffset = instruction.offset
            nextInstructionIsReturn = index + 1 < instructions.count && instructions[index + 1].opcode.value == 0x2A
            ilOffsets.append((code.count, instruction.offset))
            guard try importInstruction(instruction) || index == instructions.count - 1 else { return nil }
        }
        return InlinedCode(code: code, frameEnd: frameSize, initializers: prologueInitializers,
                           boundArguments: arguments.indices.map { argumentBindings[$0] != nil })
    }

    /// The instructions whose import reads stack entries where they are (aliases included) and
    /// writes only new entries, locals or memory; before any other, aliases are materialized.
    static func readsStackInPlace(_ opcode: UInt16) -> Bool {
        switch opcode {
        case 0x00...0x26: return true  // nop … ldc, dup, pop (not jmp, call, calli); ldarga/ldloca push a new entry
        case 0x2A...0x44, 0x45: return true  // ret, branches, switch
        case 0x58...0x6E, 0x76, 0x82...0x8B, 0xB3...0xBA, 0xD1...0xDB, 0xE0: return true  // arithmetic, conversions
        case 0x7B, 0x7D, 0x7E, 0x80: return true  // ldfld, stfld, ldsfld, stsfld
        case 0x7C, 0x8E, 0x8F, 0x90...0xA4: return true  // ldflda, ldlen, ldelema, ldelem.*, stelem.*
        case 0xFE01...0xFE05, 0xFE09...0xFE0E: return true  // compares, long-form ldarg/ldarga/starg/ldloc/ldloca/stloc
        default: return false
        }
    }

    /// Imports one instruction; returns whether the next instruction is reached by falling through.
    private mutating func importInstruction(_ instruction: Instruction) throws -> Bool {
        let opcode = instruction.opcode.value
        if instruction.opcode.isPrefix {
            switch opcode {
            case 0xFE1E: readonlyPrefix = true
            case 0xFE16: constrainedType = try typeOperand(instruction)
            case 0xFE14: tailPrefix = true
            case 0xFE12, 0xFE13: break  // unaligned., volatile.: every access is done as written
            case 0xFE19: break  // no.: the checks it would skip are made anyway (III.2.2 allows that)
            default: throw unsupported("the \(instruction.opcode.name) prefix is not supported by the interpreter yet")
            }
            return true
        }
        defer { readonlyPrefix = false; constrainedType = nil; tailPrefix = false }
        let producer = lastProducer
        lastProducer = nil
        previousProducer = branchTargets.contains(currentOffset) ? nil : producer
        // A call materializes in emitCall, unless it is inlined: its arguments may then be read
        // where they are (Inlining).
        if !Self.readsStackInPlace(opcode) && opcode != 0x28 { materialize() }
        switch opcode {
        case 0x00, 0x01: break  // nop, break: nothing to run
        case 0x02...0x05: try loadVariable(Int(opcode - 0x02), local: false)
        case 0x06...0x09: try loadVariable(Int(opcode - 0x06), local: true)
        case 0x0A...0x0D: try storeVariable(Int(opcode - 0x0A), local: true, producer: producer)
        case 0x0E, 0xFE09: try loadVariable(variable(instruction), local: false)
        case 0x10, 0xFE0B: try storeVariable(variable(instruction), local: false, producer: producer)
        case 0x11, 0xFE0C: try loadVariable(variable(instruction), local: true)
        case 0x13, 0xFE0E: try storeVariable(variable(instruction), local: true, producer: producer)
        case 0x15...0x1F, 0x20:  // ldc.i4.m1 ... ldc.i4.8, ldc.i4.s, ldc.i4
            let value: Int32
            switch instruction.operand {
            case .int32(let v): value = v
            default: value = Int32(opcode) - 0x16
            }
            pushConstant(UInt64(bitPattern: Int64(value)), kind: .int32)
        case 0x21:
            guard case .int64(let v) = instruction.operand else { throw invalid("bad operand") }
            pushConstant(UInt64(bitPattern: v), kind: .int64)
        case 0x22:
            guard case .float32(let v) = instruction.operand else { throw invalid("bad operand") }
            pushConstant(UInt64(v.bitPattern), kind: .float32)
        case 0x23:
            guard case .float64(let v) = instruction.operand else { throw invalid("bad operand") }
            pushConstant(v.bitPattern, kind: .float64)
        case 0x25:  // dup: an alias stays an alias
            guard let top = stack.last else { throw invalid("stack underflow") }
            var copy = push(top.kind, size: top.size, type: top.type)
            if top.isDeferred {
                copy.offset = top.isAlias ? top.offset : copy.slot
                copy.constant = top.constant
                stack[stack.count - 1] = copy
            } else {
                emitMove(to: copy.offset, from: top.offset, size: top.size)
            }
        case 0x26: _ = try popAllowingConstant()
        case 0x0F, 0xFE0A, 0x12, 0xFE0D:  // ldarga, ldloca
            let variable = try slot(try variable(instruction), ofLocal: opcode == 0x12 || opcode == 0xFE0D)
            let entry = push(.byReference, type: try system.byReference(to: variable.type))
            emit(.frameAddress, [entry.offset, variable.offset])
            noteProducer(entry, operandCount: 2)
        case 0x14:  // ldnull
            let entry = push(.object, type: system.wellKnown.object)
            emit(.ldcI8, [entry.offset])
            emit64(0)
        case 0x46...0x50: try importIndirectLoad(opcode)
        case 0xFE1C: try importSizeof(instruction)
        case 0x51...0x57, 0xDF: try importIndirectStore(opcode)
        case 0x70, 0x71, 0x81, 0xFE15: try importObjectCopy(opcode, instruction)
        case 0x7B, 0x7C, 0x7D: try importInstanceField(opcode, instruction)
        case 0x7E, 0x7F, 0x80: try importStaticField(opcode, instruction)
        case 0x7A:  // throw
            let exception = try pop()
            guard exception.kind == .object else { throw invalid("throw of a \(exception.kind.name)") }
            emit(.throwObject, [exception.offset])
            return false
        case 0xFE1A:  // rethrow: the exception of the innermost catch handler around it
            guard let index = body.exceptionRegions.indices.first(where: {
                let r = body.exceptionRegions[$0]
                return exceptionSlots[$0] >= 0 && r.handlerOffset <= instruction.offset && instruction.offset < r.handlerEnd
            }) else { throw invalid("rethrow outside a catch handler") }
            emit(.throwObject, [exceptionSlots[index]])
            return false
        case 0xDD, 0xDE:  // leave, leave.s: empty the stack, run the finally blocks left, branch
            let target = try branchTarget(instruction)
            stack.removeAll()
            for region in body.exceptionRegions where region.kind == .finally {
                let inside = region.tryOffset <= instruction.offset && instruction.offset < region.tryEnd
                let targetInside = region.tryOffset <= target && target < region.tryEnd
                if inside && !targetInside {
                    emit(.callFinally, [0])
                    fixups.append((code.count - 1, region.handlerOffset))
                }
            }
            try emitBranch(.br, [], target: target)
            return false
        case 0xDC:  // endfinally / endfault
            guard body.exceptionRegions.contains(where: { ($0.kind == .finally || $0.kind == .fault) && ($0.handlerOffset..<$0.handlerEnd).contains(instruction.offset) }) else {
                throw invalid("endfinally outside a finally or fault handler")
            }
            stack.removeAll()
            emit(.endFinally)
            return false
        case 0xFE11:  // endfilter
            guard body.exceptionRegions.contains(where: { region in
                region.kind == .filter && region.filterOffset.map { ($0..<region.handlerOffset).contains(instruction.offset) } == true
            }) else {
                throw invalid("endfilter outside a filter")
            }
            let verdict = try pop()
            guard verdict.kind == .int32, stack.isEmpty else { throw invalid("endfilter needs exactly an int32 on the stack") }
            emit(.endFilter, [verdict.offset])
            return false
        case 0xFE0F:  // localloc
            let size = try pop()
            guard stack.isEmpty, size.kind == .int32 || size.kind == .nativeInt else { throw invalid("localloc needs an empty stack below its size") }
            let result = push(.nativeInt)
            emit(.localloc, [result.offset, size.offset])
        case 0xFE17, 0xFE18:  // cpblk, initblk
            let size = try pop(), second = try pop(), first = try pop()
            guard size.kind == .int32 else { throw invalid("cpblk/initblk need an int32 size") }
            emit(opcode == 0xFE17 ? .copyBlock : .initBlock, [first.offset, second.offset, size.offset])
        case 0xC3:  // ckfinite
            guard let top = stack.last, top.kind == .float32 || top.kind == .float64 else { throw invalid("ckfinite needs a float") }
            emit(.checkFinite, [top.offset, top.kind == .float32 ? 4 : 8])
        case 0xFE06:  // ldftn
            guard case .token(let token) = instruction.operand else { throw invalid("bad operand") }
            let target = try methodOperand(token)
            let entry = push(.nativeInt)
            emit(.ldcI8, [entry.offset])
            emit64(UInt64(UInt(bitPattern: target.descriptor)))
        case 0xFE07:  // ldvirtftn
            guard case .token(let token) = instruction.operand else { throw invalid("bad operand") }
            let target = try methodOperand(token)
            let object = try pop()
            guard object.kind == .object else { throw invalid("ldvirtftn on a \(object.kind.name)") }
            let entry = push(.nativeInt)
            emit(.resolveFunction, [entry.offset, object.offset])
            emit64(UInt64(UInt(bitPattern: target.descriptor)))
        case 0xD0: try importToken(instruction)
        case 0x29: try importIndirectCall(instruction)
        case 0x27:  // jmp
            return try importJump(instruction)
        case 0xFE00:  // arglist
            guard let handle = varargHandleOffset else { throw invalid("arglist in a method that is not vararg") }
            let entry = push(.valueType, size: 8, type: try system.corlibType("System", "RuntimeArgumentHandle"))
            emit(.frameAddress, [entry.offset, handle])
        case 0xC6, 0xC2, 0xFE1D: try importTypedReference(opcode, instruction)
        case 0x73: try importNewObject(instruction)
        case 0x6F: try importCallVirtual(instruction)
        case 0x72: try importString(instruction)
        case 0x74, 0x75: try importCast(opcode, instruction)
        case 0x8C: try importBox(instruction)
        case 0x79, 0xA5: try importUnbox(opcode, instruction)
        case 0x8D: try importNewArray(instruction)
        case 0x8E:  // ldlen
            let array = try pop()
            guard array.kind == .object else { throw invalid("ldlen of a \(array.kind.name)") }
            let result = push(.nativeInt)
            emit(.arrayLength, [result.offset, array.offset])
            noteProducer(result, operandCount: 2)
        case 0x8F: try importElementAddress(instruction)
        case 0x90...0x9A, 0xA3: try importLoadElement(opcode, instruction)
        case 0x9B...0xA2, 0xA4: try importStoreElement(opcode, instruction)
        case 0x28: try importCall(instruction)
        case 0x2A: return try importReturn()
        case 0x2B, 0x38:
            try emitBranch(.br, [], target: branchTarget(instruction))
            return false
        case 0x2C, 0x39, 0x2D, 0x3A:  // brfalse, brtrue
            let value = try pop()
            guard value.kind != .valueType, value.kind != .float32, value.kind != .float64 else {
                throw invalid("brtrue/brfalse need an integer, a reference or a pointer, not \(value.kind.name)")
            }
            try emitBranch(opcode == 0x2C || opcode == 0x39 ? .brFalse : .brTrue, [value.offset], target: branchTarget(instruction))
        case 0x2E...0x37, 0x3B...0x44:
            try importCompareBranch(instruction, index: Int(opcode >= 0x3B ? opcode - 0x3B : opcode - 0x2E))
        case 0x45:
            guard case .switchTargets(let targets) = instruction.operand else { throw invalid("bad operand") }
            let value = try pop()
            guard value.kind == .int32 || value.kind == .nativeInt else { throw invalid("switch needs an int32") }
            emit(.switch, [value.offset, targets.count])
            for target in targets {
                try recordShape(at: target)
                code.append(0)
                fixups.append((code.count - 1, target))
            }
        case 0x58...0x64, 0xD6...0xDB:
            try importBinary(opcode)
        case 0x65, 0x66:  // neg, not
            let value = try pop()
            let result = push(value.kind)
            let op: IROp
            switch (value.kind, opcode) {
            case (.int32, 0x65): op = .negI4
            case (.int64, 0x65), (.nativeInt, 0x65): op = .negI8
            case (.float32, 0x65): op = .negR4
            case (.float64, 0x65): op = .negR8
            case (.int32, 0x66): op = .notI4
            case (.int64, 0x66), (.nativeInt, 0x66): op = .notI8
            default: throw invalid("\(instruction.opcode.name) of \(value.kind.name)")
            }
            emit(op, [result.offset, value.offset])
            noteProducer(result, operandCount: 2)
        case 0x67...0x6E, 0x76, 0xD1...0xD5, 0xE0, 0xB3...0xBA, 0x82...0x8B:
            try importConversion(opcode)
        case 0xFE01...0xFE05:
            try importCompare(opcode)
        default:
            throw unsupported("the \(instruction.opcode.name) instruction is not supported by the interpreter yet")
        }
        return true
    }

    private func variable(_ instruction: Instruction) throws -> Int {
        guard case .variable(let n) = instruction.operand else { throw invalid("bad operand") }
        return n
    }

    private func branchTarget(_ instruction: Instruction) throws -> Int {
        guard case .branchTarget(let target) = instruction.operand else { throw invalid("bad operand") }
        return target
    }

    /// An argument or local: its frame slot and declared type.
    private func slot(_ index: Int, ofLocal isLocal: Bool) throws -> (offset: Int, type: RuntimeType) {
        let slots = isLocal ? locals : arguments
        guard slots.indices.contains(index) else { throw invalid("\(isLocal ? "local" : "argument") \(index) does not exist") }
        return slots[index]
    }

    /// ldarg/ldloc: a copy of the variable on the stack.
    /// ldarg/ldloc: the variable itself stands on the stack (an alias, no code) unless its
    /// address is taken somewhere in the method; instructions that need the value in its slot
    /// materialize it first.
    private mutating func loadVariable(_ index: Int, local: Bool) throws {
        let variable = try slot(index, ofLocal: local)
        var entry = try push(valueOf: variable.type)
        if !local, let binding = argumentBindings[index] {
            if let constant = binding.constant { entry.constant = constant } else { entry.offset = binding.offset }
            stack[stack.count - 1] = entry
        } else if addressTaken.contains(variable.offset) {
            emitMove(to: entry.offset, from: variable.offset, size: entry.size)
        } else {
            entry.offset = variable.offset
            stack[stack.count - 1] = entry
        }
    }

    /// starg/stloc: the top of the stack into the variable, narrowed to its type. Entries below
    /// that still read the variable in place take their value first. When the value was just
    /// made by the instruction before, that instruction writes it into the variable directly.
    private mutating func storeVariable(_ index: Int, local: Bool, producer: Producer?) throws {
        let variable = try slot(index, ofLocal: local)
        var value = try popAllowingConstant()
        if let constant = value.constant {
            materialize { $0.offset == variable.offset }
            value.constant = nil
            try checkAssignable(value, to: variable.type)
            emitConstant(Self.convertedConstant(constant, from: value.kind, to: stackKind(of: variable.type), narrowing: narrowingTarget(variable.type)),
                         kind: stackKind(of: variable.type), into: variable.offset)
            return
        }
        let aliased = stack.contains { $0.isAlias && $0.offset == variable.offset }
        if let producer, !aliased, !value.isAlias, producer.slot == value.slot, !branchTargets.contains(currentOffset),
           value.size == (try storageSize(of: variable.type)) {
            try checkAssignable(value, to: variable.type)
            if storeConversion(of: value, to: variable.type) == nil {
                code[producer.resultWord] = UInt32(variable.offset)
                return
            }
        }
        materialize { $0.offset == variable.offset }
        try emitStore(value, to: variable.offset, type: variable.type)
    }

    /// A constant as a location of `kind` holds it: small integers truncated, F values to the
    /// location's float size (III.1.6).
    static func convertedConstant(_ bits: UInt64, from: StackKind, to: StackKind, narrowing: ConversionCode.Target?) -> UInt64 {
        switch (from, to) {
        case (.float64, .float32): return UInt64(Float(Double(bitPattern: bits)).bitPattern)
        case (.float32, .float64): return Double(Float(bitPattern: UInt32(truncatingIfNeeded: bits))).bitPattern
        default: break
        }
        let value = Int64(bitPattern: bits)
        switch narrowing {
        case .i1?: return UInt64(bitPattern: Int64(Int8(truncatingIfNeeded: value)))
        case .u1?: return UInt64(UInt8(truncatingIfNeeded: value))
        case .i2?: return UInt64(bitPattern: Int64(Int16(truncatingIfNeeded: value)))
        case .u2?: return UInt64(UInt16(truncatingIfNeeded: value))
        default: return bits
        }
    }

    /// Copies deferred entries (all, or those `where` selects) into their own slots.
    private mutating func materialize(where condition: (StackEntry) -> Bool = { _ in true }) {
        for i in stack.indices where stack[i].isDeferred && condition(stack[i]) {
            if let constant = stack[i].constant {
                emitConstant(constant, kind: stack[i].kind, into: stack[i].slot)
                stack[i].constant = nil
            } else {
                emitMove(to: stack[i].slot, from: stack[i].offset, size: stack[i].size)
                stack[i].offset = stack[i].slot
            }
        }
    }

    /// The instruction just emitted wrote a new stack entry at `slot` through code word `resultWord`.
    struct Producer { let resultWord: Int; let slot: Int }

    /// The operation of the previous instruction when it made `entry` (the top of the stack, in
    /// its slot) and is the last code emitted.
    private func previousOperation(making entry: StackEntry) -> IROp? {
        guard let producer = previousProducer, producer.slot == entry.slot, !entry.isDeferred else { return nil }
        return IROp.decode(code[producer.resultWord - 1])
    }

    /// ldflda followed by ldfld or ldflda: the first instruction's fieldAddress is taken back and
    /// its base and offset returned, for one access at the sum of the offsets. Both null-check
    /// the same base, so the access fails where the ldflda would have.
    private mutating func foldFieldAddress(into address: StackEntry) -> (base: Int, offset: Int)? {
        guard previousOperation(making: address) == .fieldAddress, let producer = previousProducer,
              code.count == producer.resultWord + 3 else { return nil }
        let folded = (base: Int(code[producer.resultWord + 1]), offset: Int(code[producer.resultWord + 2]))
        retractPreviousInstruction(words: 4)
        return folded
    }

    /// ldarga/ldloca followed by ldfld: the frame offset of the variable, its frameAddress taken
    /// back (the field is read from the frame as from a value on the stack).
    private mutating func foldFrameAddress(into address: StackEntry) -> Int? {
        guard previousOperation(making: address) == .frameAddress, let producer = previousProducer,
              code.count == producer.resultWord + 2 else { return nil }
        let variable = Int(code[producer.resultWord + 1])
        retractPreviousInstruction(words: 3)
        return variable
    }

    /// Removes the previous instruction's code, the last emitted; the current one starts there.
    private mutating func retractPreviousInstruction(words: Int) {
        code.removeLast(words)
        ilOffsets[ilOffsets.count - 1].ir = code.count
        ilToIR[currentOffset] = code.count
    }

    /// Notes that the last emitted instruction's first operand is `result`'s slot (stloc may retarget it).
    private mutating func noteProducer(_ result: StackEntry, operandCount: Int) {
        lastProducer = Producer(resultWord: code.count - operandCount, slot: result.slot)
    }

    private mutating func importReturn() throws -> Bool {
        if let base = inlineFrameBase {
            // Inlined: the result where the call would leave it, then the caller's code follows.
            if returnType !== system.wellKnown.void {
                var value = try pop()
                try checkAssignable(value, to: returnType)
                value = emitConversionInPlace(value, to: returnType)
                emitMove(to: base, from: value.offset, size: value.size)
            }
            guard stack.isEmpty else { throw invalid("the stack is not empty at ret") }
            return false
        }
        if let mark = locallocMarkSlot { emit(.locallocRelease, [mark]) }
        if isTraced { emit(.traceExit) }
        if returnType === system.wellKnown.void {
            guard stack.isEmpty else { throw invalid("ret with a value in a void method") }
            emit(.ret)
        } else {
            var value = try pop()
            guard stack.isEmpty else { throw invalid("the stack is not empty at ret") }
            try checkAssignable(value, to: returnType)
            value = emitConversionInPlace(value, to: returnType)
            switch value.size {
            case 8: emit(stackKind(of: returnType) == .float32 ? .ret4 : .ret8, [value.offset])
            default: emit(.retN, [value.offset, value.size])
            }
        }
        return false
    }

    private mutating func importCall(_ instruction: Instruction) throws {
        guard case .token(let token) = instruction.operand else { throw invalid("bad operand") }
        let callee: RuntimeMethod
        do { callee = try system.method(token, in: assembly, context: context) } catch { throw resolutionFailure(error) }
        let signature = try callee.signature()
        guard !callee.isGenericMethodDefinition else { throw invalid("call to an uninstantiated generic method \(callee)") }
        guard !callee.isAbstract else { throw invalid("call to the abstract method \(callee)") }
        if try emitIntrinsic(callee) { return }
        if callee.isStatic { try emitTypeInitialization(for: callee.declaringType, triggeredBy: .staticMethodCall) }
        try emitCall(callee, signature: signature, varargs: try varargTypes(token, calling: callee), tail: tailPrefix)
    }

    /// Calls the interpreter does with one of its own instructions (as mono's interpreter does
    /// for Math): true when `callee` was one of them.
    private mutating func emitIntrinsic(_ callee: RuntimeMethod) throws -> Bool {
        guard callee.declaringType === system.wellKnown.math, callee.name == "Sqrt", let argument = stack.last, argument.kind == .float64 else {
            return false
        }
        _ = try pop()
        let result = push(.float64)
        emit(.sqrtR8, [result.offset, argument.offset])
        noteProducer(result, operandCount: 2)
        return true
    }

    /// The types of the extra arguments a vararg call site passes (perhaps none); nil for other
    /// calls. A call passing no extra arguments may name the MethodDef itself.
    func varargTypes(_ token: MetadataToken, calling callee: RuntimeMethod) throws -> [RuntimeType]? {
        guard let site = try system.varargCallSiteSignature(token, in: assembly, context: context) else {
            return try callee.signature().isVararg ? [] : nil
        }
        return Array(site.parameterTypes.dropFirst(site.requiredParameterCount))
    }

    /// Whether a call can replace this frame (`tail.`, III.2.4): it is followed by ret, outside
    /// every protected region, and the method's localloc memory is not in use.
    private var tailCallAllowed: Bool {
        tailPrefix && nextInstructionIsReturn && !usesLocalloc && !body.exceptionRegions.contains { region in
            (region.tryOffset..<region.tryEnd).contains(currentOffset) || (region.handlerOffset..<region.handlerEnd).contains(currentOffset)
                || region.filterOffset.map { ($0..<region.handlerOffset).contains(currentOffset) } == true
        }
    }

    /// calli (III.3.20): a managed function pointer (what ldftn and ldvirtftn make) called with
    /// the arguments below it.
    mutating func importIndirectCall(_ instruction: Instruction) throws {
        guard case .token(let token) = instruction.operand, token.table == .standAloneSig,
              token.row >= 1, token.row <= assembly.reader.rowCount(.standAloneSig) else { throw invalid("calli needs a stand-alone signature token") }
        guard case .method(let decoded) = try assembly.reader.signatureDecoder.decodeStandaloneSignature(StandaloneSignatureHandle(row: token.row)) else {
            throw invalid("calli's signature is not a method signature")
        }
        switch decoded.header.kind {
        case .default?: break
        case .vararg? where decoded.requiredParameterCount == decoded.parameterTypes.count: break
        case let kind:
            throw unsupported("calli of a \(kind.map { "\($0)" } ?? "reserved") function pointer (unmanaged calls need P/Invoke marshaling)")
        }
        let signature = try system.signature(decoded, in: assembly, context: context)
        let function = try pop()
        guard function.kind == .nativeInt else { throw invalid("calli needs a native int function pointer, not \(function.kind.name)") }
        var types = signature.parameterTypes
        if signature.hasThis && !signature.explicitThis {
            // The instance's type is not in the signature: any reference or address will do.
            guard stack.count > types.count else { throw invalid("stack underflow: calli takes \(types.count + 1) arguments") }
            let this = stack[stack.count - types.count - 1]
            switch this.kind {
            case .object: types.insert(system.wellKnown.object, at: 0)
            case .byReference: types.insert(this.type ?? system.wellKnown.object, at: 0)
            case .nativeInt: types.insert(try system.primitive(.intPtr), at: 0)
            default: throw invalid("calli of an instance method on a \(this.kind.name)")
            }
        }
        let (base, bytes) = try takeArguments(types, of: "calli")
        if tailPrefix && tailCallAllowed {
            emit(.tailCall, [function.offset, base, bytes, 0])  // the function sits above the arguments
        } else {
            emit(.callIndirect, [function.offset, base])
        }
        try pushResult(of: signature, at: base)
    }

    /// jmp (III.3.37): the current method's arguments go to `target`, which takes over the frame.
    mutating func importJump(_ instruction: Instruction) throws -> Bool {
        guard stack.isEmpty else { throw invalid("jmp with a non-empty stack") }
        guard case .token(let token) = instruction.operand else { throw invalid("bad operand") }
        let target = try methodOperand(token)
        let wanted = try target.signature(), own = try method.signature()
        guard wanted.hasThis == own.hasThis, wanted.parameterTypes == own.parameterTypes, wanted.returnType === own.returnType else {
            throw invalid("jmp to \(target), whose signature differs from the method's")
        }
        guard !body.exceptionRegions.contains(where: { ($0.tryOffset..<$0.handlerEnd).contains(currentOffset) || ($0.handlerOffset..<$0.handlerEnd).contains(currentOffset) }) else {
            throw invalid("jmp inside a protected region")
        }
        if target.isStatic { try emitTypeInitialization(for: target.declaringType, triggeredBy: .staticMethodCall) }
        if let mark = locallocMarkSlot { emit(.locallocRelease, [mark]) }
        emit(.jump)
        emit64(UInt64(UInt(bitPattern: target.descriptor)))
        return false
    }

    /// mkrefany, refanyval, refanytype (III.4.19, III.4.22, III.4.23) over TypedReferenceLayout.
    mutating func importTypedReference(_ opcode: UInt16, _ instruction: Instruction) throws {
        let typedReference = try system.corlibType("System", "TypedReference")
        switch opcode {
        case 0xC6:  // mkrefany
            let type = try typeOperand(instruction)
            let address = try pop()
            guard address.kind == .byReference || address.kind == .nativeInt else { throw invalid("mkrefany needs an address, not \(address.kind.name)") }
            let entry = push(.valueType, size: TypedReferenceLayout.size, type: typedReference)
            emit(.makeTypedReference, [entry.offset, address.offset])
            emit64(try tableWords(type))
        case 0xC2:  // refanyval
            let type = try typeOperand(instruction)
            let reference = try pop()
            guard reference.type === typedReference else { throw invalid("refanyval needs a TypedReference") }
            let entry = push(.byReference, type: try system.byReference(to: type))
            emit(.typedReferenceAddress, [entry.offset, reference.offset])
            emit64(try tableWords(type))
        default:  // refanytype: the RuntimeTypeHandle is the reference's first field
            let reference = try pop()
            guard reference.type === typedReference else { throw invalid("refanytype needs a TypedReference") }
            let entry = push(.valueType, size: 8, type: try system.corlibType("System", "RuntimeTypeHandle"))
            emitMove(to: entry.offset, from: reference.offset + TypedReferenceLayout.typeOffset, size: 8)
        }
    }

    /// The parameter types of a call including `this` (a byref for value types' methods).
    private func parameterTypes(of callee: RuntimeMethod, _ signature: RuntimeSignature) throws -> [RuntimeType] {
        guard signature.hasThis else { return signature.parameterTypes }
        let declaring = callee.declaringType
        return [declaring.isValueType ? try system.byReference(to: declaring) : declaring] + signature.parameterTypes
    }

    enum Dispatch {
        case direct
        case virtual(slot: Int)
        /// An interface method, or (nil table) a generic virtual method: resolved per call.
        case interface(MethodTable?, slot: Int)
    }

    /// A delegate's Invoke (III.4.2 / II.14.6): the runtime calls the target method.
    mutating func emitDelegateInvoke(_ callee: RuntimeMethod, signature: RuntimeSignature) throws {
        let count = signature.parameterTypes.count + 1
        guard stack.count >= count else { throw invalid("stack underflow: \(callee) takes \(count) arguments") }
        let passed = Array(stack.suffix(count))
        for (value, type) in zip(passed.dropFirst(), signature.parameterTypes) {
            try checkAssignable(value, to: type)
            emitConversionInPlace(value, to: type)
        }
        stack.removeLast(count)
        let base = passed[0].offset
        let argumentBytes = passed.dropFirst().reduce(0) { $0 + $1.size }
        guard let delegates = try system.wellKnown.multicastDelegate.field(named: "delegates") else {
            throw unsupported("the corlib's MulticastDelegate has no delegates field")
        }
        var resultBytes = 0
        if signature.returnType !== system.wellKnown.void {
            let result = try push(valueOf: signature.returnType)
            resultBytes = result.size
        }
        emit(.invokeDelegate, [base, argumentBytes, delegates.offset, resultBytes])
        frameSize = max(frameSize, base + max(8, resultBytes))
    }

    /// A method token of ldftn/ldvirtftn/call, in this method's generic context.
    func methodOperand(_ token: MetadataToken) throws -> RuntimeMethod {
        do { return try system.method(token, in: assembly, context: context) } catch { throw resolutionFailure(error) }
    }

    /// Get, Set and Address of a multi-dimensional array type (II.14.2): an element address with
    /// bounds checks, then a load or store.
    mutating func emitArrayAccessor(_ callee: RuntimeMethod, signature: RuntimeSignature) throws {
        let type = callee.declaringType
        guard let element = type.elementType else { throw invalid("\(callee) on a non-array") }
        let rank = type.arrayRank
        let size = try element.storageSize().size
        switch callee.name {
        case "Get", "Address":
            guard stack.count >= rank + 1 else { throw invalid("stack underflow: \(callee)") }
            let indices = Array(stack.suffix(rank))
            stack.removeLast(rank)
            let array = try pop()
            // The address goes above the indices (read first), then the result replaces the array.
            stack.append(array)
            for index in indices { stack.append(index) }
            let address = push(.byReference, type: try system.byReference(to: element))
            emit(.arrayElementAddressMD, [address.offset, array.offset, indices.first?.offset ?? address.offset, rank, size])
            stack.removeLast(rank + 2)
            if callee.name == "Address" {
                let result = push(.byReference, type: try system.byReference(to: element))
                emitMove(to: result.offset, from: address.offset, size: 8)
            } else {
                stack.append(StackEntry(kind: .nativeInt, offset: address.offset, size: 8, type: nil))
                try emitLoad(element, address: stack.last!, offset: 0)
                let value = try pop()
                _ = try pop()
                let result = try push(valueOf: element)
                emitMove(to: result.offset, from: value.offset, size: value.size)
            }
        case "Set":
            guard stack.count >= rank + 2 else { throw invalid("stack underflow: \(callee)") }
            let value = try pop()
            let indices = Array(stack.suffix(rank))
            stack.removeLast(rank)
            let array = try pop()
            stack.append(array)
            for index in indices { stack.append(index) }
            stack.append(value)
            let address = push(.byReference, type: try system.byReference(to: element))
            emit(.arrayElementAddressMD, [address.offset, array.offset, indices.first?.offset ?? address.offset, rank, size])
            // (Reference elements are stored without stelem.ref's covariance check: a gap, listed
            // in Tests/Programs/OPCODES.md.)
            try emitStore(value, address: address, offset: 0, type: element)
            stack.removeLast(rank + 3)
        default:
            throw unsupported("the array method \(callee)")
        }
    }

    /// Checks the arguments of a call, which already sit where the callee's frame will begin, and
    /// converts them in place; a vararg call's extra arguments move to the vararg area and leave
    /// their handle after the required ones (VarargLayout). Returns the base and the bytes passed.
    private mutating func takeArguments(_ types: [RuntimeType], of callee: String, varargs: [RuntimeType]? = nil) throws -> (base: Int, bytes: Int) {
        let count = types.count + (varargs?.count ?? 0)
        guard stack.count >= count else { throw invalid("stack underflow: \(callee) takes \(count) arguments") }
        let passed = Array(stack.suffix(count))
        stack.removeLast(count)
        let base = passed.first?.offset ?? (stack.last.map { $0.offset + $0.size } ?? stackBase)
        var expected = base
        for (value, type) in zip(passed, types) {
            try checkAssignable(value, to: type)
            guard value.offset == expected, value.size == (try storageSize(of: type)) else {
                throw unsupported("argument layout of \(callee) differs from the stack layout")
            }
            emitConversionInPlace(value, to: type)
            expected += value.size
        }
        guard let varargs else { return (base, expected - base) }
        let descriptor = UnsafeMutableRawPointer.allocate(  // lives as long as the imported code: never freed
            byteCount: VarargLayout.descriptorHeaderSize + varargs.count * VarargLayout.descriptorEntrySize, alignment: 8)
        descriptor.storeBytes(of: varargs.count, as: Int.self)
        var areaOffset = 0
        for (index, (value, type)) in zip(passed.dropFirst(types.count), varargs).enumerated() {
            try checkAssignable(value, to: type)
            emitConversionInPlace(value, to: type)
            emitMove(to: varargAreaOffset + areaOffset, from: value.offset, size: value.size)
            let entry = descriptor + VarargLayout.descriptorHeaderSize + index * VarargLayout.descriptorEntrySize
            entry.storeBytes(of: try type.methodTable().raw, as: UnsafeMutableRawPointer.self)
            entry.storeBytes(of: UInt32(areaOffset), toByteOffset: 8, as: UInt32.self)
            entry.storeBytes(of: UInt32(try type.storageSize().size), toByteOffset: 12, as: UInt32.self)
            areaOffset += value.size
        }
        emit(.frameAddress, [expected + VarargLayout.areaOffset, varargAreaOffset])
        emit(.absoluteAddress, [expected + VarargLayout.descriptorOffset])
        emit64(UInt64(UInt(bitPattern: descriptor)))
        expected += VarargLayout.handleSize
        frameSize = max(frameSize, expected)
        return (base, expected - base)
    }

    /// A direct call inlined (Inlining), when the callee can be: true if it was. Arguments that
    /// are a caller's variable or a constant and need no conversion are read where they are,
    /// unless the body writes them; the others are put in their slots first, as for a call.
    /// Which methods are candidates, with their bodies, Runtime.inliningBody decides (once each).
    private mutating func emitInlinedCall(_ callee: RuntimeMethod, signature: RuntimeSignature) throws -> Bool {
        guard let runtime, let body = runtime.inliningBody(of: callee), hasLoop || body.codeSize <= Self.inliningMaximumILBytesOutsideLoops,
              inlineDepth < Self.inliningMaximumDepth, runtime.nativeMethods.intrinsic(for: callee) == nil else { return false }
        let types = try parameterTypes(of: callee, signature)
        guard stack.count >= types.count else { return false }
        let passed = Array(stack.suffix(types.count))
        let base = passed.first?.slot ?? nextSlot
        var expected = base
        var bindable: [StackEntry?] = []
        for (value, type) in zip(passed, types) {
            try checkAssignable(value, to: type)
            guard value.slot == expected, value.size == (try storageSize(of: type)) else { return false }
            expected += value.size
            bindable.append(value.isDeferred && storeConversion(of: value, to: type) == nil ? value : nil)
        }
        guard let inlined = inlinedCode(of: callee, body: body, at: base, arguments: bindable) else { return false }
        for (index, (var value, type)) in zip(passed, types).enumerated() where !inlined.boundArguments[index] {
            if let constant = value.constant {
                emitConstant(constant, kind: value.kind, into: value.slot)
                value.constant = nil
            }
            if let conversion = storeConversion(of: value, to: type) {
                emitConversion(to: value.slot, from: value.offset, conversion)
            } else {
                emitMove(to: value.slot, from: value.offset, size: value.size)
            }
        }
        // The initializers the callee's prologue would run, run where the call is (as mono's
        // JIT does when it inlines), not in this method's prologue.
        for type in inlined.initializers where !prologueInitializers.contains(where: { $0 === type }) {
            if let initializer = try type.typeInitializer() { try emitInitClass(type, initializer) }
        }
        code += inlined.code
        frameSize = max(frameSize, inlined.frameEnd)
        stack.removeLast(types.count)
        try pushResult(of: signature, at: base)
        return true
    }

    /// Pushes a call's result, which the callee leaves at the argument base.
    private mutating func pushResult(of signature: RuntimeSignature, at base: Int) throws {
        if signature.returnType !== system.wellKnown.void {
            let result = try push(valueOf: signature.returnType)
            guard result.offset == base else { throw invalid("internal: call result not at the argument base") }
        } else {
            frameSize = max(frameSize, base)
        }
    }

    /// Emits a call whose arguments are the top stack entries; pushes the result. `tail` asks for
    /// a `tail.` call, made when it is allowed (tailCallAllowed).
    mutating func emitCall(_ callee: RuntimeMethod, signature: RuntimeSignature, dispatch: Dispatch = .direct,
                           varargs: [RuntimeType]? = nil, tail: Bool = false) throws {
        if case .arrayAccessor = callee.origin {
            materialize()
            try emitArrayAccessor(callee, signature: signature)
            return
        }
        if callee.name == "Invoke", callee.declaringType.isDelegate, callee.implFlags.isRuntimeImplemented {
            // The delegate's target would run with the inlined method's caller as its caller.
            if inlineFrameBase != nil { throw unsupported("an inlined body invokes no delegate") }
            materialize()
            try emitDelegateInvoke(callee, signature: signature)
            return
        }
        if case .direct = dispatch, varargs == nil, !(tail && tailCallAllowed), try emitInlinedCall(callee, signature: signature) { return }
        materialize()
        let (base, bytes) = try takeArguments(try parameterTypes(of: callee, signature), of: "\(callee)", varargs: varargs)
        let descriptor = UInt64(UInt(bitPattern: callee.descriptor))
        // Methods without IL that the runtime implements in Swift, and P/Invoke stubs (a P/Invoke
        // Ilex cannot marshal is called as a method: its import reports why, when it runs).
        if case .direct = dispatch, let body = runtime.flatMap({ runtime in
            runtime.nativeMethods.intrinsic(for: callee)
                ?? (callee.implFlags.contains(.internalCall) || callee.implFlags.isRuntimeImplemented ? runtime.nativeMethods.body(for: callee) : nil)
                ?? runtime.interop.body(for: callee)
        }) {
            // Native code may look at its managed caller (the calling assembly, stack walks).
            if inlineFrameBase != nil { throw unsupported("an inlined body makes no native call") }
            if runtime?.isTraced(callee) == true {
                emit(.traceNativeCall)
                emit64(descriptor)
            }
            emit(.callNative)
            emit64(UInt64(UInt(bitPattern: unsafeBitCast(body, to: UnsafeRawPointer.self))))
            code.append(UInt32(base))
            emit64(descriptor)
        } else if tail && tailCallAllowed && varargs == nil {
            // The target goes in the slot above the arguments, then replaces this frame.
            let function = base + bytes
            frameSize = max(frameSize, function + 8)
            if case .direct = dispatch {
                emit(.ldcI8, [function])
            } else {
                emit(.resolveFunction, [function, base])
            }
            emit64(descriptor)
            var isDirect = false
            if case .direct = dispatch { isDirect = true }
            emit(.tailCall, [function, base, bytes, isDirect ? 0 : 1])
        } else if inlineFrameBase != nil {
            // An inlined body calls only what is inlined in turn (its frame would be missing).
            throw unsupported("\(callee) is not inlined")
        } else {
            switch dispatch {
            case .direct:
                emit(.call)
                emit64(descriptor)
                code.append(UInt32(base))
            case .virtual(let slot):
                emit(.callVirtual)
                emit64(descriptor)
                code.append(UInt32(base))
                code.append(UInt32(slot))
            case .interface(let table, let slot):
                emit(.callInterface)
                emit64(descriptor)
                code.append(UInt32(base))
                emit64(UInt64(UInt(bitPattern: table?.raw)))
                code.append(UInt32(slot))
            }
        }
        try pushResult(of: signature, at: base)
    }

    /// The typed IR operation for a binary numeric instruction on two operand kinds (III.1.5 table 2).
    private mutating func importBinary(_ opcode: UInt16) throws {
        var b = try popAllowingConstant()
        var a = try pop()
        if let immediate = b.constant, let op = Self.immediateForm(opcode, a.kind, b.kind, immediate) {
            let result = push(a.kind == .int32 && b.kind == .int32 ? .int32 : a.kind)
            emit(op, [result.offset, a.offset, Int(UInt32(truncatingIfNeeded: immediate))])
            noteProducer(result, operandCount: 3)
            return
        }
        if let constant = b.constant { emitConstant(constant, kind: b.kind, into: b.slot); b.constant = nil }
        // Managed pointer arithmetic (III.1.5 table 2, unverifiable): & ± integer is a &, & - & a native int.
        if a.kind == .byReference || b.kind == .byReference, opcode == 0x58 || opcode == 0x59 || opcode == 0xD6 || opcode == 0xDA {
            let integer: Set<StackKind> = [.int32, .nativeInt]
            let resultKind: StackKind
            let type: RuntimeType?
            switch (a.kind, b.kind) {
            case (.byReference, let other) where integer.contains(other): (resultKind, type) = (.byReference, a.type)
            case (let other, .byReference) where integer.contains(other) && opcode != 0x59 && opcode != 0xDA: (resultKind, type) = (.byReference, b.type)
            case (.byReference, .byReference) where opcode == 0x59 || opcode == 0xDA: (resultKind, type) = (.nativeInt, nil)
            // A pointer minus a managed pointer (pinned strings in the BCL): a native int.
            case (.nativeInt, .byReference) where opcode == 0x59 || opcode == 0xDA: (resultKind, type) = (.nativeInt, nil)
            default: throw invalid("operands \(a.kind.name) and \(b.kind.name) do not fit pointer arithmetic")
            }
            let result = push(resultKind, type: type)
            emit(opcode == 0x58 || opcode == 0xD6 ? .addI8 : .subI8, [result.offset, a.offset, b.offset])
            return
        }
        let isShift = (0x62...0x64).contains(opcode)
        let kind: StackKind
        if isShift {
            guard b.kind == .int32 || b.kind == .nativeInt, [.int32, .int64, .nativeInt].contains(a.kind) else {
                throw invalid("shift of \(a.kind.name) by \(b.kind.name)")
            }
            kind = a.kind
        } else {
            switch (a.kind, b.kind) {
            case let (x, y) where x == y && x != .valueType && x != .object && x != .byReference: kind = x
            case (.int32, .nativeInt), (.nativeInt, .int32): kind = .nativeInt
            case (.float32, .float64), (.float64, .float32):
                kind = .float64
                promoteFloats(&a, &b)
            default: throw invalid("operands \(a.kind.name) and \(b.kind.name) do not fit \(Opcode.oneByte[Int(opcode)]?.name ?? "")")
            }
        }
        let isInteger = kind == .int32 || kind == .int64 || kind == .nativeInt
        let wide = kind != .int32
        let op: IROp
        switch opcode {
        case 0x58: op = kind == .float32 ? .addR4 : kind == .float64 ? .addR8 : wide ? .addI8 : .addI4
        case 0x59: op = kind == .float32 ? .subR4 : kind == .float64 ? .subR8 : wide ? .subI8 : .subI4
        case 0x5A: op = kind == .float32 ? .mulR4 : kind == .float64 ? .mulR8 : wide ? .mulI8 : .mulI4
        case 0x5B: op = kind == .float32 ? .divR4 : kind == .float64 ? .divR8 : wide ? .divI8 : .divI4
        case 0x5D: op = kind == .float32 ? .remR4 : kind == .float64 ? .remR8 : wide ? .remI8 : .remI4
        default:
            guard isInteger else { throw invalid("\(Opcode.oneByte[Int(opcode)]?.name ?? "") needs integers, not \(kind.name)") }
            switch opcode {
            case 0x5C: op = wide ? .divUnI8 : .divUnI4
            case 0x5E: op = wide ? .remUnI8 : .remUnI4
            case 0x5F: op = wide ? .andI8 : .andI4
            case 0x60: op = wide ? .orI8 : .orI4
            case 0x61: op = wide ? .xorI8 : .xorI4
            case 0x62: op = wide ? .shlI8 : .shlI4
            case 0x63: op = wide ? .shrI8 : .shrI4
            case 0x64: op = wide ? .shrUnI8 : .shrUnI4
            case 0xD6: op = wide ? .addOvfI8 : .addOvfI4
            case 0xD7: op = wide ? .addOvfUnI8 : .addOvfUnI4
            case 0xD8: op = wide ? .mulOvfI8 : .mulOvfI4
            case 0xD9: op = wide ? .mulOvfUnI8 : .mulOvfUnI4
            case 0xDA: op = wide ? .subOvfI8 : .subOvfI4
            default: op = wide ? .subOvfUnI8 : .subOvfUnI4
            }
        }
        let result = push(kind)
        emit(op, [result.offset, a.offset, b.offset])
        noteProducer(result, operandCount: 3)
    }

    /// The immediate form of a binary integer instruction whose right operand is `immediate`
    /// (it must fit an int32; shift amounts are int32 already), or nil.
    static func immediateForm(_ opcode: UInt16, _ a: StackKind, _ b: StackKind, _ immediate: UInt64) -> IROp? {
        let value = Int64(bitPattern: immediate)
        guard value == Int64(Int32(truncatingIfNeeded: value)) else { return nil }
        let wide: Bool
        switch (a, b) {
        case (.int32, .int32): wide = false
        case (.int64, .int64), (.nativeInt, .nativeInt), (.nativeInt, .int32): wide = true
        case (.int64, .int32) where (0x62...0x64).contains(opcode): wide = true  // shifts of int64 by an int32 count
        default: return nil
        }
        let forms: [UInt16: IROp] = [0x58: .addI4Imm, 0x59: .subI4Imm, 0x5A: .mulI4Imm, 0x5F: .andI4Imm, 0x60: .orI4Imm,
                                     0x61: .xorI4Imm, 0x62: .shlI4Imm, 0x63: .shrI4Imm, 0x64: .shrUnI4Imm]
        guard let narrow = forms[opcode] else { return nil }
        return wide ? IROp(rawValue: narrow.rawValue - IROp.addI4Imm.rawValue + IROp.addI8Imm.rawValue) : narrow
    }

    /// F values of both sizes meeting in one operation (III.1.1.1: one F type): the float32 one
    /// is widened in place, so the operation is done in float64.
    private mutating func promoteFloats(_ a: inout StackEntry, _ b: inout StackEntry) {
        if a.kind == .float32 && b.kind == .float64 { emit(.convR4ToR8, [a.slot, a.offset]); a.offset = a.slot }
        if b.kind == .float32 && a.kind == .float64 { emit(.convR4ToR8, [b.slot, b.offset]); b.offset = b.slot }
    }

    private mutating func comparisonFamily(_ a: inout StackEntry, _ b: inout StackEntry) throws -> Int {
        switch (a.kind, b.kind) {
        case (.int32, .int32): return 0
        case (.int64, .int64), (.nativeInt, .nativeInt), (.int32, .nativeInt), (.nativeInt, .int32): return 1
        // References compare by identity (ceq, beq, bne.un, cgt.un against null); byrefs and pointers by address.
        case (.object, .object), (.byReference, .byReference), (.byReference, .nativeInt), (.nativeInt, .byReference): return 1
        case (.float32, .float32): return 2
        case (.float64, .float64): return 3
        case (.float32, .float64), (.float64, .float32):
            promoteFloats(&a, &b)
            return 3
        default: throw invalid("\(a.kind.name) and \(b.kind.name) cannot be compared")
        }
    }

    private mutating func importCompareBranch(_ instruction: Instruction, index: Int) throws {
        // beq, bge, bgt, ble, blt, bne.un, bge.un, bgt.un, ble.un, blt.un in opcode order.
        let order: [IROp] = [.beqI4, .bgeI4, .bgtI4, .bleI4, .bltI4, .bneUnI4, .bgeUnI4, .bgtUnI4, .bleUnI4, .bltUnI4]
        var b = try popAllowingConstant(), a = try popAllowingConstant()
        var index = index
        if a.constant != nil && b.constant == nil && a.kind == .int32 && b.kind == .int32 {
            // Constant on the left: swap the operands and mirror the comparison.
            swap(&a, &b)
            index = [0, 3, 4, 1, 2, 5, 8, 9, 6, 7][index]
        }
        if let immediate = b.constant, a.constant == nil, a.kind == .int32, b.kind == .int32 {
            let op = IROp(rawValue: IROp.beqI4Imm.rawValue + (order[index].rawValue - IROp.beqI4.rawValue))!
            try emitBranch(op, [a.offset, Int(UInt32(truncatingIfNeeded: immediate))], target: branchTarget(instruction))
            return
        }
        for entry in [a, b] where entry.constant != nil { emitConstant(entry.constant!, kind: entry.kind, into: entry.slot) }
        a.constant = nil
        b.constant = nil
        let family = try comparisonFamily(&a, &b)
        let base = order[index].rawValue - IROp.beqI4.rawValue
        let op = IROp(rawValue: IROp.beqI4.rawValue + UInt16(family * 10) + base)!
        try emitBranch(op, [a.offset, b.offset], target: branchTarget(instruction))
    }

    private mutating func importCompare(_ opcode: UInt16) throws {
        var b = try pop(), a = try pop()
        let family = try comparisonFamily(&a, &b)
        // ceq, cgt, cgt.un, clt, clt.un
        let op = IROp(rawValue: IROp.ceqI4.rawValue + UInt16(family * 5) + (opcode - 0xFE01))!
        let result = push(.int32)
        emit(op, [result.offset, a.offset, b.offset])
        noteProducer(result, operandCount: 3)
    }

    /// An unchecked conversion with an instruction of its own.
    static func specializedConversion(_ code: ConversionCode) -> IROp? {
        guard !code.checked, !code.unsignedSource else { return nil }
        switch (code.source, code.target) {
        case (.i4, .r8): return .convI4ToR8
        case (.i8, .r8): return .convI8ToR8
        case (.i4, .r4): return .convI4ToR4
        case (.r8, .i4): return .convR8ToI4
        case (.r8, .i8): return .convR8ToI8
        case (.r4, .r8): return .convR4ToR8
        case (.r8, .r4): return .convR8ToR4
        case (.i8, .i4), (.i8, .u4): return .convToI4
        case (.i4, .i1), (.i8, .i1): return .convToI1
        case (.i4, .u1), (.i8, .u1): return .convToU1
        case (.i4, .i2), (.i8, .i2): return .convToI2
        case (.i4, .u2), (.i8, .u2): return .convToU2
        case (.i4, .u8): return .convI4ToU8
        default: return nil
        }
    }

    /// Unchecked conversions that leave a slot's bits as they are (int32 values are kept
    /// sign-extended, so widening one to int64 or native int changes nothing).
    static func conversionKeepsBits(_ source: ConversionCode.Source, _ target: ConversionCode.Target) -> Bool {
        switch (source, target) {
        case (.i4, .i4), (.i4, .u4), (.i4, .i8), (.i8, .i8), (.i8, .u8), (.r8, .r8), (.r4, .r4): return true
        default: return false
        }
    }

    private mutating func importConversion(_ opcode: UInt16) throws {
        let value = try pop()
        let source: ConversionCode.Source
        switch value.kind {
        case .int32: source = .i4
        case .int64, .nativeInt: source = .i8
        case .float32: source = .r4
        case .float64: source = .r8
        case .object, .byReference:
            // An object or managed pointer converted to a native integer: its address (fixed statements).
            guard [0xD3, 0xE0, 0x6A, 0x6E].contains(opcode) else { throw invalid("conversion of \(value.kind.name)") }
            source = .i8
        default: throw invalid("conversion of \(value.kind.name)")
        }
        let target: ConversionCode.Target, kind: StackKind
        var checked = false, unsigned = false
        switch opcode {
        case 0x67: (target, kind) = (.i1, .int32)
        case 0x68: (target, kind) = (.i2, .int32)
        case 0x69: (target, kind) = (.i4, .int32)
        case 0x6A: (target, kind) = (.i8, .int64)
        case 0x6B: (target, kind) = (.r4, .float32)
        case 0x6C: (target, kind) = (.r8, .float64)
        case 0x6D: (target, kind) = (.u4, .int32)
        case 0x6E: (target, kind) = (.u8, .int64)
        case 0x76: (target, kind, unsigned) = (.r8, .float64, true)  // conv.r.un
        case 0xD1: (target, kind) = (.u2, .int32)
        case 0xD2: (target, kind) = (.u1, .int32)
        case 0xD3: (target, kind) = (.i8, .nativeInt)
        case 0xE0: (target, kind) = (.u8, .nativeInt)
        case 0xB3...0xBA:  // conv.ovf.i1 u1 i2 u2 i4 u4 i8 u8
            let targets: [ConversionCode.Target] = [.i1, .u1, .i2, .u2, .i4, .u4, .i8, .u8]
            target = targets[Int(opcode - 0xB3)]
            kind = target == .i8 || target == .u8 ? .int64 : .int32
            checked = true
        case 0xD4: (target, kind, checked) = (.i8, .nativeInt, true)  // conv.ovf.i
        case 0xD5: (target, kind, checked) = (.u8, .nativeInt, true)  // conv.ovf.u
        case 0x82...0x8B:  // conv.ovf.i1.un … conv.ovf.u.un
            let targets: [ConversionCode.Target] = [.i1, .i2, .i4, .i8, .u1, .u2, .u4, .u8, .i8, .u8]
            target = targets[Int(opcode - 0x82)]
            kind = opcode >= 0x8A ? .nativeInt : (target == .i8 || target == .u8 ? .int64 : .int32)
            checked = true
            unsigned = true
        default:
            throw invalid("unknown conversion")
        }
        // conv.r.un of a float is an ordinary widening.
        if unsigned, source == .r4 || source == .r8 { unsigned = false }
        // An array length (ldlen) is below 2^31: as int32 or uint32 its slot already holds it.
        if target == .i4 || target == .u4, previousOperation(making: value) == .arrayLength {
            _ = push(kind)
            lastProducer = previousProducer
            return
        }
        let result = push(kind)
        let code = ConversionCode(source: source, target: target, checked: checked, unsignedSource: unsigned)
        if !checked && !unsigned && Self.conversionKeepsBits(source, target) {
            // The slot already holds the converted value (int32 sign-extended to 64 bits).
            emitMove(to: result.offset, from: value.offset, size: 8)
            if result.offset != value.offset { noteProducer(result, operandCount: 2) }
        } else {
            noteProducer(result, operandCount: emitConversion(to: result.offset, from: value.offset, code))
        }
    }
}

extension Importer {
    // MARK: Memory, fields, value types

    /// How a value of `type` is read from memory; nil for value types copied whole.
    func loadKind(of type: RuntimeType) -> LoadKind? {
        let element = (try? type.underlyingType())?.signatureElementType ?? type.signatureElementType
        switch element {
        case .boolean, .uint8: return .u1
        case .int8: return .i1
        case .int16: return .i2
        case .char, .uint16: return .u2
        case .int32: return .i4
        case .uint32: return .u4
        case .float32: return .r4
        case .float64: return .r8
        case .valueType, .typedReference: return nil
        default: return .i8
        }
    }

    func storeKind(of type: RuntimeType) throws -> StoreKind? {
        guard loadKind(of: type) != nil else { return nil }
        if type.isReferenceType { return .reference }
        switch try type.storageSize().size {
        case 1: return .b1
        case 2: return .b2
        case 4: return .b4
        default: return .b8
        }
    }

    /// The type named by an instruction's type token, in this method's generic context.
    func typeOperand(_ instruction: Instruction) throws -> RuntimeType {
        guard case .token(let token) = instruction.operand else { throw invalid("bad operand") }
        do { return try system.type(token, in: assembly, context: context) } catch { throw resolutionFailure(error) }
    }

    func fieldOperand(_ instruction: Instruction) throws -> RuntimeField {
        guard case .token(let token) = instruction.operand else { throw invalid("bad operand") }
        do { return try system.field(token, in: assembly, context: context) } catch { throw resolutionFailure(error) }
    }

    /// Pushes the value at `address entry + offset` (an address on the stack) as `type`.
    mutating func emitLoad(_ type: RuntimeType, address: StackEntry, offset: Int) throws {
        let result = try push(valueOf: type)
        if let kind = loadKind(of: type) {
            emit(kind.fieldOp, [result.offset, address.offset, offset])
            noteProducer(result, operandCount: 3)
        } else {
            emit(.loadN, [result.offset, address.offset, offset, try type.storageSize().size])
            noteProducer(result, operandCount: 4)
        }
    }

    mutating func emitStore(_ value: StackEntry, address: StackEntry, offset: Int, type: RuntimeType) throws {
        try checkAssignable(value, to: type)
        var value = value
        if value.kind == .float32 || value.kind == .float64 { value = emitConversionInPlace(value, to: type) }
        if let kind = try storeKind(of: type) {
            emit(kind.fieldOp, [address.offset, offset, value.offset])
        } else {
            emit(.storeN, [address.offset, offset, value.offset, try type.storageSize().size])
        }
    }

    private func isAddress(_ entry: StackEntry) -> Bool {
        entry.kind == .byReference || entry.kind == .nativeInt || entry.kind == .object
    }

    mutating func importIndirectLoad(_ opcode: UInt16) throws {
        let address = try pop()
        guard isAddress(address) else { throw invalid("ldind needs an address, not \(address.kind.name)") }
        let primitives: [ElementType] = [.int8, .uint8, .int16, .uint16, .int32, .uint32, .int64, .intPtr, .float32, .float64]
        let type = opcode == 0x50 ? (address.type?.elementType ?? system.wellKnown.object) : try system.primitive(primitives[Int(opcode - 0x46)])
        try emitLoad(type, address: address, offset: 0)
    }

    mutating func importIndirectStore(_ opcode: UInt16) throws {
        let value = try pop(), address = try pop()
        guard isAddress(address) else { throw invalid("stind needs an address, not \(address.kind.name)") }
        let type: RuntimeType
        switch opcode {
        case 0x51:
            guard value.kind == .object else { throw invalid("stind.ref of a \(value.kind.name)") }
            type = value.type ?? system.wellKnown.object
        case 0xDF: type = try system.primitive(.intPtr)
        default:
            let primitives: [ElementType] = [.int8, .int16, .int32, .int64, .float32, .float64]
            type = try system.primitive(primitives[Int(opcode - 0x52)])
        }
        try emitStore(value, address: address, offset: 0, type: type)
    }

    mutating func importSizeof(_ instruction: Instruction) throws {
        let type = try typeOperand(instruction)
        let entry = push(.int32)
        emit(.ldcI4, [entry.offset, try type.storageSize().size])
    }

    /// cpobj, ldobj, stobj, initobj.
    mutating func importObjectCopy(_ opcode: UInt16, _ instruction: Instruction) throws {
        let type = try typeOperand(instruction)
        switch opcode {
        case 0x71:  // ldobj
            let address = try pop()
            guard isAddress(address) else { throw invalid("ldobj needs an address") }
            try emitLoad(type, address: address, offset: 0)
        case 0x81:  // stobj
            let value = try pop(), address = try pop()
            guard isAddress(address) else { throw invalid("stobj needs an address") }
            try emitStore(value, address: address, offset: 0, type: type)
        case 0x70:  // cpobj: load from the source above the destination, store to the destination
            let source = try pop(), destination = try pop()
            guard isAddress(source), isAddress(destination) else { throw invalid("cpobj needs two addresses") }
            stack.append(destination)
            try emitLoad(type, address: source, offset: 0)
            let value = try pop()
            _ = try pop()
            try emitStore(value, address: destination, offset: 0, type: type)
        default:  // initobj
            let address = try pop()
            guard isAddress(address) else { throw invalid("initobj needs an address") }
            emit(.zeroN, [address.offset, try type.storageSize().size])
        }
    }

    /// ldfld, ldflda, stfld: through an object reference, a byref or pointer, or (ldfld) a value.
    mutating func importInstanceField(_ opcode: UInt16, _ instruction: Instruction) throws {
        let field = try fieldOperand(instruction)
        if field.storage != .instance {
            // ldfld/stfld of a static field: the object is evaluated and discarded (III.4.10).
            throw unsupported("ldfld/stfld of the static field \(field)")
        }
        switch opcode {
        case 0x7B:  // ldfld
            let source = try pop()
            if let value = source.kind == .valueType ? source.offset : foldFrameAddress(into: source) {
                let result = try push(valueOf: field.type)
                if let kind = loadKind(of: field.type) {
                    emit(.frameLoad, [result.offset, value + field.offset, Int(kind.rawValue)])
                    noteProducer(result, operandCount: 3)
                } else {
                    emitMove(to: result.offset, from: value + field.offset, size: try field.type.storageSize().size)
                }
            } else {
                guard isAddress(source) else { throw invalid("ldfld of a \(source.kind.name)") }
                var address = source, offset = field.offset
                if let folded = foldFieldAddress(into: source) { (address.offset, offset) = (folded.base, folded.offset + offset) }
                try emitLoad(field.type, address: address, offset: offset)
            }
        case 0x7C:  // ldflda
            let source = try pop()
            guard isAddress(source) else { throw invalid("ldflda of a \(source.kind.name)") }
            var base = source.offset, offset = field.offset
            if let folded = foldFieldAddress(into: source) { (base, offset) = (folded.base, folded.offset + offset) }
            let result = push(.byReference, type: try system.byReference(to: field.type))
            emit(.fieldAddress, [result.offset, base, offset])
            noteProducer(result, operandCount: 3)
        default:  // stfld
            let value = try pop(), target = try pop()
            guard isAddress(target) else { throw invalid("stfld into a \(target.kind.name)") }
            try emitStore(value, address: target, offset: field.offset, type: field.type)
        }
    }

    /// ldsfld, ldsflda, stsfld: the statics block's address is known when the method is imported.
    mutating func importStaticField(_ opcode: UInt16, _ instruction: Instruction) throws {
        let field = try fieldOperand(instruction)
        let owner = field.declaringType
        guard field.storage == .static || field.storage == .threadStatic else { throw invalid("\(field) is not a static field") }
        try emitTypeInitialization(for: owner, triggeredBy: .staticFieldAccess)
        if field.storage == .threadStatic {
            guard let runtime else { throw unsupported("thread statics outside a runtime") }
            _ = try runtime.threadStatics.block(for: owner)
            let slot = try owner.threadStaticLayout().slot
            func address(into entry: StackEntry) { emit(.threadStaticAddress, [entry.offset, slot, field.offset]) }
            switch opcode {
            case 0x7F:
                let result = push(.byReference, type: try system.byReference(to: field.type))
                address(into: result)
            case 0x7E:
                let result = try push(valueOf: field.type)
                address(into: result)
                if let kind = loadKind(of: field.type) {
                    emit(.load, [result.offset, result.offset, 0, Int(kind.rawValue)])
                } else {
                    emit(.loadN, [result.offset, result.offset, 0, try field.type.storageSize().size])
                }
            default:
                let value = try pop()
                stack.append(value)
                let scratch = push(.nativeInt)
                address(into: scratch)
                stack.removeLast(2)
                try emitStore(value, address: scratch, offset: 0, type: field.type)
            }
            return
        }
        guard let block = try owner.staticStorage() else { throw invalid("\(owner) has no static storage") }
        let address = UInt64(UInt(bitPattern: block + field.offset))
        switch opcode {
        case 0x7F:  // ldsflda
            let result = push(.byReference, type: try system.byReference(to: field.type))
            emit(.absoluteAddress, [result.offset])
            emit64(address)
        case 0x7E:  // ldsfld
            let result = try push(valueOf: field.type)
            if let kind = loadKind(of: field.type) {
                emit(kind.staticOp, [result.offset])
                emit64(address)
                noteProducer(result, operandCount: 3)
            } else {
                // A value type: the result slot first holds the address.
                emit(.absoluteAddress, [result.offset])
                emit64(address)
                emit(.loadN, [result.offset, result.offset, 0, try field.type.storageSize().size])
            }
        default:  // stsfld: a scratch slot above the value holds the address
            var value = try pop()
            try checkAssignable(value, to: field.type)
            if let kind = try storeKind(of: field.type) {
                if value.kind == .float32 || value.kind == .float64 { value = emitConversionInPlace(value, to: field.type) }
                emit(kind.staticOp)
                emit64(address)
                code.append(UInt32(value.offset))
                return
            }
            stack.append(value)
            let scratch = push(.nativeInt)
            emit(.absoluteAddress, [scratch.offset])
            emit64(address)
            _ = try pop()
            _ = try pop()
            try emitStore(value, address: scratch, offset: 0, type: field.type)
        }
    }

    enum InitializationTrigger { case staticFieldAccess, staticMethodCall, construction }

    /// II.10.5.3: a type with a type initializer runs it before the first access to a static field
    /// (beforefieldinit: in this method's prologue, as mono does when it compiles the method), or
    /// for precise types also before the first static method call or instance construction, at
    /// that point. Nothing is emitted once it has run, or inside the type's own code.
    mutating func emitTypeInitialization(for type: RuntimeType, triggeredBy trigger: InitializationTrigger) throws {
        guard let initializer = try type.typeInitializer(), initializer !== method else { return }
        let table = try type.methodTable()
        if table.raw.load(fromByteOffset: MethodTable.classInitStateOffset, as: UInt32.self) == TypeInitializationState.started { return }
        if type.flags.contains(.beforeFieldInit) {
            guard trigger == .staticFieldAccess else { return }
            if !prologueInitializers.contains(where: { $0 === type }) { prologueInitializers.append(type) }
            return
        }
        if type === method.declaringType && trigger != .staticFieldAccess { return }
        try emitInitClass(type, initializer)
    }

    /// The check that runs `type`'s initializer where it stands, if it has not run (initClass).
    mutating func emitInitClass(_ type: RuntimeType, _ initializer: RuntimeMethod) throws {
        emit(.initClass)
        emit64(try tableWords(type))
        emit64(UInt64(UInt(bitPattern: initializer.descriptor)))
    }

    /// newobj of a value type: a zeroed value below the arguments, its address as `this`.
    mutating func importNewObject(_ instruction: Instruction) throws {
        guard case .token(let token) = instruction.operand else { throw invalid("bad operand") }
        let constructor: RuntimeMethod
        do { constructor = try system.method(token, in: assembly, context: context) } catch { throw resolutionFailure(error) }
        let type = constructor.declaringType
        guard constructor.isConstructor, !constructor.isStatic else { throw invalid("newobj of \(constructor), which is not a constructor") }
        if inlineFrameBase != nil && !type.isValueType { throw unsupported("an inlined body allocates no objects") }
        if type.isArray {
            // II.14.2: the constructors of array types take the lengths, or lower bounds and lengths.
            let count = try constructor.signature().parameterTypes.count
            guard count == type.arrayRank || count == 2 * type.arrayRank, stack.count >= count else {
                throw invalid("\(constructor) does not fit an array of rank \(type.arrayRank)")
            }
            let arguments = Array(stack.suffix(count))
            stack.removeLast(count)
            let first = arguments[0].offset
            // Arguments are at consecutive slots; the result replaces the first.
            emit(.newArrayMD, [first])
            emit64(try tableWords(type))
            code.append(UInt32(first))
            code.append(UInt32(count))
            // The op reads all arguments before it writes the result slot (the first argument's).
            let result = push(.object, type: type)
            guard result.offset == first else { throw invalid("internal: array constructor layout") }
            return
        }
        if type.isString {
            // Mono's corlib builds strings in String.CreateString(args), an instance method called
            // on null with the constructor's arguments (PreserveDependency on each constructor).
            let parameters = try constructor.signature().parameterTypes
            guard let factory = try type.methods().first(where: { candidate in
                candidate.name == "CreateString" && !candidate.isStatic && (try? candidate.signature().parameterTypes) == parameters
            }) else { throw unsupported("the string constructor \(constructor) has no CreateString counterpart") }
            let arguments = Array(stack.suffix(parameters.count))
            guard arguments.count == parameters.count else { throw invalid("stack underflow: \(constructor)") }
            stack.removeLast(parameters.count)
            let this = push(.object, type: type)
            var moved: [StackEntry] = []
            for argument in arguments { moved.append(push(argument.kind, size: argument.size, type: argument.type)) }
            for (from, to) in zip(arguments, moved).reversed() { emitMove(to: to.offset, from: from.offset, size: from.size) }
            emit(.ldcI8, [this.offset])
            emit64(0)
            try emitCall(factory, signature: try factory.signature())
            return
        }
        guard !type.isAbstract, !type.isInterface else { throw invalid("newobj of the abstract type \(type)") }
        if type.isDelegate {
            // The runtime's delegate constructor (object target, native int function): II.14.6.
            let function = try pop(), target = try pop()
            guard target.kind == .object, function.kind == .nativeInt else { throw invalid("a delegate constructor takes an object and a function pointer") }
            stack.append(target)
            stack.append(function)
            let scratch = push(.object, type: type)
            emit(.newObject, [scratch.offset])
            emit64(try tableWords(type))
            emit(.initDelegate, [scratch.offset, target.offset, function.offset])
            stack.removeLast(3)
            let result = push(.object, type: type)
            emitMove(to: result.offset, from: scratch.offset, size: 8)
            return
        }
        try emitTypeInitialization(for: type, triggeredBy: .construction)
        if !type.isValueType {
            let signature = try constructor.signature()
            let count = signature.parameterTypes.count
            guard stack.count >= count else { throw invalid("stack underflow: \(constructor) takes \(count) arguments") }
            let arguments = Array(stack.suffix(count))
            stack.removeLast(count)
            // Layout: [object][this][arguments…]: the result stays below the call.
            let object = push(.object, type: type)
            let this = push(.object, type: type)
            var moved: [StackEntry] = []
            for argument in arguments { moved.append(push(argument.kind, size: argument.size, type: argument.type)) }
            for (from, to) in zip(arguments, moved).reversed() { emitMove(to: to.offset, from: from.offset, size: from.size) }
            emit(.newObject, [object.offset])
            emit64(UInt64(UInt(bitPattern: try type.methodTable().raw)))
            emitMove(to: this.offset, from: object.offset, size: 8)
            try emitCall(constructor, signature: signature)
            return
        }
        let signature = try constructor.signature()
        let count = signature.parameterTypes.count
        guard stack.count >= count else { throw invalid("stack underflow: \(constructor) takes \(count) arguments") }
        let arguments = Array(stack.suffix(count))
        stack.removeLast(count)
        // Layout: [value][this][arguments…]; the arguments move up past the value and `this`.
        let value = try push(valueOf: type)
        let this = push(.byReference, type: try system.byReference(to: type))
        var moved: [StackEntry] = []
        for argument in arguments { moved.append(push(argument.kind, size: argument.size, type: argument.type)) }
        for (from, to) in zip(arguments, moved).reversed() { emitMove(to: to.offset, from: from.offset, size: from.size) }
        emit(.frameAddress, [this.offset, value.offset])
        emit(.zeroN, [this.offset, try type.storageSize().size])
        try emitCall(constructor, signature: signature)
    }
}

extension Importer {
    // MARK: Objects

    func tableWords(_ type: RuntimeType) throws -> UInt64 { UInt64(UInt(bitPattern: try type.methodTable().raw)) }

    /// callvirt: a virtual slot, an interface slot, or (non-virtual methods) a null check and a call.
    mutating func importCallVirtual(_ instruction: Instruction) throws {
        guard case .token(let token) = instruction.operand else { throw invalid("bad operand") }
        let callee: RuntimeMethod
        do { callee = try system.method(token, in: assembly, context: context) } catch { throw resolutionFailure(error) }
        let signature = try callee.signature()
        guard signature.hasThis else { throw invalid("callvirt of the static method \(callee)") }
        let declaring = callee.declaringType
        guard !declaring.isValueType || constrainedType != nil else { throw invalid("callvirt of the value type method \(callee) without constrained.") }
        let varargs = try varargTypes(token, calling: callee), tail = tailPrefix
        let count = signature.parameterTypes.count + (varargs?.count ?? 0) + 1
        guard stack.count >= count else { throw invalid("stack underflow: \(callee) takes \(count) arguments") }
        var this = stack[stack.count - count]
        if let constrained = constrainedType {
            // III.2.1: `this` is a byref to a value of the constrained type.
            guard this.kind == .byReference || this.kind == .nativeInt else { throw invalid("constrained. callvirt needs a byref this") }
            if constrained.isValueType {
                let target = try constrained.resolveVirtual(callee)
                if target.declaringType === constrained {
                    // The value type implements the method: call it on the value in place.
                    try emitCall(target, signature: try target.signature(), varargs: varargs, tail: tail)
                    return
                }
                // Otherwise box the value and dispatch on the box.
                if let underlying = constrained.nullableArgument, let value = try constrained.field(named: "value") {
                    // A Nullable<T> boxes to its T or to null (III.4.1), read into scratch space above the arguments.
                    let scratch = stack.last.map { $0.offset + $0.size } ?? stackBase
                    let size = try constrained.storageSize().size
                    frameSize = max(frameSize, scratch + size)
                    emit(.loadN, [scratch, this.offset, 0, size])
                    emit(.boxNullable, [this.offset, scratch])
                    emit64(try tableWords(underlying))
                    code.append(UInt32(value.offset))
                    code.append(UInt32(try underlying.storageSize().size))
                } else {
                    emit(.boxIndirect, [this.offset, this.offset])
                    emit64(try tableWords(constrained))
                    code.append(UInt32(try constrained.storageSize().size))
                }
            } else {
                emit(.load, [this.offset, this.offset, 0, Int(LoadKind.i8.rawValue)])
            }
            this.kind = .object
            this.type = constrained.isValueType ? system.wellKnown.object : constrained
            stack[stack.count - count] = this
        }
        guard this.kind == .object else { throw invalid("callvirt on a \(this.kind.name)") }
        guard callee.isVirtual, !callee.isFinal || declaring.isInterface || !callee.methodArguments.isEmpty || callee.isGenericMethodDefinition else {
            emit(.checkNull, [this.offset])
            try emitCall(callee, signature: signature, varargs: varargs, tail: tail)
            return
        }
        try declaring.loadVirtualTable()
        let slot = (callee.genericDefinition ?? callee).slot
        // Generic virtual methods and interfaces resolve in the slow path or through the map.
        if !callee.methodArguments.isEmpty {
            // Generic virtual methods: the override is instantiated per call (slow path).
            try emitCall(callee, signature: signature, dispatch: .interface(nil, slot: slot), varargs: varargs, tail: tail)
        } else if declaring.isInterface {
            try emitCall(callee, signature: signature, dispatch: .interface(try declaring.methodTable(), slot: slot), varargs: varargs, tail: tail)
        } else {
            try emitCall(callee, signature: signature, dispatch: .virtual(slot: slot), varargs: varargs, tail: tail)
        }
    }

    /// ldtoken: a RuntimeTypeHandle (the MethodTable), RuntimeMethodHandle (the method descriptor)
    /// or RuntimeFieldHandle (the field's handle block), each a struct of one native int.
    mutating func importToken(_ instruction: Instruction) throws {
        guard case .token(let token) = instruction.operand else { throw invalid("bad operand") }
        let value: UInt64, handleType: String
        switch token.table {
        case .typeDef, .typeRef, .typeSpec:
            value = try tableWords(try typeOperand(instruction))
            handleType = "RuntimeTypeHandle"
        case .field:
            value = UInt64(UInt(bitPattern: try fieldOperand(instruction).handleBlock))
            handleType = "RuntimeFieldHandle"
        case .memberRef:
            let reference = assembly.reader.memberReference(MemberReferenceHandle(row: token.row))
            if reference.isField {
                value = UInt64(UInt(bitPattern: try fieldOperand(instruction).handleBlock))
                handleType = "RuntimeFieldHandle"
            } else {
                value = UInt64(UInt(bitPattern: try methodOperand(token).descriptor))
                handleType = "RuntimeMethodHandle"
            }
        default:
            value = UInt64(UInt(bitPattern: try methodOperand(token).descriptor))
            handleType = "RuntimeMethodHandle"
        }
        let type = try system.corlibType("System", handleType)
        let entry = push(.valueType, size: 8, type: type)
        emit(.ldcI8, [entry.offset])
        emit64(value)
    }

    mutating func importString(_ instruction: Instruction) throws {
        guard case .token(let token) = instruction.operand else { throw invalid("bad operand") }
        let text = try assembly.reader.userString(UserStringHandle(offset: token.row))
        guard let runtime else { throw unsupported("ldstr outside a runtime") }
        let object = try runtime.internedString(text)
        let entry = push(.object, type: system.wellKnown.string)
        emit(.ldcI8, [entry.offset])
        emit64(UInt64(UInt(bitPattern: object)))
    }

    mutating func importCast(_ opcode: UInt16, _ instruction: Instruction) throws {
        let target = try typeOperand(instruction)
        let value = try pop()
        guard value.kind == .object else { throw invalid("\(opcode == 0x74 ? "castclass" : "isinst") of a \(value.kind.name)") }
        // A boxed T is an instance of Nullable<T> (III.4.6).
        let tested = target.nullableArgument ?? target
        let result = push(.object, type: target.isValueType ? system.wellKnown.object : target)
        emit(opcode == 0x74 ? .castClass : .isInstance, [result.offset, value.offset])
        emit64(try tableWords(tested))
    }

    mutating func importBox(_ instruction: Instruction) throws {
        let type = try typeOperand(instruction)
        let value = try pop()
        guard type.isValueType else {
            // box of a reference type is a no-op (III.4.1).
            stack.append(value)
            return
        }
        if let underlying = type.nullableArgument {
            // III.4.1: a Nullable<T> boxes to null or to a boxed T.
            guard value.kind == .valueType, value.type === type, let field = try type.field(named: "value") else {
                throw invalid("box of \(type) needs a \(type) value")
            }
            stack.append(value)
            let scratch = push(.object, type: underlying)
            emit(.boxNullable, [scratch.offset, value.offset])
            emit64(try tableWords(underlying))
            code.append(UInt32(field.offset))
            code.append(UInt32(try underlying.storageSize().size))
            stack.removeLast(2)
            let result = push(.object, type: system.wellKnown.object)
            emitMove(to: result.offset, from: scratch.offset, size: 8)
            return
        }
        try checkAssignable(value, to: type)
        emitConversionInPlace(value, to: type)
        // The object is made above the value, then moved down into its place.
        stack.append(value)
        let scratch = push(.object, type: type)
        let size = try type.storageSize().size
        emit(.box, [scratch.offset, value.offset])
        emit64(try tableWords(type))
        code.append(UInt32(size))
        _ = try pop()
        _ = try pop()
        let result = push(.object, type: system.wellKnown.object)
        emitMove(to: result.offset, from: scratch.offset, size: 8)
    }

    /// unbox (0x79) pushes the address of the boxed value; unbox.any (0xA5) its value (or, for a
    /// reference type, is castclass).
    mutating func importUnbox(_ opcode: UInt16, _ instruction: Instruction) throws {
        let type = try typeOperand(instruction)
        let object = try pop()
        guard object.kind == .object else { throw invalid("unbox of a \(object.kind.name)") }
        if !type.isValueType {
            guard opcode == 0xA5 else { throw invalid("unbox of the reference type \(type)") }
            let result = push(.object, type: type)
            emit(.castClass, [result.offset, object.offset])
            emit64(try tableWords(type))
            return
        }
        if let underlying = type.nullableArgument {
            guard opcode == 0xA5 else { throw unsupported("unbox (to an address) of \(type)") }
            guard let field = try type.field(named: "value") else { throw invalid("\(type) has no value field") }
            // III.4.33: null becomes an empty Nullable<T>; a boxed T one that has it.
            let result = try push(valueOf: type)
            emit(.unboxNullable, [result.offset, object.offset])
            emit64(try tableWords(underlying))
            code.append(UInt32(field.offset))
            code.append(UInt32(try underlying.storageSize().size))
            code.append(UInt32(try type.storageSize().size))
            return
        }
        let address = push(.byReference, type: try system.byReference(to: type))
        emit(.unbox, [address.offset, object.offset])
        emit64(try tableWords(type))
        if opcode == 0xA5 {
            _ = try pop()
            stack.append(address)
            try emitLoad(type, address: address, offset: 0)
            let value = try pop()
            _ = try pop()
            let result = try push(valueOf: type)
            emitMove(to: result.offset, from: value.offset, size: value.size)
        }
    }

    mutating func importNewArray(_ instruction: Instruction) throws {
        let element = try typeOperand(instruction)
        let length = try pop()
        guard length.kind == .int32 || length.kind == .nativeInt else { throw invalid("newarr with a \(length.kind.name) length") }
        let type = try system.szArray(of: element)
        let result = push(.object, type: type)
        emit(.newArray, [result.offset])
        emit64(try tableWords(type))
        code.append(UInt32(length.offset))
        noteProducer(result, operandCount: 4)
    }

    /// The element type of an ldelem/stelem: from the opcode, or the token for ldelem/stelem <T>.
    private func elementType(_ opcode: UInt16, _ instruction: Instruction, array: StackEntry) throws -> RuntimeType {
        let primitive: ElementType?
        switch opcode {
        case 0x90: primitive = .int8
        case 0x91: primitive = .uint8
        case 0x92: primitive = .int16
        case 0x93: primitive = .uint16
        case 0x94: primitive = .int32
        case 0x95: primitive = .uint32
        case 0x96: primitive = .int64
        case 0x97: primitive = .intPtr
        case 0x98: primitive = .float32
        case 0x99: primitive = .float64
        case 0x9C: primitive = .int8
        case 0x9D: primitive = .int16
        case 0x9E: primitive = .int32
        case 0x9F: primitive = .int64
        case 0xA0: primitive = .float32
        case 0xA1: primitive = .float64
        case 0x9B: primitive = .intPtr
        default: primitive = nil
        }
        if let primitive { return try system.primitive(primitive) }
        if opcode == 0x9A || opcode == 0xA2 {  // ldelem.ref / stelem.ref: the array's own element type
            return array.type?.elementType ?? system.wellKnown.object
        }
        return try typeOperand(instruction)
    }

    mutating func importLoadElement(_ opcode: UInt16, _ instruction: Instruction) throws {
        let index = try pop(), array = try pop()
        guard array.kind == .object, index.kind == .int32 || index.kind == .nativeInt else { throw invalid("ldelem on \(array.kind.name)[\(index.kind.name)]") }
        let type = try elementType(opcode, instruction, array: array)
        let size = try type.storageSize().size
        let result = try push(valueOf: type)
        if let kind = loadKind(of: type) {
            emit(kind.elementOp, [result.offset, array.offset, index.offset])
            noteProducer(result, operandCount: 3)
        } else {
            emit(.loadElementN, [result.offset, array.offset, index.offset, size])
            noteProducer(result, operandCount: 4)
        }
    }

    mutating func importStoreElement(_ opcode: UInt16, _ instruction: Instruction) throws {
        var value = try pop()
        let index = try pop(), array = try pop()
        guard array.kind == .object, index.kind == .int32 || index.kind == .nativeInt else { throw invalid("stelem on \(array.kind.name)[\(index.kind.name)]") }
        let type = try elementType(opcode, instruction, array: array)
        try checkAssignable(value, to: type)
        if value.kind == .float32 || value.kind == .float64 { value = emitConversionInPlace(value, to: type) }
        if type.isReferenceType || opcode == 0xA2 {
            emit(.storeElementRef, [array.offset, index.offset, value.offset])
        } else if let kind = try storeKind(of: type), let op = kind.elementOp {
            emit(op, [array.offset, index.offset, value.offset])
        } else {
            emit(.storeElementN, [array.offset, index.offset, value.offset, try type.storageSize().size])
        }
    }

    mutating func importElementAddress(_ instruction: Instruction) throws {
        let type = try typeOperand(instruction)
        let index = try pop(), array = try pop()
        guard array.kind == .object, index.kind == .int32 || index.kind == .nativeInt else { throw invalid("ldelema on \(array.kind.name)[\(index.kind.name)]") }
        let result = push(.byReference, type: try system.byReference(to: type))
        emit(.elementAddress, [result.offset, array.offset, index.offset, try type.storageSize().size])
        // Reference elements are type-checked (array covariance) unless readonly. precedes.
        emit64(type.isReferenceType && !readonlyPrefix ? try tableWords(type) : 0)
        noteProducer(result, operandCount: 6)
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        String(repeating: pad, count: max(0, width - count)) + self
    }
}
