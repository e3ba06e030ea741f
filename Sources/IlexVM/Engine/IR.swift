// Ilex's register IR (DESIGN.md §4): what the importer emits and the interpreter runs. A method's
// frame is a block of 8-byte slots addressed by byte offset: arguments first, then locals, then
// one area per evaluation-stack position. Instructions are 32-bit words in unmanaged memory: an
// opcode word, then operands (frame offsets, immediates, IR word offsets of branch targets,
// 64-bit pointers as two words). Every value of stack type int32 is kept sign-extended to 64 bits
// in its slot, so int32 and native int operands mix without extra conversions.

/// IR opcodes. The interpreter reads the opcode word's low 16 bits as this enum (its declaration
/// index), so the order of the cases is the encoding: append, never reorder within a release.
public enum IROp: UInt16, CaseIterable {
    case nop
    // Constants: dst, value (64-bit values in two words, low first).
    case ldcI4, ldcI8, ldcR4, ldcR8
    // Moves: dst, src (moveN: dst, src, byte count).
    case move4, move8, moveN
    // Binary integer arithmetic: dst, a, b.
    case addI4, subI4, mulI4, divI4, divUnI4, remI4, remUnI4, andI4, orI4, xorI4, shlI4, shrI4, shrUnI4
    case addI8, subI8, mulI8, divI8, divUnI8, remI8, remUnI8, andI8, orI8, xorI8, shlI8, shrI8, shrUnI8
    case addOvfI4, addOvfUnI4, subOvfI4, subOvfUnI4, mulOvfI4, mulOvfUnI4
    case addOvfI8, addOvfUnI8, subOvfI8, subOvfUnI8, mulOvfI8, mulOvfUnI8
    // Binary float arithmetic: dst, a, b.
    case addR4, subR4, mulR4, divR4, remR4
    case addR8, subR8, mulR8, divR8, remR8
    // Unary: dst, src.
    case negI4, negI8, negR4, negR8, notI4, notI8
    // Comparisons to int32 0/1: dst, a, b.
    case ceqI4, cgtI4, cgtUnI4, cltI4, cltUnI4
    case ceqI8, cgtI8, cgtUnI8, cltI8, cltUnI8
    case ceqR4, cgtR4, cgtUnR4, cltR4, cltUnR4
    case ceqR8, cgtR8, cgtUnR8, cltR8, cltUnR8
    // Branches: target (an IR word offset from the method's code start).
    case br
    // src, target. (An int32 is sign-extended, so one 64-bit test serves int32, native int, int64.)
    case brTrue, brFalse
    // a, b, target.
    case beqI4, bneUnI4, bgeI4, bgeUnI4, bgtI4, bgtUnI4, bleI4, bleUnI4, bltI4, bltUnI4
    case beqI8, bneUnI8, bgeI8, bgeUnI8, bgtI8, bgtUnI8, bleI8, bleUnI8, bltI8, bltUnI8
    case beqR4, bneUnR4, bgeR4, bgeUnR4, bgtR4, bgtUnR4, bleR4, bleUnR4, bltR4, bltUnR4
    case beqR8, bneUnR8, bgeR8, bgeUnR8, bgtR8, bgtUnR8, bleR8, bleUnR8, bltR8, bltUnR8
    // src, count, then count targets; falls through past the table.
    case `switch`
    // dst, src, conversion (ConversionCode).
    case conv
    // method descriptor (two words), argument base: the callee's frame starts at that offset of
    // the caller's frame and its result is left there.
    case call
    // Return: none / src / src / src, byte count. The value goes to offset 0 of the frame.
    case ret, ret4, ret8, retN
    // Addresses: dst, frame offset / dst, absolute address (two words).
    case frameAddress, absoluteAddress
    // dst = address + offset, raising NullReferenceException for a null address: dst, src, offset.
    case fieldAddress
    // Memory through an address slot (null-checked): dst, address, offset, LoadKind / byte count.
    case load, loadN
    // address, offset, src, StoreKind / byte count.
    case store, storeN
    // From a value in the frame: dst, src offset, LoadKind.
    case frameLoad
    // Zero `count` bytes at an address: address, count.
    case zeroN
    // Run a type's initializer once before what follows: MethodTable (two words), type initializer
    // descriptor (two words). It is called like a method, with its frame above the current one.
    case initClass
    // Objects. newObject: dst, MethodTable (two words). newArray: dst, MethodTable (two words), length.
    case newObject, newArray
    // dst, array: the length as a native int.
    case arrayLength
    // dst, array, index, LoadKind, element size / dst, array, index, element size.
    case loadElement, loadElementN
    // array, index, src, StoreKind, element size / array, index, src, element size.
    case storeElement, storeElementN
    // array, index, src: a reference store with the array-covariance check and write barrier.
    case storeElementRef
    // dst, array, index, element size, exact element MethodTable (two words, 0 when unchecked).
    case elementAddress
    // slot: raises NullReferenceException when it holds null.
    case checkNull
    // Virtual call: method descriptor (two words), argument base, vtable slot.
    case callVirtual
    // Interface call: method descriptor (two words), argument base, interface MethodTable (two words), slot.
    case callInterface
    // dst, src, MethodTable (two words): isinst leaves null when the cast fails, castclass raises.
    case isInstance, castClass
    // dst, src, MethodTable (two words), value size: a new object holding a copy of the value.
    case box
    // dst, src object, MethodTable (two words): the address of the boxed value, type-checked.
    case unbox
    // Exceptions. throwObject: src. callFinally: handler start (IR word offset), run in a nested
    // loop until its endfinally. endFinally: none. endFilter: src (the filter's int32 verdict).
    case throwObject, callFinally, endFinally, endFilter
    // localloc: dst, size slot. locallocMark / locallocRelease: slot keeping the method's mark.
    case localloc, locallocMark, locallocRelease
    // cpblk: destination, source, size slots. initblk: address, value, size slots.
    case copyBlock, initBlock
    // ckfinite: src (float64 or float32 by the second operand: 8 or 4).
    case checkFinite
    // A method implemented in Swift (NativeMethods.swift): body (two words), argument base,
    // the method's descriptor (two words).
    case callNative
    // dst, address slot, MethodTable (two words), value size: boxes the value at an address
    // (constrained. calls on value types that do not implement the method themselves).
    case boxIndirect
    // Delegates. resolveFunction: dst, object slot, method descriptor (two words) — ldvirtftn.
    // initDelegate: delegate slot, target slot, function slot. invokeDelegate: argument base,
    // bytes of arguments after the delegate, offset of MulticastDelegate.delegates, result bytes.
    case resolveFunction, initDelegate, invokeDelegate
    // --trace: prints the method's entry (prologue of traced methods only), its exit (before
    // each return of traced methods).
    case traceEntry, traceExit
    // dst, thread-static slot, field offset: the address of a thread-static field of the
    // current thread (its block, made when the field's first user was imported).
    case threadStaticAddress
    // Nullable<T> (III.4.1, III.4.33): boxNullable dst, src, T's MethodTable (two words), value
    // offset, value size — null when it has no value. unboxNullable dst, object slot, T's
    // MethodTable (two words), value offset, value size, Nullable size.
    case boxNullable, unboxNullable
    // Multi-dimensional arrays. newArrayMD: dst, MethodTable (two words), first argument slot,
    // argument count (rank lengths, or rank lower-bound/length pairs). arrayElementAddressMD:
    // dst, array slot, first index slot, rank, element size.
    case newArrayMD, arrayElementAddressMD
    // calli of a managed function pointer (a method descriptor, as ldftn makes): function slot,
    // argument base.
    case callIndirect
    // jmp (III.3.37): the method replaces the current one in the same frame, with the same
    // arguments: method descriptor (two words).
    case jump
    // A `tail.` call (III.2.4): the callee replaces the caller's frame. Function slot (a method
    // descriptor), argument base, bytes of arguments (moved down to the frame's start), and 1 when
    // the function was resolved virtually (a value type's method then gets the boxed value's address).
    case tailCall
    // mkrefany: dst (a TypedReference), address slot, MethodTable (two words).
    // refanyval: dst (the address), TypedReference slot, MethodTable (two words), type-checked.
    case makeTypedReference, typedReferenceAddress
    // Typed memory access, one op per width (the common forms of load/store): dst, address slot,
    // offset / address slot, offset, src. Null-checked. storeRef has the write barrier.
    case loadI1, loadU1, loadI2, loadU2, loadI4, load8
    case store1, store2, store4, store8, storeRef
    // Array elements, one op per width: dst, array, index / array, index, src. Bounds-checked.
    case loadElementI1, loadElementU1, loadElementI2, loadElementU2, loadElementI4, loadElement8
    case storeElement1, storeElement2, storeElement4, storeElement8
    // Static fields at an address known at import: dst, address (two words) / address (two words), src.
    case loadStaticI1, loadStaticU1, loadStaticI2, loadStaticU2, loadStaticI4, loadStatic8
    case storeStatic1, storeStatic2, storeStatic4, storeStatic8, storeStaticRef
    // Math intrinsics: dst, src.
    case sqrtR8
    // Integer arithmetic with a constant right operand: dst, a, immediate (an int32, sign-extended
    // for the I8 forms). Same order as the register forms.
    case addI4Imm, subI4Imm, mulI4Imm, andI4Imm, orI4Imm, xorI4Imm, shlI4Imm, shrI4Imm, shrUnI4Imm
    case addI8Imm, subI8Imm, mulI8Imm, andI8Imm, orI8Imm, xorI8Imm, shlI8Imm, shrI8Imm, shrUnI8Imm
    // Compare with a constant and branch: a, immediate (int32), target. Same order as beqI4…bltUnI4.
    case beqI4Imm, bneUnI4Imm, bgeI4Imm, bgeUnI4Imm, bgtI4Imm, bgtUnI4Imm, bleI4Imm, bleUnI4Imm, bltI4Imm, bltUnI4Imm
    // The common unchecked conversions (the others go through `conv`): dst, src.
    case convI4ToR8, convI8ToR8, convI4ToR4, convR8ToI4, convR8ToI8, convR4ToR8, convR8ToR4
    case convToI4, convToI1, convToU1, convToI2, convToU2, convI4ToU8
    // --trace: prints a call into native code (an internal call, P/Invoke or intrinsic) before
    // it is made: the callee's descriptor (two words).
    case traceNativeCall
}

/// An exception clause in IR word offsets (ends exclusive).
public struct IRExceptionClause {
    public var kind: ExceptionRegionKind
    public var tryStart: Int, tryEnd: Int
    public var handlerStart: Int, handlerEnd: Int
    public var filterStart: Int
    /// The caught type (catch clauses).
    public var catchType: RuntimeType?
    /// The frame slot that keeps the caught exception for `rethrow` (catch and filter clauses).
    public var exceptionSlot: Int
}

/// How `load` widens a value from memory to its stack form.
enum LoadKind: UInt32 {
    case i1 = 0, u1, i2, u2, i4, u4, i8, r4, r8

    /// The typed forms: loads of each kind (float32 and uint32 read as the low half of the slot).
    var fieldOp: IROp { [.loadI1, .loadU1, .loadI2, .loadU2, .loadI4, .loadI4, .load8, .loadI4, .load8][Int(rawValue)] }
    var elementOp: IROp { [.loadElementI1, .loadElementU1, .loadElementI2, .loadElementU2, .loadElementI4, .loadElementI4, .loadElement8, .loadElementI4, .loadElement8][Int(rawValue)] }
    var staticOp: IROp { [.loadStaticI1, .loadStaticU1, .loadStaticI2, .loadStaticU2, .loadStaticI4, .loadStaticI4, .loadStatic8, .loadStaticI4, .loadStatic8][Int(rawValue)] }
}

/// How many bytes `store` writes.
enum StoreKind: UInt32 {
    case b1 = 0, b2, b4, b8
    /// An object reference: 8 bytes and the write barrier.
    case reference

    var fieldOp: IROp { [.store1, .store2, .store4, .store8, .storeRef][Int(rawValue)] }
    var staticOp: IROp { [.storeStatic1, .storeStatic2, .storeStatic4, .storeStatic8, .storeStaticRef][Int(rawValue)] }
    /// Element stores (a reference element has its own op, with the covariance check).
    var elementOp: IROp? { [.storeElement1, .storeElement2, .storeElement4, .storeElement8, nil][Int(rawValue)] }
}

/// Operand counts in words after the opcode word (nil: variable, see `switch`).
extension IROp {
    var operandWords: Int? {
        switch self {
        case .nop, .ret: 0
        case .br, .ret4, .ret8: 1
        case .move4, .move8, .ldcI4, .ldcR4, .brTrue, .brFalse, .negI4, .negI8, .negR4, .negR8, .notI4, .notI8, .retN: 2
        case .ldcI8, .ldcR8, .moveN, .conv, .call, .absoluteAddress, .fieldAddress, .frameLoad: 3
        case .callNative: 5
        case .frameAddress, .zeroN: 2
        case .load, .loadN, .store, .storeN, .initClass: 4
        case .newObject: 3
        case .checkNull: 1
        case .newArray: 4
        case .arrayLength: 2
        case .throwObject, .callFinally, .endFilter: 1
        case .endFinally: 0
        case .localloc, .checkFinite: 2
        case .locallocMark, .locallocRelease: 1
        case .copyBlock, .initBlock: 3
        case .loadElement, .storeElement: 5
        case .loadElementN, .storeElementN: 4
        case .storeElementRef: 3
        case .elementAddress: 6
        case .callVirtual: 4
        case .callInterface: 6
        case .isInstance, .castClass, .unbox: 4
        case .box, .boxIndirect: 5
        case .resolveFunction: 4
        case .initDelegate: 3
        case .invokeDelegate: 4
        case .traceEntry, .traceExit: 0
        case .traceNativeCall: 2
        case .threadStaticAddress: 3
        case .boxNullable: 6
        case .unboxNullable: 7
        case .newArrayMD: 5
        case .arrayElementAddressMD: 5
        case .callIndirect: 2
        case .jump: 2
        case .tailCall: 4
        case .makeTypedReference, .typedReferenceAddress: 4
        case .sqrtR8, .convI4ToR8, .convI8ToR8, .convI4ToR4, .convR8ToI4, .convR8ToI8, .convR4ToR8, .convR8ToR4,
             .convToI4, .convToI1, .convToU1, .convToI2, .convToU2, .convI4ToU8: 2
        case .loadI1, .loadU1, .loadI2, .loadU2, .loadI4, .load8, .store1, .store2, .store4, .store8, .storeRef,
             .loadElementI1, .loadElementU1, .loadElementI2, .loadElementU2, .loadElementI4, .loadElement8,
             .storeElement1, .storeElement2, .storeElement4, .storeElement8,
             .loadStaticI1, .loadStaticU1, .loadStaticI2, .loadStaticU2, .loadStaticI4, .loadStatic8,
             .storeStatic1, .storeStatic2, .storeStatic4, .storeStatic8, .storeStaticRef: 3
        case .switch: nil
        default: 3  // dst, a, b / a, b, target
        }
    }

    /// Whether the last operand is a branch target.
    var isBranch: Bool {
        switch self {
        case .br, .brTrue, .brFalse: true
        default: (IROp.beqI4.rawValue...IROp.bltUnR8.rawValue).contains(rawValue) || (IROp.beqI4Imm.rawValue...IROp.bltUnI4Imm.rawValue).contains(rawValue)
        }
    }

    /// Reads an opcode word. The importer writes only valid opcodes, so no range check (DESIGN §8).
    @inline(__always) static func decode(_ word: UInt32) -> IROp {
        unsafeBitCast(UInt16(truncatingIfNeeded: word), to: IROp.self)
    }
}

/// A conversion: source kind, target, overflow checking (conv.ovf.*), and whether the source is
/// read as unsigned (conv.ovf.*.un, conv.r.un).
struct ConversionCode {
    enum Source: UInt32 { case i4 = 0, i8, r4, r8 }
    enum Target: UInt32 { case i1 = 0, u1, i2, u2, i4, u4, i8, u8, r4, r8 }
    var source: Source
    var target: Target
    var checked: Bool
    var unsignedSource: Bool

    var word: UInt32 { source.rawValue | target.rawValue << 4 | (checked ? 0x100 : 0) | (unsignedSource ? 0x200 : 0) }

    init(source: Source, target: Target, checked: Bool, unsignedSource: Bool) {
        (self.source, self.target, self.checked, self.unsignedSource) = (source, target, checked, unsignedSource)
    }

    init(word: UInt32) {
        source = Source(rawValue: word & 0xF) ?? .i4
        target = Target(rawValue: (word >> 4) & 0xF) ?? .i4
        checked = word & 0x100 != 0
        unsignedSource = word & 0x200 != 0
    }
}

/// A method's imported code in unmanaged memory: a header, then the IR words. Method descriptors
/// point here once the method has been imported.
public enum CompiledMethodLayout {
    static let frameSizeOffset = 0       // UInt32 bytes of frame (arguments, locals, stack)
    static let argumentSizeOffset = 4    // UInt32 bytes of arguments
    static let localsSizeOffset = 8      // UInt32 bytes of locals (zeroed on entry)
    static let codeWordsOffset = 12      // UInt32 number of IR words
    static let importedOffset = 16       // Unmanaged<ImportedMethod>
    static let codeOffset = 24
}

/// The cold side of an imported method: what `ilex ir` prints and what error reports need.
public final class ImportedMethod {
    public let method: RuntimeMethod
    public let code: [UInt32]
    public let frameSize: Int
    public let argumentSize: Int
    public let localsSize: Int
    /// IR word offset of each IL instruction that starts IR code, with its IL offset, ascending.
    public let ilOffsets: [(ir: Int, il: Int)]
    /// For each entry of `ilOffsets`, the IL offset a stack trace reports for it, as mono's JIT
    /// reports it without debug symbols: the last "statement" start at or before the instruction,
    /// statements starting where the evaluation stack is empty and right after a call or callvirt.
    public let traceOffsets: [Int]
    /// Exception clauses, innermost first (II.19), and where a handler finds its exception.
    public let clauses: [IRExceptionClause]
    public let exceptionEntryOffset: Int
    /// The raw block: header then code.
    public private(set) var raw: UnsafeMutableRawPointer!

    init(method: RuntimeMethod, code: [UInt32], frameSize: Int, argumentSize: Int, localsSize: Int, ilOffsets: [(ir: Int, il: Int)],
         traceOffsets: [Int]? = nil, clauses: [IRExceptionClause] = [], exceptionEntryOffset: Int = 0) {
        self.method = method
        self.traceOffsets = traceOffsets ?? ilOffsets.map(\.il)
        self.clauses = clauses
        self.exceptionEntryOffset = exceptionEntryOffset
        self.code = code
        self.frameSize = frameSize
        self.argumentSize = argumentSize
        self.localsSize = localsSize
        self.ilOffsets = ilOffsets
        let bytes = CompiledMethodLayout.codeOffset + code.count * 4
        let raw = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 16)
        raw.storeBytes(of: UInt32(frameSize), toByteOffset: CompiledMethodLayout.frameSizeOffset, as: UInt32.self)
        raw.storeBytes(of: UInt32(argumentSize), toByteOffset: CompiledMethodLayout.argumentSizeOffset, as: UInt32.self)
        raw.storeBytes(of: UInt32(localsSize), toByteOffset: CompiledMethodLayout.localsSizeOffset, as: UInt32.self)
        raw.storeBytes(of: UInt32(code.count), toByteOffset: CompiledMethodLayout.codeWordsOffset, as: UInt32.self)
        code.withUnsafeBytes { (raw + CompiledMethodLayout.codeOffset).copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        self.raw = raw
        raw.storeBytes(of: Unmanaged.passUnretained(self).toOpaque(), toByteOffset: CompiledMethodLayout.importedOffset,
                       as: UnsafeMutableRawPointer.self)
    }

    /// The imported method a compiled block belongs to.
    static func of(_ block: UnsafeRawPointer) -> ImportedMethod {
        Unmanaged<ImportedMethod>.fromOpaque(block.load(fromByteOffset: CompiledMethodLayout.importedOffset, as: UnsafeRawPointer.self))
            .takeUnretainedValue()
    }

    /// The IL offset of the instruction that produced IR word `irOffset`.
    public func ilOffset(ofIR irOffset: Int) -> Int {
        var result = 0
        for entry in ilOffsets where entry.ir <= irOffset { result = entry.il }
        return result
    }

    /// The IL offset a stack trace shows for IR word `irOffset` (`traceOffsets`).
    public func traceILOffset(ofIR irOffset: Int) -> Int {
        var result = 0
        for (index, entry) in ilOffsets.enumerated() where entry.ir <= irOffset { result = traceOffsets[index] }
        return result
    }

    /// `ilex ir`: one line per IR instruction, with the IL offset it came from.
    public var listing: String {
        var lines = ["// \(method)  frame \(frameSize) bytes (arguments \(argumentSize), locals \(localsSize)), \(code.count) words"]
        for clause in clauses {
            var text = "// .try #\(clause.tryStart)..<#\(clause.tryEnd) \(clause.kind) #\(clause.handlerStart)..<#\(clause.handlerEnd)"
            if clause.kind == .filter { text += " filter #\(clause.filterStart)" }
            if let type = clause.catchType { text += " catch \(type)" }
            lines.append(text)
        }
        var starts: [Int: Int] = [:]
        for entry in ilOffsets where starts[entry.ir] == nil { starts[entry.ir] = entry.il }
        var pc = 0
        while pc < code.count {
            let op = IROp.decode(code[pc])
            let count = op.operandWords ?? (2 + Int(code[pc + 2]))
            let operands = Array(code[(pc + 1)..<min(code.count, pc + 1 + count)])
            var text: String
            switch op {
            case .ldcI8: text = "\(Int64(bitPattern: UInt64(operands[1]) | UInt64(operands[2]) << 32))"
                text = "@\(operands[0]), " + text
            case .ldcR8: text = "@\(operands[0]), \(Double(bitPattern: UInt64(operands[1]) | UInt64(operands[2]) << 32))"
            case .ldcR4: text = "@\(operands[0]), \(Float(bitPattern: operands[1]))"
            case .ldcI4: text = "@\(operands[0]), \(Int32(bitPattern: operands[1]))"
            case .newObject, .newArray, .isInstance, .castClass, .box, .unbox, .boxIndirect:
                let tableIndex = op == .newObject ? 1 : op == .newArray ? 1 : 2
                let table = MethodTable(UnsafeMutableRawPointer(bitPattern: UInt(operands[tableIndex]) | UInt(operands[tableIndex + 1]) << 32)!)
                var slots = operands.enumerated().filter { $0.offset != tableIndex && $0.offset != tableIndex + 1 }.map { "@\($0.element)" }
                if op == .box || op == .boxIndirect { slots[slots.count - 1] = "\(operands.last!) bytes" }
                text = slots.joined(separator: ", ") + ", \(table.runtimeType)"
            case .initClass:
                let table = MethodTable(UnsafeMutableRawPointer(bitPattern: UInt(operands[0]) | UInt(operands[1]) << 32)!)
                text = "\(table.runtimeType)"
            case .absoluteAddress:
                text = "@\(operands[0]), 0x" + String(UInt(operands[1]) | UInt(operands[2]) << 32, radix: 16)
            case .load, .frameLoad:
                let kind = LoadKind(rawValue: operands.last!).map { "\($0)" } ?? "?"
                text = operands.dropLast().map { "@\($0)" }.joined(separator: ", ") + " " + kind
            case .store:
                let kind = StoreKind(rawValue: operands.last!).map { "\($0)" } ?? "?"
                text = operands.dropLast().map { "@\($0)" }.joined(separator: ", ") + " " + kind
            case .call, .callVirtual, .callInterface, .jump:
                let descriptor = UnsafeRawPointer(bitPattern: UInt(operands[0]) | UInt(operands[1]) << 32)!
                text = "\(MethodDescriptorLayout.method(of: descriptor))" + (op == .jump ? "" : ", args at @\(operands[2])")
            case .conv:
                let c = ConversionCode(word: operands[2])
                text = "@\(operands[0]), @\(operands[1]), \(c.source) -> \(c.target)" + (c.checked ? " checked" : "") + (c.unsignedSource ? " unsigned" : "")
            case .switch:
                text = "@\(operands[0]), [" + operands.dropFirst(2).map { "#\($0)" }.joined(separator: ", ") + "]"
            case .moveN, .retN, .loadN, .storeN, .zeroN:
                text = operands.dropLast().map { "@\($0)" }.joined(separator: ", ") + ", \(operands.last!) bytes"
            default:
                text = operands.enumerated().map { i, word in (op.isBranch || op == .callFinally) && i == operands.count - 1 ? "#\(word)" : "@\(word)" }
                    .joined(separator: ", ")
            }
            let il = starts[pc].map { "IL_" + hex4($0) } ?? "       "
            lines.append("\(il)  #\(pc)\t\(op)\t\(text)")
            pc += 1 + count
        }
        return lines.joined(separator: "\n")
    }

    private func hex4(_ n: Int) -> String {
        let s = String(n, radix: 16)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
}
