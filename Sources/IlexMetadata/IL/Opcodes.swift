// The CIL instruction set of ECMA-335 Partition III: every opcode with its ILAsm name, operand
// encoding, flow-control kind and stack effect, plus O(1) lookup tables for the decoder.

/// How an instruction's inline operand is encoded (III.1.2, the operand column of opcode.def).
public enum OperandType: UInt8, Sendable {
    case none
    /// ShortInlineI: one byte (signed for ldc.i4.s; an alignment or check mask for the prefixes).
    case int8
    case int32
    case int64
    case float32
    case float64
    /// ShortInlineVar: an unsigned byte argument or local number.
    case shortVariable
    /// InlineVar: an unsigned 16-bit argument or local number.
    case variable
    /// A signed byte displacement from the start of the next instruction.
    case shortBranch
    /// A signed 32-bit displacement from the start of the next instruction.
    case branch
    /// A u32 count N followed by N signed 32-bit displacements from the end of the table.
    case switchTable
    case method
    case field
    case type
    /// ldtoken: a type, method or field token.
    case token
    /// ldstr: a #US heap token (table byte 0x70).
    case string
    /// calli: a StandAloneSig token.
    case signature

    /// Bytes of operand that follow the opcode; for a switch, only its count (the targets follow).
    @inline(__always)
    public var size: Int {
        switch self {
        case .none: 0
        case .int8, .shortVariable, .shortBranch: 1
        case .variable: 2
        case .int64, .float64: 8
        case .int32, .float32, .branch, .switchTable, .method, .field, .type, .token, .string, .signature: 4
        }
    }

    /// True for operands that are metadata tokens.
    public var isToken: Bool {
        switch self {
        case .method, .field, .type, .token, .string, .signature: true
        default: false
        }
    }
}

/// What an instruction does to control flow (the flow column of opcode.def).
public enum FlowControl: UInt8, Sendable {
    /// Falls through to the next instruction.
    case next
    /// `break`: a debugger trap, then falls through.
    case `break`
    /// Unconditional transfer: br, leave.
    case branch
    /// Either the target(s) or the next instruction: the conditional branches and switch.
    case condBranch
    /// call, callvirt, calli, newobj, jmp.
    case call
    /// Leaves the method or handler: ret, endfinally, endfilter.
    case `return`
    /// throw, rethrow.
    case `throw`
    /// A prefix that modifies the instruction after it.
    case meta
}

/// One CIL opcode. Equality is by encoding; the other properties are derived from it.
public struct Opcode: Hashable, Sendable, CustomStringConvertible {
    /// 0x00-0xE0 for one-byte opcodes, 0xFE00-0xFE1E for the two-byte (0xFE-prefixed) ones.
    public let value: UInt16
    // StaticString keeps Opcode free of reference counting, so decoding copies it for free.
    private let staticName: StaticString
    public let operandType: OperandType
    public let flowControl: FlowControl
    // -1 marks a stack effect that depends on a signature (calls, ret).
    private let pops: Int8
    private let pushes: Int8

    init(_ value: UInt16, _ name: StaticString, _ operandType: OperandType, _ flowControl: FlowControl,
         pops: Int8, pushes: Int8) {
        self.value = value
        staticName = name
        self.operandType = operandType
        self.flowControl = flowControl
        self.pops = pops
        self.pushes = pushes
    }

    /// The ILAsm spelling, e.g. "conv.ovf.i1.un"; prefixes end with a dot ("tail.").
    public var name: String { staticName.description }
    /// Stack slots consumed, or nil when the signature decides (call, callvirt, calli, newobj, ret).
    public var stackPops: Int? { pops < 0 ? nil : Int(pops) }
    /// Stack slots produced, or nil when the signature decides (call, callvirt, calli).
    public var stackPushes: Int? { pushes < 0 ? nil : Int(pushes) }
    /// Bytes of the opcode itself (not its operand).
    public var size: Int { value > 0xFF ? 2 : 1 }
    public var isPrefix: Bool { flowControl == .meta }
    public var description: String { name }

    public static func == (a: Opcode, b: Opcode) -> Bool { a.value == b.value }
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }

    /// The opcode encoded by `value` (one byte, or 0xFE00 | second byte), or nil if none is.
    @inline(__always)
    public init?(value: UInt16) {
        let table = value < 0x100 ? Opcode.oneByte : (value & 0xFF00 == 0xFE00 ? Opcode.twoByte : [])
        let index = Int(value & 0xFF)
        guard index < table.count, let opcode = table[index] else { return nil }
        self = opcode
    }

    /// Indexed by the opcode byte; nil for unused encodings (and for 0xFE, the two-byte escape).
    public static let oneByte: [Opcode?] = table(all.filter { $0.value < 0x100 })
    /// Indexed by the byte after 0xFE; nil for unused encodings.
    public static let twoByte: [Opcode?] = table(all.filter { $0.value >= 0x100 })

    private static func table(_ opcodes: [Opcode]) -> [Opcode?] {
        var table = [Opcode?](repeating: nil, count: 256)
        for opcode in opcodes { table[Int(opcode.value & 0xFF)] = opcode }
        return table
    }

    /// One line per opcode ("0xFE12 unaligned. int8 meta pop 0 push 0"), for tests and diffs.
    public static var listing: String {
        all.map { op in
            let hex = String(op.value, radix: 16, uppercase: true)
            let value = "0x" + String(repeating: "0", count: (op.value > 0xFF ? 4 : 2) - hex.count) + hex
            let pops = op.stackPops.map(String.init) ?? "var"
            let pushes = op.stackPushes.map(String.init) ?? "var"
            return "\(value) \(op.name) \(op.operandType) \(op.flowControl) pop \(pops) push \(pushes)"
        }.joined(separator: "\n")
    }
}

// Names are the ILAsm names in lowerCamelCase; "ldc.i4.0" becomes ldcI4_0 so that it cannot be
// misread as another opcode.
extension Opcode {
    public static let nop = Opcode(0x00, "nop", .none, .next, pops: 0, pushes: 0)
    public static let `break` = Opcode(0x01, "break", .none, .break, pops: 0, pushes: 0)
    public static let ldarg0 = Opcode(0x02, "ldarg.0", .none, .next, pops: 0, pushes: 1)
    public static let ldarg1 = Opcode(0x03, "ldarg.1", .none, .next, pops: 0, pushes: 1)
    public static let ldarg2 = Opcode(0x04, "ldarg.2", .none, .next, pops: 0, pushes: 1)
    public static let ldarg3 = Opcode(0x05, "ldarg.3", .none, .next, pops: 0, pushes: 1)
    public static let ldloc0 = Opcode(0x06, "ldloc.0", .none, .next, pops: 0, pushes: 1)
    public static let ldloc1 = Opcode(0x07, "ldloc.1", .none, .next, pops: 0, pushes: 1)
    public static let ldloc2 = Opcode(0x08, "ldloc.2", .none, .next, pops: 0, pushes: 1)
    public static let ldloc3 = Opcode(0x09, "ldloc.3", .none, .next, pops: 0, pushes: 1)
    public static let stloc0 = Opcode(0x0A, "stloc.0", .none, .next, pops: 1, pushes: 0)
    public static let stloc1 = Opcode(0x0B, "stloc.1", .none, .next, pops: 1, pushes: 0)
    public static let stloc2 = Opcode(0x0C, "stloc.2", .none, .next, pops: 1, pushes: 0)
    public static let stloc3 = Opcode(0x0D, "stloc.3", .none, .next, pops: 1, pushes: 0)
    public static let ldargS = Opcode(0x0E, "ldarg.s", .shortVariable, .next, pops: 0, pushes: 1)
    public static let ldargaS = Opcode(0x0F, "ldarga.s", .shortVariable, .next, pops: 0, pushes: 1)
    public static let stargS = Opcode(0x10, "starg.s", .shortVariable, .next, pops: 1, pushes: 0)
    public static let ldlocS = Opcode(0x11, "ldloc.s", .shortVariable, .next, pops: 0, pushes: 1)
    public static let ldlocaS = Opcode(0x12, "ldloca.s", .shortVariable, .next, pops: 0, pushes: 1)
    public static let stlocS = Opcode(0x13, "stloc.s", .shortVariable, .next, pops: 1, pushes: 0)
    public static let ldnull = Opcode(0x14, "ldnull", .none, .next, pops: 0, pushes: 1)
    public static let ldcI4M1 = Opcode(0x15, "ldc.i4.m1", .none, .next, pops: 0, pushes: 1)
    public static let ldcI4_0 = Opcode(0x16, "ldc.i4.0", .none, .next, pops: 0, pushes: 1)
    public static let ldcI4_1 = Opcode(0x17, "ldc.i4.1", .none, .next, pops: 0, pushes: 1)
    public static let ldcI4_2 = Opcode(0x18, "ldc.i4.2", .none, .next, pops: 0, pushes: 1)
    public static let ldcI4_3 = Opcode(0x19, "ldc.i4.3", .none, .next, pops: 0, pushes: 1)
    public static let ldcI4_4 = Opcode(0x1A, "ldc.i4.4", .none, .next, pops: 0, pushes: 1)
    public static let ldcI4_5 = Opcode(0x1B, "ldc.i4.5", .none, .next, pops: 0, pushes: 1)
    public static let ldcI4_6 = Opcode(0x1C, "ldc.i4.6", .none, .next, pops: 0, pushes: 1)
    public static let ldcI4_7 = Opcode(0x1D, "ldc.i4.7", .none, .next, pops: 0, pushes: 1)
    public static let ldcI4_8 = Opcode(0x1E, "ldc.i4.8", .none, .next, pops: 0, pushes: 1)
    public static let ldcI4S = Opcode(0x1F, "ldc.i4.s", .int8, .next, pops: 0, pushes: 1)
    public static let ldcI4 = Opcode(0x20, "ldc.i4", .int32, .next, pops: 0, pushes: 1)
    public static let ldcI8 = Opcode(0x21, "ldc.i8", .int64, .next, pops: 0, pushes: 1)
    public static let ldcR4 = Opcode(0x22, "ldc.r4", .float32, .next, pops: 0, pushes: 1)
    public static let ldcR8 = Opcode(0x23, "ldc.r8", .float64, .next, pops: 0, pushes: 1)
    public static let dup = Opcode(0x25, "dup", .none, .next, pops: 1, pushes: 2)
    public static let pop = Opcode(0x26, "pop", .none, .next, pops: 1, pushes: 0)
    public static let jmp = Opcode(0x27, "jmp", .method, .call, pops: 0, pushes: 0)
    public static let call = Opcode(0x28, "call", .method, .call, pops: -1, pushes: -1)
    public static let calli = Opcode(0x29, "calli", .signature, .call, pops: -1, pushes: -1)
    public static let ret = Opcode(0x2A, "ret", .none, .return, pops: -1, pushes: 0)
    public static let brS = Opcode(0x2B, "br.s", .shortBranch, .branch, pops: 0, pushes: 0)
    public static let brfalseS = Opcode(0x2C, "brfalse.s", .shortBranch, .condBranch, pops: 1, pushes: 0)
    public static let brtrueS = Opcode(0x2D, "brtrue.s", .shortBranch, .condBranch, pops: 1, pushes: 0)
    public static let beqS = Opcode(0x2E, "beq.s", .shortBranch, .condBranch, pops: 2, pushes: 0)
    public static let bgeS = Opcode(0x2F, "bge.s", .shortBranch, .condBranch, pops: 2, pushes: 0)
    public static let bgtS = Opcode(0x30, "bgt.s", .shortBranch, .condBranch, pops: 2, pushes: 0)
    public static let bleS = Opcode(0x31, "ble.s", .shortBranch, .condBranch, pops: 2, pushes: 0)
    public static let bltS = Opcode(0x32, "blt.s", .shortBranch, .condBranch, pops: 2, pushes: 0)
    public static let bneUnS = Opcode(0x33, "bne.un.s", .shortBranch, .condBranch, pops: 2, pushes: 0)
    public static let bgeUnS = Opcode(0x34, "bge.un.s", .shortBranch, .condBranch, pops: 2, pushes: 0)
    public static let bgtUnS = Opcode(0x35, "bgt.un.s", .shortBranch, .condBranch, pops: 2, pushes: 0)
    public static let bleUnS = Opcode(0x36, "ble.un.s", .shortBranch, .condBranch, pops: 2, pushes: 0)
    public static let bltUnS = Opcode(0x37, "blt.un.s", .shortBranch, .condBranch, pops: 2, pushes: 0)
    public static let br = Opcode(0x38, "br", .branch, .branch, pops: 0, pushes: 0)
    public static let brfalse = Opcode(0x39, "brfalse", .branch, .condBranch, pops: 1, pushes: 0)
    public static let brtrue = Opcode(0x3A, "brtrue", .branch, .condBranch, pops: 1, pushes: 0)
    public static let beq = Opcode(0x3B, "beq", .branch, .condBranch, pops: 2, pushes: 0)
    public static let bge = Opcode(0x3C, "bge", .branch, .condBranch, pops: 2, pushes: 0)
    public static let bgt = Opcode(0x3D, "bgt", .branch, .condBranch, pops: 2, pushes: 0)
    public static let ble = Opcode(0x3E, "ble", .branch, .condBranch, pops: 2, pushes: 0)
    public static let blt = Opcode(0x3F, "blt", .branch, .condBranch, pops: 2, pushes: 0)
    public static let bneUn = Opcode(0x40, "bne.un", .branch, .condBranch, pops: 2, pushes: 0)
    public static let bgeUn = Opcode(0x41, "bge.un", .branch, .condBranch, pops: 2, pushes: 0)
    public static let bgtUn = Opcode(0x42, "bgt.un", .branch, .condBranch, pops: 2, pushes: 0)
    public static let bleUn = Opcode(0x43, "ble.un", .branch, .condBranch, pops: 2, pushes: 0)
    public static let bltUn = Opcode(0x44, "blt.un", .branch, .condBranch, pops: 2, pushes: 0)
    public static let `switch` = Opcode(0x45, "switch", .switchTable, .condBranch, pops: 1, pushes: 0)
    public static let ldindI1 = Opcode(0x46, "ldind.i1", .none, .next, pops: 1, pushes: 1)
    public static let ldindU1 = Opcode(0x47, "ldind.u1", .none, .next, pops: 1, pushes: 1)
    public static let ldindI2 = Opcode(0x48, "ldind.i2", .none, .next, pops: 1, pushes: 1)
    public static let ldindU2 = Opcode(0x49, "ldind.u2", .none, .next, pops: 1, pushes: 1)
    public static let ldindI4 = Opcode(0x4A, "ldind.i4", .none, .next, pops: 1, pushes: 1)
    public static let ldindU4 = Opcode(0x4B, "ldind.u4", .none, .next, pops: 1, pushes: 1)
    public static let ldindI8 = Opcode(0x4C, "ldind.i8", .none, .next, pops: 1, pushes: 1)
    public static let ldindI = Opcode(0x4D, "ldind.i", .none, .next, pops: 1, pushes: 1)
    public static let ldindR4 = Opcode(0x4E, "ldind.r4", .none, .next, pops: 1, pushes: 1)
    public static let ldindR8 = Opcode(0x4F, "ldind.r8", .none, .next, pops: 1, pushes: 1)
    public static let ldindRef = Opcode(0x50, "ldind.ref", .none, .next, pops: 1, pushes: 1)
    public static let stindRef = Opcode(0x51, "stind.ref", .none, .next, pops: 2, pushes: 0)
    public static let stindI1 = Opcode(0x52, "stind.i1", .none, .next, pops: 2, pushes: 0)
    public static let stindI2 = Opcode(0x53, "stind.i2", .none, .next, pops: 2, pushes: 0)
    public static let stindI4 = Opcode(0x54, "stind.i4", .none, .next, pops: 2, pushes: 0)
    public static let stindI8 = Opcode(0x55, "stind.i8", .none, .next, pops: 2, pushes: 0)
    public static let stindR4 = Opcode(0x56, "stind.r4", .none, .next, pops: 2, pushes: 0)
    public static let stindR8 = Opcode(0x57, "stind.r8", .none, .next, pops: 2, pushes: 0)
    public static let add = Opcode(0x58, "add", .none, .next, pops: 2, pushes: 1)
    public static let sub = Opcode(0x59, "sub", .none, .next, pops: 2, pushes: 1)
    public static let mul = Opcode(0x5A, "mul", .none, .next, pops: 2, pushes: 1)
    public static let div = Opcode(0x5B, "div", .none, .next, pops: 2, pushes: 1)
    public static let divUn = Opcode(0x5C, "div.un", .none, .next, pops: 2, pushes: 1)
    public static let rem = Opcode(0x5D, "rem", .none, .next, pops: 2, pushes: 1)
    public static let remUn = Opcode(0x5E, "rem.un", .none, .next, pops: 2, pushes: 1)
    public static let and = Opcode(0x5F, "and", .none, .next, pops: 2, pushes: 1)
    public static let or = Opcode(0x60, "or", .none, .next, pops: 2, pushes: 1)
    public static let xor = Opcode(0x61, "xor", .none, .next, pops: 2, pushes: 1)
    public static let shl = Opcode(0x62, "shl", .none, .next, pops: 2, pushes: 1)
    public static let shr = Opcode(0x63, "shr", .none, .next, pops: 2, pushes: 1)
    public static let shrUn = Opcode(0x64, "shr.un", .none, .next, pops: 2, pushes: 1)
    public static let neg = Opcode(0x65, "neg", .none, .next, pops: 1, pushes: 1)
    public static let not = Opcode(0x66, "not", .none, .next, pops: 1, pushes: 1)
    public static let convI1 = Opcode(0x67, "conv.i1", .none, .next, pops: 1, pushes: 1)
    public static let convI2 = Opcode(0x68, "conv.i2", .none, .next, pops: 1, pushes: 1)
    public static let convI4 = Opcode(0x69, "conv.i4", .none, .next, pops: 1, pushes: 1)
    public static let convI8 = Opcode(0x6A, "conv.i8", .none, .next, pops: 1, pushes: 1)
    public static let convR4 = Opcode(0x6B, "conv.r4", .none, .next, pops: 1, pushes: 1)
    public static let convR8 = Opcode(0x6C, "conv.r8", .none, .next, pops: 1, pushes: 1)
    public static let convU4 = Opcode(0x6D, "conv.u4", .none, .next, pops: 1, pushes: 1)
    public static let convU8 = Opcode(0x6E, "conv.u8", .none, .next, pops: 1, pushes: 1)
    public static let callvirt = Opcode(0x6F, "callvirt", .method, .call, pops: -1, pushes: -1)
    public static let cpobj = Opcode(0x70, "cpobj", .type, .next, pops: 2, pushes: 0)
    public static let ldobj = Opcode(0x71, "ldobj", .type, .next, pops: 1, pushes: 1)
    public static let ldstr = Opcode(0x72, "ldstr", .string, .next, pops: 0, pushes: 1)
    public static let newobj = Opcode(0x73, "newobj", .method, .call, pops: -1, pushes: 1)
    public static let castclass = Opcode(0x74, "castclass", .type, .next, pops: 1, pushes: 1)
    public static let isinst = Opcode(0x75, "isinst", .type, .next, pops: 1, pushes: 1)
    public static let convRUn = Opcode(0x76, "conv.r.un", .none, .next, pops: 1, pushes: 1)
    public static let unbox = Opcode(0x79, "unbox", .type, .next, pops: 1, pushes: 1)
    public static let `throw` = Opcode(0x7A, "throw", .none, .throw, pops: 1, pushes: 0)
    public static let ldfld = Opcode(0x7B, "ldfld", .field, .next, pops: 1, pushes: 1)
    public static let ldflda = Opcode(0x7C, "ldflda", .field, .next, pops: 1, pushes: 1)
    public static let stfld = Opcode(0x7D, "stfld", .field, .next, pops: 2, pushes: 0)
    public static let ldsfld = Opcode(0x7E, "ldsfld", .field, .next, pops: 0, pushes: 1)
    public static let ldsflda = Opcode(0x7F, "ldsflda", .field, .next, pops: 0, pushes: 1)
    public static let stsfld = Opcode(0x80, "stsfld", .field, .next, pops: 1, pushes: 0)
    public static let stobj = Opcode(0x81, "stobj", .type, .next, pops: 2, pushes: 0)
    public static let convOvfI1Un = Opcode(0x82, "conv.ovf.i1.un", .none, .next, pops: 1, pushes: 1)
    public static let convOvfI2Un = Opcode(0x83, "conv.ovf.i2.un", .none, .next, pops: 1, pushes: 1)
    public static let convOvfI4Un = Opcode(0x84, "conv.ovf.i4.un", .none, .next, pops: 1, pushes: 1)
    public static let convOvfI8Un = Opcode(0x85, "conv.ovf.i8.un", .none, .next, pops: 1, pushes: 1)
    public static let convOvfU1Un = Opcode(0x86, "conv.ovf.u1.un", .none, .next, pops: 1, pushes: 1)
    public static let convOvfU2Un = Opcode(0x87, "conv.ovf.u2.un", .none, .next, pops: 1, pushes: 1)
    public static let convOvfU4Un = Opcode(0x88, "conv.ovf.u4.un", .none, .next, pops: 1, pushes: 1)
    public static let convOvfU8Un = Opcode(0x89, "conv.ovf.u8.un", .none, .next, pops: 1, pushes: 1)
    public static let convOvfIUn = Opcode(0x8A, "conv.ovf.i.un", .none, .next, pops: 1, pushes: 1)
    public static let convOvfUUn = Opcode(0x8B, "conv.ovf.u.un", .none, .next, pops: 1, pushes: 1)
    public static let box = Opcode(0x8C, "box", .type, .next, pops: 1, pushes: 1)
    public static let newarr = Opcode(0x8D, "newarr", .type, .next, pops: 1, pushes: 1)
    public static let ldlen = Opcode(0x8E, "ldlen", .none, .next, pops: 1, pushes: 1)
    public static let ldelema = Opcode(0x8F, "ldelema", .type, .next, pops: 2, pushes: 1)
    public static let ldelemI1 = Opcode(0x90, "ldelem.i1", .none, .next, pops: 2, pushes: 1)
    public static let ldelemU1 = Opcode(0x91, "ldelem.u1", .none, .next, pops: 2, pushes: 1)
    public static let ldelemI2 = Opcode(0x92, "ldelem.i2", .none, .next, pops: 2, pushes: 1)
    public static let ldelemU2 = Opcode(0x93, "ldelem.u2", .none, .next, pops: 2, pushes: 1)
    public static let ldelemI4 = Opcode(0x94, "ldelem.i4", .none, .next, pops: 2, pushes: 1)
    public static let ldelemU4 = Opcode(0x95, "ldelem.u4", .none, .next, pops: 2, pushes: 1)
    public static let ldelemI8 = Opcode(0x96, "ldelem.i8", .none, .next, pops: 2, pushes: 1)
    public static let ldelemI = Opcode(0x97, "ldelem.i", .none, .next, pops: 2, pushes: 1)
    public static let ldelemR4 = Opcode(0x98, "ldelem.r4", .none, .next, pops: 2, pushes: 1)
    public static let ldelemR8 = Opcode(0x99, "ldelem.r8", .none, .next, pops: 2, pushes: 1)
    public static let ldelemRef = Opcode(0x9A, "ldelem.ref", .none, .next, pops: 2, pushes: 1)
    public static let stelemI = Opcode(0x9B, "stelem.i", .none, .next, pops: 3, pushes: 0)
    public static let stelemI1 = Opcode(0x9C, "stelem.i1", .none, .next, pops: 3, pushes: 0)
    public static let stelemI2 = Opcode(0x9D, "stelem.i2", .none, .next, pops: 3, pushes: 0)
    public static let stelemI4 = Opcode(0x9E, "stelem.i4", .none, .next, pops: 3, pushes: 0)
    public static let stelemI8 = Opcode(0x9F, "stelem.i8", .none, .next, pops: 3, pushes: 0)
    public static let stelemR4 = Opcode(0xA0, "stelem.r4", .none, .next, pops: 3, pushes: 0)
    public static let stelemR8 = Opcode(0xA1, "stelem.r8", .none, .next, pops: 3, pushes: 0)
    public static let stelemRef = Opcode(0xA2, "stelem.ref", .none, .next, pops: 3, pushes: 0)
    public static let ldelem = Opcode(0xA3, "ldelem", .type, .next, pops: 2, pushes: 1)
    public static let stelem = Opcode(0xA4, "stelem", .type, .next, pops: 3, pushes: 0)
    public static let unboxAny = Opcode(0xA5, "unbox.any", .type, .next, pops: 1, pushes: 1)
    public static let convOvfI1 = Opcode(0xB3, "conv.ovf.i1", .none, .next, pops: 1, pushes: 1)
    public static let convOvfU1 = Opcode(0xB4, "conv.ovf.u1", .none, .next, pops: 1, pushes: 1)
    public static let convOvfI2 = Opcode(0xB5, "conv.ovf.i2", .none, .next, pops: 1, pushes: 1)
    public static let convOvfU2 = Opcode(0xB6, "conv.ovf.u2", .none, .next, pops: 1, pushes: 1)
    public static let convOvfI4 = Opcode(0xB7, "conv.ovf.i4", .none, .next, pops: 1, pushes: 1)
    public static let convOvfU4 = Opcode(0xB8, "conv.ovf.u4", .none, .next, pops: 1, pushes: 1)
    public static let convOvfI8 = Opcode(0xB9, "conv.ovf.i8", .none, .next, pops: 1, pushes: 1)
    public static let convOvfU8 = Opcode(0xBA, "conv.ovf.u8", .none, .next, pops: 1, pushes: 1)
    public static let refanyval = Opcode(0xC2, "refanyval", .type, .next, pops: 1, pushes: 1)
    public static let ckfinite = Opcode(0xC3, "ckfinite", .none, .next, pops: 1, pushes: 1)
    public static let mkrefany = Opcode(0xC6, "mkrefany", .type, .next, pops: 1, pushes: 1)
    public static let ldtoken = Opcode(0xD0, "ldtoken", .token, .next, pops: 0, pushes: 1)
    public static let convU2 = Opcode(0xD1, "conv.u2", .none, .next, pops: 1, pushes: 1)
    public static let convU1 = Opcode(0xD2, "conv.u1", .none, .next, pops: 1, pushes: 1)
    public static let convI = Opcode(0xD3, "conv.i", .none, .next, pops: 1, pushes: 1)
    public static let convOvfI = Opcode(0xD4, "conv.ovf.i", .none, .next, pops: 1, pushes: 1)
    public static let convOvfU = Opcode(0xD5, "conv.ovf.u", .none, .next, pops: 1, pushes: 1)
    public static let addOvf = Opcode(0xD6, "add.ovf", .none, .next, pops: 2, pushes: 1)
    public static let addOvfUn = Opcode(0xD7, "add.ovf.un", .none, .next, pops: 2, pushes: 1)
    public static let mulOvf = Opcode(0xD8, "mul.ovf", .none, .next, pops: 2, pushes: 1)
    public static let mulOvfUn = Opcode(0xD9, "mul.ovf.un", .none, .next, pops: 2, pushes: 1)
    public static let subOvf = Opcode(0xDA, "sub.ovf", .none, .next, pops: 2, pushes: 1)
    public static let subOvfUn = Opcode(0xDB, "sub.ovf.un", .none, .next, pops: 2, pushes: 1)
    public static let endfinally = Opcode(0xDC, "endfinally", .none, .return, pops: 0, pushes: 0)
    public static let leave = Opcode(0xDD, "leave", .branch, .branch, pops: 0, pushes: 0)
    public static let leaveS = Opcode(0xDE, "leave.s", .shortBranch, .branch, pops: 0, pushes: 0)
    public static let stindI = Opcode(0xDF, "stind.i", .none, .next, pops: 2, pushes: 0)
    public static let convU = Opcode(0xE0, "conv.u", .none, .next, pops: 1, pushes: 1)
    public static let arglist = Opcode(0xFE00, "arglist", .none, .next, pops: 0, pushes: 1)
    public static let ceq = Opcode(0xFE01, "ceq", .none, .next, pops: 2, pushes: 1)
    public static let cgt = Opcode(0xFE02, "cgt", .none, .next, pops: 2, pushes: 1)
    public static let cgtUn = Opcode(0xFE03, "cgt.un", .none, .next, pops: 2, pushes: 1)
    public static let clt = Opcode(0xFE04, "clt", .none, .next, pops: 2, pushes: 1)
    public static let cltUn = Opcode(0xFE05, "clt.un", .none, .next, pops: 2, pushes: 1)
    public static let ldftn = Opcode(0xFE06, "ldftn", .method, .next, pops: 0, pushes: 1)
    public static let ldvirtftn = Opcode(0xFE07, "ldvirtftn", .method, .next, pops: 1, pushes: 1)
    public static let ldarg = Opcode(0xFE09, "ldarg", .variable, .next, pops: 0, pushes: 1)
    public static let ldarga = Opcode(0xFE0A, "ldarga", .variable, .next, pops: 0, pushes: 1)
    public static let starg = Opcode(0xFE0B, "starg", .variable, .next, pops: 1, pushes: 0)
    public static let ldloc = Opcode(0xFE0C, "ldloc", .variable, .next, pops: 0, pushes: 1)
    public static let ldloca = Opcode(0xFE0D, "ldloca", .variable, .next, pops: 0, pushes: 1)
    public static let stloc = Opcode(0xFE0E, "stloc", .variable, .next, pops: 1, pushes: 0)
    public static let localloc = Opcode(0xFE0F, "localloc", .none, .next, pops: 1, pushes: 1)
    public static let endfilter = Opcode(0xFE11, "endfilter", .none, .return, pops: 1, pushes: 0)
    public static let unaligned = Opcode(0xFE12, "unaligned.", .int8, .meta, pops: 0, pushes: 0)
    public static let volatile = Opcode(0xFE13, "volatile.", .none, .meta, pops: 0, pushes: 0)
    public static let tail = Opcode(0xFE14, "tail.", .none, .meta, pops: 0, pushes: 0)
    public static let initobj = Opcode(0xFE15, "initobj", .type, .next, pops: 1, pushes: 0)
    public static let constrained = Opcode(0xFE16, "constrained.", .type, .meta, pops: 0, pushes: 0)
    public static let cpblk = Opcode(0xFE17, "cpblk", .none, .next, pops: 3, pushes: 0)
    public static let initblk = Opcode(0xFE18, "initblk", .none, .next, pops: 3, pushes: 0)
    public static let no = Opcode(0xFE19, "no.", .int8, .meta, pops: 0, pushes: 0)
    public static let rethrow = Opcode(0xFE1A, "rethrow", .none, .throw, pops: 0, pushes: 0)
    public static let sizeof = Opcode(0xFE1C, "sizeof", .type, .next, pops: 0, pushes: 1)
    public static let refanytype = Opcode(0xFE1D, "refanytype", .none, .next, pops: 1, pushes: 1)
    public static let readonly = Opcode(0xFE1E, "readonly.", .none, .meta, pops: 0, pushes: 0)

    /// Every opcode of Partition III (III.2 prefixes, III.3 base, III.4 object model), by encoding.
    public static let all: [Opcode] = [
        nop, `break`, ldarg0, ldarg1, ldarg2, ldarg3, ldloc0, ldloc1, ldloc2, ldloc3, stloc0, stloc1, stloc2,
        stloc3, ldargS, ldargaS, stargS, ldlocS, ldlocaS, stlocS, ldnull, ldcI4M1, ldcI4_0, ldcI4_1, ldcI4_2,
        ldcI4_3, ldcI4_4, ldcI4_5, ldcI4_6, ldcI4_7, ldcI4_8, ldcI4S, ldcI4, ldcI8, ldcR4, ldcR8, dup, pop,
        jmp, call, calli, ret, brS, brfalseS, brtrueS, beqS, bgeS, bgtS, bleS, bltS, bneUnS, bgeUnS, bgtUnS,
        bleUnS, bltUnS, br, brfalse, brtrue, beq, bge, bgt, ble, blt, bneUn, bgeUn, bgtUn, bleUn, bltUn,
        `switch`, ldindI1, ldindU1, ldindI2, ldindU2, ldindI4, ldindU4, ldindI8, ldindI, ldindR4, ldindR8,
        ldindRef, stindRef, stindI1, stindI2, stindI4, stindI8, stindR4, stindR8, add, sub, mul, div, divUn,
        rem, remUn, and, or, xor, shl, shr, shrUn, neg, not, convI1, convI2, convI4, convI8, convR4, convR8,
        convU4, convU8, callvirt, cpobj, ldobj, ldstr, newobj, castclass, isinst, convRUn, unbox, `throw`,
        ldfld, ldflda, stfld, ldsfld, ldsflda, stsfld, stobj, convOvfI1Un, convOvfI2Un, convOvfI4Un,
        convOvfI8Un, convOvfU1Un, convOvfU2Un, convOvfU4Un, convOvfU8Un, convOvfIUn, convOvfUUn, box, newarr,
        ldlen, ldelema, ldelemI1, ldelemU1, ldelemI2, ldelemU2, ldelemI4, ldelemU4, ldelemI8, ldelemI,
        ldelemR4, ldelemR8, ldelemRef, stelemI, stelemI1, stelemI2, stelemI4, stelemI8, stelemR4, stelemR8,
        stelemRef, ldelem, stelem, unboxAny, convOvfI1, convOvfU1, convOvfI2, convOvfU2, convOvfI4, convOvfU4,
        convOvfI8, convOvfU8, refanyval, ckfinite, mkrefany, ldtoken, convU2, convU1, convI, convOvfI,
        convOvfU, addOvf, addOvfUn, mulOvf, mulOvfUn, subOvf, subOvfUn, endfinally, leave, leaveS, stindI,
        convU, arglist, ceq, cgt, cgtUn, clt, cltUn, ldftn, ldvirtftn, ldarg, ldarga, starg, ldloc, ldloca,
        stloc, localloc, endfilter, unaligned, volatile, tail, initobj, constrained, cpblk, initblk, no,
        rethrow, sizeof, refanytype, readonly,
    ]
}
