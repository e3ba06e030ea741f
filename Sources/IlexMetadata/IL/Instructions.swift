// Decoding a method's CIL byte stream into instructions (Partition III), checking every opcode,
// operand, token and branch displacement, plus the instruction-boundary check the importer runs.

/// The jump table of a `switch`: absolute IL targets, read lazily from the code so that decoding
/// never allocates. Every target was range-checked when the instruction was decoded.
public struct SwitchTargets: RandomAccessCollection, Equatable, Sendable {
    // The little-endian displacement table inside the method's code.
    let table: ByteView
    /// Displacements are relative to the end of the switch instruction.
    let base: Int

    public var startIndex: Int { 0 }
    public var endIndex: Int { table.count / 4 }

    @inline(__always)
    public subscript(position: Int) -> Int {
        precondition(position >= 0 && position < endIndex, "switch target index out of range")
        return base + Int(Int32(bitPattern: table.u32Unchecked(position * 4)))
    }

    public static func == (a: SwitchTargets, b: SwitchTargets) -> Bool { a.elementsEqual(b) }
}

/// An instruction's inline operand, decoded according to its opcode's OperandType.
public enum Operand: Equatable, Sendable {
    case none
    /// ldc.i4 and ldc.i4.s (sign-extended), and the byte of the unaligned. and no. prefixes.
    case int32(Int32)
    case int64(Int64)
    case float32(Float)
    case float64(Double)
    /// An argument or local number (ldarg, ldloc.s, ...).
    case variable(Int)
    /// The absolute IL offset a branch or leave goes to.
    case branchTarget(Int)
    case switchTargets(SwitchTargets)
    /// A checked token: its table suits the opcode and its row exists (or, for ldstr, a #US offset).
    case token(MetadataToken)
}

/// One decoded instruction. A prefix (tail., constrained. ...) is an instruction of its own.
public struct Instruction: Equatable, Sendable {
    /// IL offset of the opcode's first byte.
    public let offset: Int
    /// Bytes of opcode and operand (for a switch, including its table).
    public let size: Int
    public let opcode: Opcode
    public let operand: Operand

    public var nextOffset: Int { offset + size }

    /// The token operand, or nil for an instruction without one.
    public var token: MetadataToken? {
        if case .token(let token) = operand { return token }
        return nil
    }

    /// Where control can go other than falling through: branch and switch targets.
    public var branchTargets: [Int] {
        switch operand {
        case .branchTarget(let target): [target]
        case .switchTargets(let targets): Array(targets)
        default: []
        }
    }
}

/// Walks a method's code one instruction at a time without allocating; `next()` returns nil at the
/// end. Decoding fails with BadImageFormat naming the IL offset and file offset of the fault.
public struct InstructionDecoder {
    public let code: ByteView
    /// IL offset of the next instruction to decode.
    public private(set) var offset: Int
    /// Validates tokens when present; nil decodes without (for IL not tied to an image).
    public let reader: MetadataReader?
    // Local copies spare a lazy-global check on every instruction.
    private let oneByte = Opcode.oneByte
    private let twoByte = Opcode.twoByte

    public init(_ body: MethodBody, reader: MetadataReader?) {
        self.init(code: body.il, reader: reader)
    }

    public init(code: ByteView, reader: MetadataReader?) {
        self.code = code
        self.reader = reader
        offset = 0
    }

    public var isAtEnd: Bool { offset >= code.count }

    private func fail(_ at: Int, _ instructionOffset: Int, _ reason: String) -> BadImageFormat {
        BadImageFormat(file: reader?.fileName ?? "<memory>", offset: code.origin + at,
                       "IL_\(Self.hex4(instructionOffset)): \(reason)")
    }

    static func hex4(_ value: Int) -> String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    public mutating func next() throws -> Instruction? {
        let start = offset
        let count = code.count
        guard start < count else { return nil }
        let base = code.base
        var at = start
        let first = base.load(fromByteOffset: at, as: UInt8.self)
        at += 1
        let opcode: Opcode
        if first == 0xFE {
            guard at < count else { throw fail(start, start, "two-byte opcode 0xFE is cut off by the end of the code") }
            let second = base.load(fromByteOffset: at, as: UInt8.self)
            at += 1
            guard let found = twoByte[Int(second)] else {
                throw fail(start, start, "unknown opcode 0xFE 0x\(String(second, radix: 16, uppercase: true))")
            }
            opcode = found
        } else {
            guard let found = oneByte[Int(first)] else {
                throw fail(start, start, "unknown opcode 0x\(String(first, radix: 16, uppercase: true))")
            }
            opcode = found
        }

        let operandType = opcode.operandType
        let operandSize = operandType.size
        guard operandSize <= count - at else {
            throw fail(at, start, "\(opcode.name) operand (\(operandSize) bytes) is cut off by the end of the code")
        }
        let operand: Operand
        switch operandType {
        case .none:
            operand = .none
        case .int8:
            let byte = base.load(fromByteOffset: at, as: UInt8.self)
            // ldc.i4.s is signed; the prefixes' byte is a mask or an alignment.
            operand = .int32(opcode.isPrefix ? Int32(byte) : Int32(Int8(bitPattern: byte)))
        case .int32:
            operand = .int32(Int32(bitPattern: code.u32Unchecked(at)))
        case .int64:
            operand = .int64(Int64(bitPattern: UInt64(littleEndian: base.loadUnaligned(fromByteOffset: at, as: UInt64.self))))
        case .float32:
            operand = .float32(Float(bitPattern: code.u32Unchecked(at)))
        case .float64:
            operand = .float64(Double(bitPattern: UInt64(littleEndian: base.loadUnaligned(fromByteOffset: at, as: UInt64.self))))
        case .shortVariable:
            operand = .variable(Int(base.load(fromByteOffset: at, as: UInt8.self)))
        case .variable:
            operand = .variable(Int(code.u16Unchecked(at)))
        case .shortBranch:
            let delta = Int(Int8(bitPattern: base.load(fromByteOffset: at, as: UInt8.self)))
            operand = .branchTarget(try checkedTarget(at + 1 + delta, opcode, start, at))
        case .branch:
            let delta = Int(Int32(bitPattern: code.u32Unchecked(at)))
            operand = .branchTarget(try checkedTarget(at + 4 + delta, opcode, start, at))
        case .switchTable:
            let targetCount = Int(code.u32Unchecked(at))
            // Bound the count by the bytes left before using it, so a huge count costs nothing.
            guard targetCount <= (count - at - 4) / 4 else {
                throw fail(at, start, "switch with \(targetCount) targets is cut off by the end of the code")
            }
            let table = ByteView(base: base + at + 4, count: targetCount * 4, origin: code.origin + at + 4)
            let targets = SwitchTargets(table: table, base: at + 4 + targetCount * 4)
            for i in 0..<targetCount {
                let target = targets[i]
                if target < 0 || target > count {
                    throw fail(at + 4 + i * 4, start, "switch target \(i) goes to \(target), outside the \(count)-byte code")
                }
            }
            at += targetCount * 4
            operand = .switchTargets(targets)
        case .method, .field, .type, .token, .string, .signature:
            let token = MetadataToken(rawValue: code.u32Unchecked(at))
            try check(token, operandType, opcode, start, at)
            operand = .token(token)
        }
        at += operandSize
        offset = at
        return Instruction(offset: start, size: at - start, opcode: opcode, operand: operand)
    }

    @inline(__always)
    private func checkedTarget(_ target: Int, _ opcode: Opcode, _ start: Int, _ operandAt: Int) throws -> Int {
        // A target may equal the code size only to be rejected later, with a clearer message, by
        // validateBranchTargets; anything further out is garbage.
        guard target >= 0 && target <= code.count else {
            throw fail(operandAt, start, "\(opcode.name) goes to \(target), outside the \(code.count)-byte code")
        }
        return target
    }

    private func check(_ token: MetadataToken, _ kind: OperandType, _ opcode: Opcode, _ start: Int, _ at: Int) throws {
        // Compare table bytes directly: this runs for every token in every method.
        let table = token.tableByte
        let typeDef = TableIndex.typeDef.rawValue, typeRef = TableIndex.typeRef.rawValue
        let typeSpec = TableIndex.typeSpec.rawValue, methodDef = TableIndex.methodDef.rawValue
        let memberRef = TableIndex.memberRef.rawValue, methodSpec = TableIndex.methodSpec.rawValue
        let field = TableIndex.field.rawValue
        let allowed: Bool
        switch kind {
        case .method: allowed = table == methodDef || table == memberRef || table == methodSpec
        case .field: allowed = table == field || table == memberRef
        case .type: allowed = table == typeDef || table == typeRef || table == typeSpec
        case .token:
            allowed = table == typeDef || table == typeRef || table == typeSpec || table == methodDef
                || table == memberRef || table == methodSpec || table == field
        case .string: allowed = table == MetadataToken.userStringTableByte
        case .signature: allowed = table == TableIndex.standAloneSig.rawValue
        default: allowed = false
        }
        guard allowed else {
            throw fail(at, start, "\(opcode.name) has token \(token), which names the wrong kind of entity")
        }
        guard let reader else { return }
        do {
            try reader.validate(token, at: code.origin + at)
        } catch var error as BadImageFormat {
            error.reason = "IL_\(Self.hex4(start)): \(opcode.name): " + error.reason
            throw error
        }
    }
}

/// Every instruction of `body`, checked as InstructionDecoder checks them.
public func decodeInstructions(_ body: MethodBody, reader: MetadataReader?) throws -> [Instruction] {
    var decoder = InstructionDecoder(body, reader: reader)
    var instructions: [Instruction] = []
    // Most CIL instructions take one to five bytes; this avoids most regrowth.
    instructions.reserveCapacity(body.codeSize / 2 + 1)
    while let instruction = try decoder.next() { instructions.append(instruction) }
    return instructions
}

/// Checks that every instruction target is the start of an instruction (III.1.7.2, III.1.7.3):
/// branch and switch targets, and the starts of try blocks, handlers and filters. The ends of
/// try blocks and handlers must fall on an instruction start or the end of the code. An
/// instruction that follows a prefix is not a valid target. `instructions` must be the complete
/// decoding of `body` (from decodeInstructions or InstructionDecoder).
public func validateBranchTargets(_ instructions: [Instruction], in body: MethodBody, reader: MetadataReader?) throws {
    let codeSize = body.codeSize
    // One bit per IL offset, plus one for the end of the code.
    var isTarget = [UInt64](repeating: 0, count: (codeSize + 1 + 63) / 64)
    func mark(_ offset: Int) { isTarget[offset >> 6] |= 1 << UInt64(offset & 63) }
    func targets(_ offset: Int) -> Bool { offset >= 0 && offset <= codeSize && isTarget[offset >> 6] & (1 << UInt64(offset & 63)) != 0 }
    let file = reader?.fileName ?? "<memory>"

    var afterPrefix = false
    for instruction in instructions {
        if !afterPrefix { mark(instruction.offset) }
        afterPrefix = instruction.opcode.isPrefix
    }
    if let last = instructions.last, last.nextOffset != codeSize {
        throw BadImageFormat(file: file, offset: body.il.origin + last.nextOffset,
                             "instructions end at IL_\(InstructionDecoder.hex4(last.nextOffset)), not at the end of the \(codeSize)-byte code")
    }

    for instruction in instructions {
        switch instruction.operand {
        case .branchTarget, .switchTargets:
            for target in instruction.branchTargets where target == codeSize || !targets(target) {
                throw BadImageFormat(file: file, offset: body.il.origin + instruction.offset,
                                     "IL_\(InstructionDecoder.hex4(instruction.offset)): \(instruction.opcode.name) goes to IL_\(InstructionDecoder.hex4(target)), which is not the start of an instruction")
            }
        default:
            continue
        }
    }

    mark(codeSize)
    for (index, region) in body.exceptionRegions.enumerated() {
        func fail(_ what: String, _ offset: Int) -> BadImageFormat {
            BadImageFormat(file: file, offset: body.il.origin + min(offset, codeSize),
                           "exception clause \(index): \(what) IL_\(InstructionDecoder.hex4(offset)) is not the start of an instruction")
        }
        var starts = [("try start", region.tryOffset), ("handler start", region.handlerOffset)]
        if let filter = region.filterOffset { starts.append(("filter start", filter)) }
        for (what, offset) in starts where offset >= codeSize || !targets(offset) { throw fail(what, offset) }
        for (what, offset) in [("try end", region.tryEnd), ("handler end", region.handlerEnd)] where !targets(offset) {
            throw fail(what, offset)
        }
    }
}
