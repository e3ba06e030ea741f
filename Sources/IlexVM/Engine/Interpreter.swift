// The interpreter loop (DESIGN.md §4, §8): one `switch` over IR opcodes read from unmanaged memory,
// frames in a contiguous VM stack (a callee's frame starts at its arguments in the caller's frame,
// so arguments are never copied), return addresses in a separate control stack. No ARC, no
// `throws`, no Swift class references inside the loop: slow paths (importing a callee, raising an
// exception) are calls to non-inlined functions that return a status.

/// What stopped the loop.
public enum ExecutionStatus: UInt32 {
    case completed = 0
    case divideByZero, overflow, stackOverflow, nullReference
    case indexOutOfRange, invalidCast, arrayTypeMismatch, outOfMemory
    /// A managed exception object is in ThreadState.pendingException.
    case exception
    /// endfinally/endfilter ended the handler a nested loop was running.
    case handlerReturned
    /// A callee could not be imported (its ImportError is in the Runtime).
    case importFailed

    /// The BCL exception type a status raises.
    var exceptionTypeName: String {
        switch self {
        case .completed: ""
        case .divideByZero: "System.DivideByZeroException"
        case .overflow: "System.OverflowException"
        case .stackOverflow: "System.StackOverflowException"
        case .nullReference: "System.NullReferenceException"
        case .indexOutOfRange: "System.IndexOutOfRangeException"
        case .invalidCast: "System.InvalidCastException"
        case .arrayTypeMismatch: "System.ArrayTypeMismatchException"
        case .outOfMemory: "System.OutOfMemoryException"
        case .importFailed, .exception, .handlerReturned: ""
        }
    }
}

/// Per-thread execution state in unmanaged memory (DESIGN.md §7: passed explicitly, no globals).
struct ThreadState {
    var stackBase: UnsafeMutableRawPointer
    /// Where a call raises StackOverflowException: a reserve below the end of the VM stack (and
    /// of the control stack) lets the exception be made and handled; the limits move to the real
    /// ends (the hard limits) while it is, and back when a handler is found.
    var stackLimit: UnsafeMutableRawPointer
    var controlBase: UnsafeMutablePointer<ControlRecord>
    var controlLimit: UnsafeMutablePointer<ControlRecord>
    var stackHardLimit: UnsafeMutableRawPointer
    var controlHardLimit: UnsafeMutablePointer<ControlRecord>
    var stackSoftLimit: UnsafeMutableRawPointer
    var controlSoftLimit: UnsafeMutablePointer<ControlRecord>
    /// Where the loop stopped with an exception: the method's compiled block and IR word offset.
    var faultMethod: UnsafeRawPointer?
    var faultWord: Int
    /// The Runtime, for slow paths (importing).
    var runtime: UnsafeRawPointer
    var instructionsExecuted: UInt64
    /// The end of the innermost interpreter frame, published before a slow call that may collect:
    /// the VM stack below it is a root range.
    var stackTop: UnsafeMutableRawPointer
    /// The control stack position of the innermost loop, published with `stackTop`.
    var controlTop: UnsafeMutablePointer<ControlRecord>
    /// The exception being thrown (status `.exception`), and a filter's verdict.
    var pendingException: UnsafeMutableRawPointer?
    var filterVerdict: Int32
    /// The method descriptor of the native method being called, and the compiled block of its caller.
    var nativeCallee: UnsafeRawPointer?
    var nativeCaller: UnsafeRawPointer?
    /// The caller's callNative instruction (for stack walks from native code: Runtime.currentManagedFrames).
    var nativeCallerPC: UnsafePointer<UInt32>?
    /// This thread's thread-static blocks, by slot (ThreadStaticStorage keeps them).
    var threadStaticBlocks: UnsafeMutablePointer<UnsafeMutableRawPointer?>
    /// localloc memory: a separate bump stack, released when the allocating method returns.
    var locallocCursor: UnsafeMutableRawPointer
    var locallocLimit: UnsafeMutableRawPointer
    /// The heap's range and card table, for the write barrier.
    /// The heap's allocation state, for the inline fast path.
    var allocation: UnsafeMutablePointer<AllocationContext>
    var heapBase: UnsafeMutableRawPointer
    var heapBytes: Int
    var cards: UnsafeMutablePointer<UInt8>
    /// errno after the last `SetLastError=true` P/Invoke call (Marshal.GetLastWin32Error).
    var lastPInvokeError: Int32 = 0
}

/// A suspended caller: where to continue and its frame.
struct ControlRecord {
    var pc: UnsafePointer<UInt32>
    var frame: UnsafeMutableRawPointer
    var method: UnsafeRawPointer
}

enum Interpreter {
    /// Runs `method` (a compiled block) in `frame` until it returns to this call; its result is
    /// left at offset 0 of `frame`.
    /// `startingAt` and `controlStart` run a handler (finally, fault, filter) of a frame in a
    /// nested loop: it ends at the handler's endfinally/endfilter with `.handlerReturned`.
    static func run(_ thread: UnsafeMutablePointer<ThreadState>, method entry: UnsafeRawPointer,
                    frame entryFrame: UnsafeMutableRawPointer, startingAt entryWord: Int = 0,
                    controlStart: UnsafeMutablePointer<ControlRecord>? = nil) -> ExecutionStatus {
        var method = entry
        var code = (method + CompiledMethodLayout.codeOffset).assumingMemoryBound(to: UInt32.self)
        var pc = code + entryWord
        var fp = entryFrame
        var control = controlStart ?? thread.pointee.controlBase
        let controlFloor = control
        var status = ExecutionStatus.completed
        /// The handler start of a finally block an exception escaped from (callFinally), or -1.
        var escapedHandler = -1

        // Typed slot access through assumingMemoryBound: the generic load/storeBytes entry points
        // are not always inlined into a function this large (slots are 8-byte aligned).
        @inline(__always) func i32(_ offset: UInt32) -> Int32 { (fp + Int(offset)).assumingMemoryBound(to: Int32.self).pointee }
        @inline(__always) func i64(_ offset: UInt32) -> Int64 { (fp + Int(offset)).assumingMemoryBound(to: Int64.self).pointee }
        @inline(__always) func f32(_ offset: UInt32) -> Float { (fp + Int(offset)).assumingMemoryBound(to: Float.self).pointee }
        @inline(__always) func f64(_ offset: UInt32) -> Double { (fp + Int(offset)).assumingMemoryBound(to: Double.self).pointee }
        @inline(__always) func setI32(_ offset: UInt32, _ value: Int32) { (fp + Int(offset)).assumingMemoryBound(to: Int64.self).pointee = Int64(value) }
        @inline(__always) func setI64(_ offset: UInt32, _ value: Int64) { (fp + Int(offset)).assumingMemoryBound(to: Int64.self).pointee = value }
        @inline(__always) func setF32(_ offset: UInt32, _ value: Float) { (fp + Int(offset)).assumingMemoryBound(to: Float.self).pointee = value }
        @inline(__always) func setF64(_ offset: UInt32, _ value: Double) { (fp + Int(offset)).assumingMemoryBound(to: Double.self).pointee = value }
        @inline(__always) func setBool(_ offset: UInt32, _ value: Bool) { setI64(offset, value ? 1 : 0) }
        @inline(__always) func jump(_ target: UInt32) { pc = code + Int(target) }
        @inline(__always) func pointer(_ offset: UInt32) -> UnsafeMutableRawPointer? {
            (fp + Int(offset)).assumingMemoryBound(to: UnsafeMutableRawPointer?.self).pointee
        }
        /// A value type's method reached through a boxed object's slot gets the value's address.
        @inline(__always) func unboxThisIfNeeded(_ descriptor: UnsafeRawPointer, _ thisOffset: Int) {
            if _slowPath(descriptor.loadWord(at: MethodDescriptorLayout.flagsOffset, as: UInt32.self) & MethodDescriptorLayout.valueTypeThis != 0) {
                fp.storeWord(fp.load(fromByteOffset: thisOffset, as: UnsafeMutableRawPointer.self) + ObjectLayout.headerSize, at: thisOffset, as: UnsafeMutableRawPointer.self)
            }
        }
        @inline(__always) func publishStackTop() {
            thread.pointee.stackTop = fp + Int(method.loadWord(at: CompiledMethodLayout.frameSizeOffset, as: UInt32.self))
            thread.pointee.controlTop = control
        }
        /// A new object: the inline fast path, else the slow one (which may collect: the stack top is published).
        @inline(__always) func allocateObject(_ table: MethodTable, size: Int) -> UnsafeMutableRawPointer? {
            if let object = allocateFast(thread, table, size: size) { return object }
            publishStackTop()
            return allocate(thread, table, size: size)
        }
        /// Pushes a frame for `descriptor`'s method at `frameOffset` of the current frame.
        @inline(__always) func enter(_ descriptor: UnsafeRawPointer, frameOffset: Int, returnTo: UnsafePointer<UInt32>) -> ExecutionStatus {
            var callee = descriptor.loadWord(at: MethodDescriptorLayout.entryPointOffset, as: UnsafeRawPointer?.self)
            if _slowPath(callee == nil) {
                publishStackTop()
                callee = prepare(thread, descriptor)
                if callee == nil { return .importFailed }
            }
            let target = callee.unsafelyUnwrapped
            let newFrame = fp + frameOffset
            let frameSize = Int(target.loadWord(at: CompiledMethodLayout.frameSizeOffset, as: UInt32.self))
            if _slowPath(newFrame + frameSize > thread.pointee.stackLimit || control >= thread.pointee.controlLimit) {
                return .stackOverflow
            }
            control.pointee = ControlRecord(pc: returnTo, frame: fp, method: method)
            control += 1
            zeroLocals(of: target, in: newFrame)
            method = target
            code = (target + CompiledMethodLayout.codeOffset).assumingMemoryBound(to: UInt32.self)
            pc = code
            fp = newFrame
            return .completed
        }

        outer: while true {
        loop: while true {
            switch IROp.decode(pc[0]) {
            case .nop: pc += 1
            case .ldcI4: setI32(pc[1], Int32(bitPattern: pc[2])); pc += 3
            case .ldcI8, .ldcR8: setI64(pc[1], Int64(bitPattern: UInt64(pc[2]) | UInt64(pc[3]) << 32)); pc += 4
            case .ldcR4: setF32(pc[1], Float(bitPattern: pc[2])); pc += 3
            case .move4: fp.storeWord(fp.load(fromByteOffset: Int(pc[2]), as: UInt32.self), at: Int(pc[1]), as: UInt32.self); pc += 3
            case .move8: setI64(pc[1], i64(pc[2])); pc += 3
            case .moveN: copyValue(to: fp + Int(pc[1]), from: fp + Int(pc[2]), byteCount: Int(pc[3])); pc += 4

            case .addI4: setI32(pc[1], i32(pc[2]) &+ i32(pc[3])); pc += 4
            case .subI4: setI32(pc[1], i32(pc[2]) &- i32(pc[3])); pc += 4
            case .mulI4: setI32(pc[1], i32(pc[2]) &* i32(pc[3])); pc += 4
            case .divI4, .remI4:
                let a = i32(pc[2]), b = i32(pc[3])
                if _slowPath(b == 0) { status = .divideByZero; break loop }
                if _slowPath(b == -1 && a == .min) { status = .overflow; break loop }
                setI32(pc[1], IROp.decode(pc[0]) == .divI4 ? a / b : a % b); pc += 4
            case .divUnI4, .remUnI4:
                let a = UInt32(bitPattern: i32(pc[2])), b = UInt32(bitPattern: i32(pc[3]))
                if _slowPath(b == 0) { status = .divideByZero; break loop }
                setI32(pc[1], Int32(bitPattern: IROp.decode(pc[0]) == .divUnI4 ? a / b : a % b)); pc += 4
            case .andI4: setI32(pc[1], i32(pc[2]) & i32(pc[3])); pc += 4
            case .orI4: setI32(pc[1], i32(pc[2]) | i32(pc[3])); pc += 4
            case .xorI4: setI32(pc[1], i32(pc[2]) ^ i32(pc[3])); pc += 4
            case .shlI4: setI32(pc[1], i32(pc[2]) &<< i32(pc[3])); pc += 4
            case .shrI4: setI32(pc[1], i32(pc[2]) &>> i32(pc[3])); pc += 4
            case .shrUnI4: setI32(pc[1], Int32(bitPattern: UInt32(bitPattern: i32(pc[2])) &>> UInt32(bitPattern: i32(pc[3])))); pc += 4

            case .addI8: setI64(pc[1], i64(pc[2]) &+ i64(pc[3])); pc += 4
            case .subI8: setI64(pc[1], i64(pc[2]) &- i64(pc[3])); pc += 4
            case .mulI8: setI64(pc[1], i64(pc[2]) &* i64(pc[3])); pc += 4
            case .divI8, .remI8:
                let a = i64(pc[2]), b = i64(pc[3])
                if _slowPath(b == 0) { status = .divideByZero; break loop }
                if _slowPath(b == -1 && a == .min) { status = .overflow; break loop }
                setI64(pc[1], IROp.decode(pc[0]) == .divI8 ? a / b : a % b); pc += 4
            case .divUnI8, .remUnI8:
                let a = UInt64(bitPattern: i64(pc[2])), b = UInt64(bitPattern: i64(pc[3]))
                if _slowPath(b == 0) { status = .divideByZero; break loop }
                setI64(pc[1], Int64(bitPattern: IROp.decode(pc[0]) == .divUnI8 ? a / b : a % b)); pc += 4
            case .andI8: setI64(pc[1], i64(pc[2]) & i64(pc[3])); pc += 4
            case .orI8: setI64(pc[1], i64(pc[2]) | i64(pc[3])); pc += 4
            case .xorI8: setI64(pc[1], i64(pc[2]) ^ i64(pc[3])); pc += 4
            case .shlI8: setI64(pc[1], i64(pc[2]) &<< Int64(i32(pc[3]))); pc += 4
            case .shrI8: setI64(pc[1], i64(pc[2]) &>> Int64(i32(pc[3]))); pc += 4
            case .shrUnI8: setI64(pc[1], Int64(bitPattern: UInt64(bitPattern: i64(pc[2])) &>> UInt64(UInt32(bitPattern: i32(pc[3]))))); pc += 4

            case .addOvfI4, .subOvfI4, .mulOvfI4:
                let (r, o) = checkedArithmetic(IROp.decode(pc[0]), i32(pc[2]), i32(pc[3]))
                if _slowPath(o) { status = .overflow; break loop }
                setI32(pc[1], r); pc += 4
            case .addOvfUnI4, .subOvfUnI4, .mulOvfUnI4:
                let (r, o) = checkedArithmetic(IROp.decode(pc[0]), UInt32(bitPattern: i32(pc[2])), UInt32(bitPattern: i32(pc[3])))
                if _slowPath(o) { status = .overflow; break loop }
                setI32(pc[1], Int32(bitPattern: r)); pc += 4
            case .addOvfI8, .subOvfI8, .mulOvfI8:
                let (r, o) = checkedArithmetic(IROp.decode(pc[0]), i64(pc[2]), i64(pc[3]))
                if _slowPath(o) { status = .overflow; break loop }
                setI64(pc[1], r); pc += 4
            case .addOvfUnI8, .subOvfUnI8, .mulOvfUnI8:
                let (r, o) = checkedArithmetic(IROp.decode(pc[0]), UInt64(bitPattern: i64(pc[2])), UInt64(bitPattern: i64(pc[3])))
                if _slowPath(o) { status = .overflow; break loop }
                setI64(pc[1], Int64(bitPattern: r)); pc += 4

            case .addR4: setF32(pc[1], f32(pc[2]) + f32(pc[3])); pc += 4
            case .subR4: setF32(pc[1], f32(pc[2]) - f32(pc[3])); pc += 4
            case .mulR4: setF32(pc[1], f32(pc[2]) * f32(pc[3])); pc += 4
            case .divR4: setF32(pc[1], f32(pc[2]) / f32(pc[3])); pc += 4
            case .remR4: setF32(pc[1], f32(pc[2]).truncatingRemainder(dividingBy: f32(pc[3]))); pc += 4
            case .addR8: setF64(pc[1], f64(pc[2]) + f64(pc[3])); pc += 4
            case .subR8: setF64(pc[1], f64(pc[2]) - f64(pc[3])); pc += 4
            case .mulR8: setF64(pc[1], f64(pc[2]) * f64(pc[3])); pc += 4
            case .divR8: setF64(pc[1], f64(pc[2]) / f64(pc[3])); pc += 4
            case .remR8: setF64(pc[1], f64(pc[2]).truncatingRemainder(dividingBy: f64(pc[3]))); pc += 4

            case .negI4: setI32(pc[1], 0 &- i32(pc[2])); pc += 3
            case .negI8: setI64(pc[1], 0 &- i64(pc[2])); pc += 3
            case .negR4: setF32(pc[1], -f32(pc[2])); pc += 3
            case .negR8: setF64(pc[1], -f64(pc[2])); pc += 3
            case .notI4: setI32(pc[1], ~i32(pc[2])); pc += 3
            case .notI8: setI64(pc[1], ~i64(pc[2])); pc += 3

            case .ceqI4: setBool(pc[1], i32(pc[2]) == i32(pc[3])); pc += 4
            case .cgtI4: setBool(pc[1], i32(pc[2]) > i32(pc[3])); pc += 4
            case .cgtUnI4: setBool(pc[1], UInt32(bitPattern: i32(pc[2])) > UInt32(bitPattern: i32(pc[3]))); pc += 4
            case .cltI4: setBool(pc[1], i32(pc[2]) < i32(pc[3])); pc += 4
            case .cltUnI4: setBool(pc[1], UInt32(bitPattern: i32(pc[2])) < UInt32(bitPattern: i32(pc[3]))); pc += 4
            case .ceqI8: setBool(pc[1], i64(pc[2]) == i64(pc[3])); pc += 4
            case .cgtI8: setBool(pc[1], i64(pc[2]) > i64(pc[3])); pc += 4
            case .cgtUnI8: setBool(pc[1], UInt64(bitPattern: i64(pc[2])) > UInt64(bitPattern: i64(pc[3]))); pc += 4
            case .cltI8: setBool(pc[1], i64(pc[2]) < i64(pc[3])); pc += 4
            case .cltUnI8: setBool(pc[1], UInt64(bitPattern: i64(pc[2])) < UInt64(bitPattern: i64(pc[3]))); pc += 4
            case .ceqR4: setBool(pc[1], f32(pc[2]) == f32(pc[3])); pc += 4
            case .cgtR4: setBool(pc[1], f32(pc[2]) > f32(pc[3])); pc += 4
            case .cgtUnR4: setBool(pc[1], !(f32(pc[2]) <= f32(pc[3]))); pc += 4
            case .cltR4: setBool(pc[1], f32(pc[2]) < f32(pc[3])); pc += 4
            case .cltUnR4: setBool(pc[1], !(f32(pc[2]) >= f32(pc[3]))); pc += 4
            case .ceqR8: setBool(pc[1], f64(pc[2]) == f64(pc[3])); pc += 4
            case .cgtR8: setBool(pc[1], f64(pc[2]) > f64(pc[3])); pc += 4
            case .cgtUnR8: setBool(pc[1], !(f64(pc[2]) <= f64(pc[3]))); pc += 4
            case .cltR8: setBool(pc[1], f64(pc[2]) < f64(pc[3])); pc += 4
            case .cltUnR8: setBool(pc[1], !(f64(pc[2]) >= f64(pc[3]))); pc += 4

            case .br: jump(pc[1])
            case .brTrue: if i64(pc[1]) != 0 { jump(pc[2]) } else { pc += 3 }
            case .brFalse: if i64(pc[1]) == 0 { jump(pc[2]) } else { pc += 3 }
            case .beqI4: if i32(pc[1]) == i32(pc[2]) { jump(pc[3]) } else { pc += 4 }
            case .bneUnI4: if i32(pc[1]) != i32(pc[2]) { jump(pc[3]) } else { pc += 4 }
            case .bgeI4: if i32(pc[1]) >= i32(pc[2]) { jump(pc[3]) } else { pc += 4 }
            case .bgeUnI4: if UInt32(bitPattern: i32(pc[1])) >= UInt32(bitPattern: i32(pc[2])) { jump(pc[3]) } else { pc += 4 }
            case .bgtI4: if i32(pc[1]) > i32(pc[2]) { jump(pc[3]) } else { pc += 4 }
            case .bgtUnI4: if UInt32(bitPattern: i32(pc[1])) > UInt32(bitPattern: i32(pc[2])) { jump(pc[3]) } else { pc += 4 }
            case .bleI4: if i32(pc[1]) <= i32(pc[2]) { jump(pc[3]) } else { pc += 4 }
            case .bleUnI4: if UInt32(bitPattern: i32(pc[1])) <= UInt32(bitPattern: i32(pc[2])) { jump(pc[3]) } else { pc += 4 }
            case .bltI4: if i32(pc[1]) < i32(pc[2]) { jump(pc[3]) } else { pc += 4 }
            case .bltUnI4: if UInt32(bitPattern: i32(pc[1])) < UInt32(bitPattern: i32(pc[2])) { jump(pc[3]) } else { pc += 4 }
            case .beqI8: if i64(pc[1]) == i64(pc[2]) { jump(pc[3]) } else { pc += 4 }
            case .bneUnI8: if i64(pc[1]) != i64(pc[2]) { jump(pc[3]) } else { pc += 4 }
            case .bgeI8: if i64(pc[1]) >= i64(pc[2]) { jump(pc[3]) } else { pc += 4 }
            case .bgeUnI8: if UInt64(bitPattern: i64(pc[1])) >= UInt64(bitPattern: i64(pc[2])) { jump(pc[3]) } else { pc += 4 }
            case .bgtI8: if i64(pc[1]) > i64(pc[2]) { jump(pc[3]) } else { pc += 4 }
            case .bgtUnI8: if UInt64(bitPattern: i64(pc[1])) > UInt64(bitPattern: i64(pc[2])) { jump(pc[3]) } else { pc += 4 }
            case .bleI8: if i64(pc[1]) <= i64(pc[2]) { jump(pc[3]) } else { pc += 4 }
            case .bleUnI8: if UInt64(bitPattern: i64(pc[1])) <= UInt64(bitPattern: i64(pc[2])) { jump(pc[3]) } else { pc += 4 }
            case .bltI8: if i64(pc[1]) < i64(pc[2]) { jump(pc[3]) } else { pc += 4 }
            case .bltUnI8: if UInt64(bitPattern: i64(pc[1])) < UInt64(bitPattern: i64(pc[2])) { jump(pc[3]) } else { pc += 4 }
            case .beqR4: if f32(pc[1]) == f32(pc[2]) { jump(pc[3]) } else { pc += 4 }
            case .bneUnR4: if !(f32(pc[1]) == f32(pc[2])) { jump(pc[3]) } else { pc += 4 }
            case .bgeR4: if f32(pc[1]) >= f32(pc[2]) { jump(pc[3]) } else { pc += 4 }
            case .bgeUnR4: if !(f32(pc[1]) < f32(pc[2])) { jump(pc[3]) } else { pc += 4 }
            case .bgtR4: if f32(pc[1]) > f32(pc[2]) { jump(pc[3]) } else { pc += 4 }
            case .bgtUnR4: if !(f32(pc[1]) <= f32(pc[2])) { jump(pc[3]) } else { pc += 4 }
            case .bleR4: if f32(pc[1]) <= f32(pc[2]) { jump(pc[3]) } else { pc += 4 }
            case .bleUnR4: if !(f32(pc[1]) > f32(pc[2])) { jump(pc[3]) } else { pc += 4 }
            case .bltR4: if f32(pc[1]) < f32(pc[2]) { jump(pc[3]) } else { pc += 4 }
            case .bltUnR4: if !(f32(pc[1]) >= f32(pc[2])) { jump(pc[3]) } else { pc += 4 }
            case .beqR8: if f64(pc[1]) == f64(pc[2]) { jump(pc[3]) } else { pc += 4 }
            case .bneUnR8: if !(f64(pc[1]) == f64(pc[2])) { jump(pc[3]) } else { pc += 4 }
            case .bgeR8: if f64(pc[1]) >= f64(pc[2]) { jump(pc[3]) } else { pc += 4 }
            case .bgeUnR8: if !(f64(pc[1]) < f64(pc[2])) { jump(pc[3]) } else { pc += 4 }
            case .bgtR8: if f64(pc[1]) > f64(pc[2]) { jump(pc[3]) } else { pc += 4 }
            case .bgtUnR8: if !(f64(pc[1]) <= f64(pc[2])) { jump(pc[3]) } else { pc += 4 }
            case .bleR8: if f64(pc[1]) <= f64(pc[2]) { jump(pc[3]) } else { pc += 4 }
            case .bleUnR8: if !(f64(pc[1]) > f64(pc[2])) { jump(pc[3]) } else { pc += 4 }
            case .bltR8: if f64(pc[1]) < f64(pc[2]) { jump(pc[3]) } else { pc += 4 }
            case .bltUnR8: if !(f64(pc[1]) >= f64(pc[2])) { jump(pc[3]) } else { pc += 4 }

            case .switch:
                let index = UInt32(bitPattern: i32(pc[1])), count = pc[2]
                if index < count { jump(pc[3 + Int(index)]) } else { pc += 3 + Int(count) }

            case .conv:
                if _slowPath(!convert(fp + Int(pc[1]), fp + Int(pc[2]), ConversionCode(word: pc[3]))) { status = .overflow; break loop }
                pc += 4

            case .call:
                let descriptor = UnsafeRawPointer(bitPattern: UInt(pc[1]) | UInt(pc[2]) << 32).unsafelyUnwrapped
                status = enter(descriptor, frameOffset: Int(pc[3]), returnTo: pc + 4)
                if _slowPath(status != .completed) { break loop }
            case .callVirtual:
                let this = fp.loadWord(at: Int(pc[3]), as: UnsafeRawPointer?.self)
                guard let this else { status = .nullReference; break loop }
                let table = MethodTable(this.loadWord(at: 0, as: UnsafeMutableRawPointer.self))
                let target = UnsafeRawPointer(table.vtableSlot(Int(pc[4])))
                unboxThisIfNeeded(target, Int(pc[3]))
                status = enter(target, frameOffset: Int(pc[3]), returnTo: pc + 5)
                if _slowPath(status != .completed) { break loop }
            case .callInterface:
                let this = fp.loadWord(at: Int(pc[3]), as: UnsafeRawPointer?.self)
                guard let this else { status = .nullReference; break loop }
                let table = MethodTable(this.loadWord(at: 0, as: UnsafeMutableRawPointer.self))
                let interface = UnsafeMutableRawPointer(bitPattern: UInt(pc[4]) | UInt(pc[5]) << 32).map(MethodTable.init)
                var target: UnsafeRawPointer
                if let interface, let slots = table.interfaceSlots(for: interface) {
                    target = UnsafeRawPointer(slots[Int(pc[6])])
                } else {
                    let declared = UnsafeRawPointer(bitPattern: UInt(pc[1]) | UInt(pc[2]) << 32).unsafelyUnwrapped
                    guard let resolved = resolveVirtual(thread, declared, on: table) else { status = .invalidCast; break loop }
                    target = resolved
                }
                unboxThisIfNeeded(target, Int(pc[3]))
                status = enter(target, frameOffset: Int(pc[3]), returnTo: pc + 7)
                if _slowPath(status != .completed) { break loop }
            case .callNative:
                publishStackTop()
                let body = unsafeBitCast(UInt(pc[1]) | UInt(pc[2]) << 32, to: NativeMethodBody.self)
                thread.pointee.nativeCallee = UnsafeRawPointer(bitPattern: UInt(pc[4]) | UInt(pc[5]) << 32)
                thread.pointee.nativeCaller = method
                thread.pointee.nativeCallerPC = pc
                let result = body(UnsafeMutableRawPointer(thread), fp + Int(pc[3]))
                if _slowPath(result != 0) { status = ExecutionStatus(rawValue: result) ?? .importFailed; break loop }
                pc += 6
            case .checkNull:
                if _slowPath(fp.loadWord(at: Int(pc[1]), as: UInt.self) == 0) { status = .nullReference; break loop }
                pc += 2

            case .newObject:
                let table = MethodTable(UnsafeMutableRawPointer(bitPattern: UInt(pc[2]) | UInt(pc[3]) << 32).unsafelyUnwrapped)
                guard let object = allocateObject(table, size: table.baseSize) else { status = .outOfMemory; break loop }
                fp.storeWord(object, at: Int(pc[1]), as: UnsafeMutableRawPointer.self)
                pc += 4
            case .newArray:
                let table = MethodTable(UnsafeMutableRawPointer(bitPattern: UInt(pc[2]) | UInt(pc[3]) << 32).unsafelyUnwrapped)
                let length = i64(pc[4])
                if _slowPath(length < 0) { status = .overflow; break loop }
                let (bytes, overflow) = Int(length).multipliedReportingOverflow(by: table.componentSize)
                if _slowPath(overflow || bytes > Int(Int32.max) * 8) { status = .outOfMemory; break loop }
                guard let array = allocateObject(table, size: table.baseSize + bytes) else { status = .outOfMemory; break loop }
                array.storeWord(Int(length), at: ObjectLayout.arrayLengthOffset, as: Int.self)
                fp.storeWord(array, at: Int(pc[1]), as: UnsafeMutableRawPointer.self)
                pc += 5
            case .arrayLength:
                guard let array = fp.loadWord(at: Int(pc[2]), as: UnsafeRawPointer?.self) else { status = .nullReference; break loop }
                setI64(pc[1], Int64(array.loadWord(at: ObjectLayout.arrayLengthOffset, as: Int.self)))
                pc += 3
            case .loadElement, .loadElementN, .storeElement, .storeElementN, .storeElementRef, .elementAddress:
                let op = IROp.decode(pc[0])
                let arraySlot = op == .loadElement || op == .loadElementN || op == .elementAddress ? pc[2] : pc[1]
                let indexSlot = op == .loadElement || op == .loadElementN || op == .elementAddress ? pc[3] : pc[2]
                guard let array = fp.loadWord(at: Int(arraySlot), as: UnsafeMutableRawPointer?.self) else { status = .nullReference; break loop }
                let index = UInt(bitPattern: Int(i64(indexSlot)))
                let length = array.loadWord(at: ObjectLayout.arrayLengthOffset, as: UInt.self)
                if _slowPath(index >= length) { status = .indexOutOfRange; break loop }
                switch op {
                case .loadElement:
                    load(into: fp + Int(pc[1]), from: array + ObjectLayout.arrayDataOffset + Int(index) * Int(pc[5]), LoadKind(rawValue: pc[4]).unsafelyUnwrapped)
                    pc += 6
                case .loadElementN:
                    copyValue(to: fp + Int(pc[1]), from: array + ObjectLayout.arrayDataOffset + Int(index) * Int(pc[4]), byteCount: Int(pc[4]))
                    pc += 5
                case .storeElement:
                    let target = array + ObjectLayout.arrayDataOffset + Int(index) * Int(pc[5]), value = fp + Int(pc[3])
                    switch StoreKind(rawValue: pc[4]).unsafelyUnwrapped {
                    case .b1: target.storeWord(value.load(as: UInt8.self), at: 0, as: UInt8.self)
                    case .b2: target.storeWord(value.load(as: UInt16.self), at: 0, as: UInt16.self)
                    case .b4: target.storeWord(value.load(as: UInt32.self), at: 0, as: UInt32.self)
                    case .b8: target.storeWord(value.load(as: UInt64.self), at: 0, as: UInt64.self)
                    case .reference:
                        target.storeWord(value.load(as: UInt64.self), at: 0, as: UInt64.self)
                        markCard(thread, target)
                    }
                    pc += 6
                case .storeElementN:
                    let target = array + ObjectLayout.arrayDataOffset + Int(index) * Int(pc[4])
                    copyValue(to: target, from: fp + Int(pc[3]), byteCount: Int(pc[4]))
                    markCard(thread, target)
                    pc += 5
                case .storeElementRef:
                    let value = fp.loadWord(at: Int(pc[3]), as: UnsafeRawPointer?.self)
                    if let value {
                        let elementTable = MethodTable(array.loadWord(at: 0, as: UnsafeMutableRawPointer.self)).element.unsafelyUnwrapped
                        let valueTable = value.loadWord(at: 0, as: UnsafeMutableRawPointer.self)
                        if _slowPath(valueTable != elementTable.raw && !isAssignable(MethodTable(valueTable), to: elementTable)) {
                            status = .arrayTypeMismatch; break loop
                        }
                    }
                    let target = array + ObjectLayout.arrayDataOffset + Int(index) * 8
                    target.storeWord(value, at: 0, as: UnsafeRawPointer?.self)
                    markCard(thread, target)
                    pc += 4
                default:  // elementAddress
                    if pc[5] != 0 || pc[6] != 0 {
                        let wanted = UnsafeMutableRawPointer(bitPattern: UInt(pc[5]) | UInt(pc[6]) << 32)
                        if _slowPath(MethodTable(array.loadWord(at: 0, as: UnsafeMutableRawPointer.self)).element?.raw != wanted) {
                            status = .arrayTypeMismatch; break loop
                        }
                    }
                    fp.storeWord(array + ObjectLayout.arrayDataOffset + Int(index) * Int(pc[4]), at: Int(pc[1]), as: UnsafeMutableRawPointer.self)
                    pc += 7
                }
            case .isInstance, .castClass:
                let object = fp.loadWord(at: Int(pc[2]), as: UnsafeRawPointer?.self)
                if let object {
                    let target = MethodTable(UnsafeMutableRawPointer(bitPattern: UInt(pc[3]) | UInt(pc[4]) << 32).unsafelyUnwrapped)
                    let table = object.loadWord(at: 0, as: UnsafeMutableRawPointer.self)
                    if table != target.raw && !isAssignable(MethodTable(table), to: target) {
                        if IROp.decode(pc[0]) == .castClass { status = .invalidCast; break loop }
                        fp.storeWord(0, at: Int(pc[1]), as: UInt.self)
                        pc += 5
                        continue loop
                    }
                }
                fp.storeWord(object, at: Int(pc[1]), as: UnsafeRawPointer?.self)
                pc += 5
            case .box:
                let table = MethodTable(UnsafeMutableRawPointer(bitPattern: UInt(pc[3]) | UInt(pc[4]) << 32).unsafelyUnwrapped)
                let size = Int(pc[5])
                guard let object = allocateObject(table, size: ObjectLayout.headerSize + size) else { status = .outOfMemory; break loop }
                copyValue(to: object + ObjectLayout.headerSize, from: fp + Int(pc[2]), byteCount: size)
                fp.storeWord(object, at: Int(pc[1]), as: UnsafeMutableRawPointer.self)
                pc += 6
            case .boxIndirect:
                let table = MethodTable(UnsafeMutableRawPointer(bitPattern: UInt(pc[3]) | UInt(pc[4]) << 32).unsafelyUnwrapped)
                guard let source = fp.loadWord(at: Int(pc[2]), as: UnsafeRawPointer?.self) else { status = .nullReference; break loop }
                let size = Int(pc[5])
                guard let object = allocateObject(table, size: ObjectLayout.headerSize + size) else { status = .outOfMemory; break loop }
                copyValue(to: object + ObjectLayout.headerSize, from: source, byteCount: size)
                fp.storeWord(object, at: Int(pc[1]), as: UnsafeMutableRawPointer.self)
                pc += 6
            case .resolveFunction:
                guard let object = fp.loadWord(at: Int(pc[2]), as: UnsafeRawPointer?.self) else { status = .nullReference; break loop }
                let declared = UnsafeRawPointer(bitPattern: UInt(pc[3]) | UInt(pc[4]) << 32).unsafelyUnwrapped
                guard let target = resolveVirtual(thread, declared, on: MethodTable(object.loadWord(at: 0, as: UnsafeMutableRawPointer.self))) else {
                    status = .invalidCast; break loop
                }
                fp.storeWord(target, at: Int(pc[1]), as: UnsafeRawPointer.self)
                pc += 5
            case .initDelegate:
                let delegate = fp.loadWord(at: Int(pc[1]), as: UnsafeMutableRawPointer.self)
                let target = fp.loadWord(at: Int(pc[2]), as: UnsafeRawPointer?.self)
                let function = fp.loadWord(at: Int(pc[3]), as: UnsafeRawPointer?.self)
                if _slowPath(function == nil) { status = .nullReference; break loop }
                delegate.storeWord(target, at: DelegateLayout.targetOffset, as: UnsafeRawPointer?.self)
                delegate.storeWord(function, at: DelegateLayout.methodOffset, as: UnsafeRawPointer?.self)
                delegate.storeWord(function, at: DelegateLayout.methodPointerOffset, as: UnsafeRawPointer?.self)
                markCard(thread, delegate + DelegateLayout.targetOffset)
                pc += 4
            case .invokeDelegate:
                let base = Int(pc[1]), argumentBytes = Int(pc[2])
                guard let delegate = fp.loadWord(at: base, as: UnsafeRawPointer?.self) else { status = .nullReference; break loop }
                if _slowPath(delegate.loadWord(at: Int(pc[3]), as: UInt.self) != 0) {
                    publishStackTop()
                    status = invokeMulticast(thread, fp + base, argumentBytes: argumentBytes, delegatesOffset: Int(pc[3]), resultBytes: Int(pc[4]))
                    if status != .completed { break loop }
                    pc += 5
                    continue loop
                }
                let target = delegate.loadWord(at: DelegateLayout.targetOffset, as: UnsafeRawPointer?.self)
                var function = delegate.loadWord(at: DelegateLayout.methodOffset, as: UnsafeRawPointer.self)
                if target == nil {
                    // An open delegate: the arguments move down over the delegate. For an instance
                    // method (Delegate.CreateDelegate without a target) the first is `this`.
                    (fp + base).copyMemory(from: fp + base + 8, byteCount: argumentBytes)
                    if _slowPath(function.loadWord(at: MethodDescriptorLayout.flagsOffset, as: UInt32.self) & MethodDescriptorLayout.staticMethod == 0) {
                        guard let resolved = openInstanceTarget(thread, function, this: fp.loadWord(at: base, as: UnsafeRawPointer?.self)) else {
                            status = .nullReference; break loop
                        }
                        function = resolved
                    }
                } else {
                    fp.storeWord(target, at: base, as: UnsafeRawPointer?.self)
                    unboxThisIfNeeded(function, base)
                }
                status = enter(function, frameOffset: base, returnTo: pc + 5)
                if _slowPath(status != .completed) { break loop }
            case .threadStaticAddress:
                let block = thread.pointee.threadStaticBlocks[Int(pc[2])].unsafelyUnwrapped
                fp.storeWord(block + Int(pc[3]), at: Int(pc[1]), as: UnsafeMutableRawPointer.self)
                pc += 4
            case .boxNullable:
                let source = fp + Int(pc[2])
                if source.loadWord(at: 0, as: UInt8.self) == 0 {
                    fp.storeWord(0, at: Int(pc[1]), as: UInt.self)
                } else {
                    let table = MethodTable(UnsafeMutableRawPointer(bitPattern: UInt(pc[3]) | UInt(pc[4]) << 32).unsafelyUnwrapped)
                    guard let object = allocateObject(table, size: ObjectLayout.headerSize + Int(pc[6])) else { status = .outOfMemory; break loop }
                    (object + ObjectLayout.headerSize).copyMemory(from: source + Int(pc[5]), byteCount: Int(pc[6]))
                    fp.storeWord(object, at: Int(pc[1]), as: UnsafeMutableRawPointer.self)
                }
                pc += 7
            case .unboxNullable:
                let object = fp.loadWord(at: Int(pc[2]), as: UnsafeMutableRawPointer?.self)
                let destination = fp + Int(pc[1])
                if let object {
                    let target = MethodTable(UnsafeMutableRawPointer(bitPattern: UInt(pc[3]) | UInt(pc[4]) << 32).unsafelyUnwrapped)
                    // Exactly T: unlike unbox to T, mono does not let an enum and its underlying type stand for each other here.
                    if _slowPath(MethodTable(object.loadWord(at: 0, as: UnsafeMutableRawPointer.self)) != target) { status = .invalidCast; break loop }
                    destination.initializeMemory(as: UInt8.self, repeating: 0, count: Int(pc[7]))
                    destination.storeWord(1, at: 0, as: UInt8.self)
                    (destination + Int(pc[5])).copyMemory(from: object + ObjectLayout.headerSize, byteCount: Int(pc[6]))
                } else {
                    destination.initializeMemory(as: UInt8.self, repeating: 0, count: Int(pc[7]))
                }
                pc += 8
            case .newArrayMD:
                let table = MethodTable(UnsafeMutableRawPointer(bitPattern: UInt(pc[2]) | UInt(pc[3]) << 32).unsafelyUnwrapped)
                publishStackTop()
                status = newMultiDimensionalArray(thread, table, arguments: fp + Int(pc[4]), count: Int(pc[5]), into: fp + Int(pc[1]))
                if _slowPath(status != .completed) { break loop }
                pc += 6
            case .arrayElementAddressMD:
                guard let array = fp.loadWord(at: Int(pc[2]), as: UnsafeMutableRawPointer?.self) else { status = .nullReference; break loop }
                let bounds = array.loadWord(at: ObjectLayout.arrayBoundsOffset, as: UnsafeMutableRawPointer.self)
                var index = 0
                var inRange = true
                for d in 0..<Int(pc[4]) {
                    let entry = bounds + d * ObjectLayout.arrayBoundsEntrySize
                    let position = Int(i32(UInt32(Int(pc[3]) + 8 * d))) - Int(entry.loadWord(at: 8, as: Int32.self))
                    let length = entry.loadWord(at: 0, as: Int.self)
                    if position < 0 || position >= length { inRange = false }
                    index = index * length + position
                }
                if _slowPath(!inRange) { status = .indexOutOfRange; break loop }
                fp.storeWord(array + ObjectLayout.arrayDataOffset + index * Int(pc[5]), at: Int(pc[1]), as: UnsafeMutableRawPointer.self)
                pc += 6
            case .loadI1, .loadU1, .loadI2, .loadU2, .loadI4, .load8:
                guard let base = pointer(pc[2]) else { status = .nullReference; break loop }
                let address = base + Int(pc[3])
                switch IROp.decode(pc[0]) {
                case .loadI1: setI64(pc[1], Int64(address.loadWord(at: 0, as: Int8.self)))
                case .loadU1: setI64(pc[1], Int64(address.loadWord(at: 0, as: UInt8.self)))
                case .loadI2: setI64(pc[1], Int64(address.loadUnaligned(as: Int16.self)))
                case .loadU2: setI64(pc[1], Int64(address.loadUnaligned(as: UInt16.self)))
                case .loadI4: setI64(pc[1], Int64(address.loadUnaligned(as: Int32.self)))
                default: setI64(pc[1], address.loadUnaligned(as: Int64.self))
                }
                pc += 4
            case .store1, .store2, .store4, .store8, .storeRef:
                guard let base = pointer(pc[1]) else { status = .nullReference; break loop }
                let address = base + Int(pc[2])
                switch IROp.decode(pc[0]) {
                case .store1: address.storeWord(UInt8(truncatingIfNeeded: i64(pc[3])), at: 0, as: UInt8.self)
                case .store2: address.storeWord(UInt16(truncatingIfNeeded: i64(pc[3])), at: 0, as: UInt16.self)
                case .store4: address.storeWord(UInt32(truncatingIfNeeded: i64(pc[3])), at: 0, as: UInt32.self)
                case .store8: address.storeWord(i64(pc[3]), at: 0, as: Int64.self)
                default:
                    address.storeWord(i64(pc[3]), at: 0, as: Int64.self)
                    markCard(thread, address)
                }
                pc += 4
            case .loadElementI1, .loadElementU1, .loadElementI2, .loadElementU2, .loadElementI4, .loadElement8:
                guard let array = pointer(pc[2]) else { status = .nullReference; break loop }
                let index = UInt(bitPattern: Int(i64(pc[3])))
                if _slowPath(index >= array.loadWord(at: ObjectLayout.arrayLengthOffset, as: UInt.self)) { status = .indexOutOfRange; break loop }
                let data = array + ObjectLayout.arrayDataOffset
                switch IROp.decode(pc[0]) {
                case .loadElementI1: setI64(pc[1], Int64(data.assumingMemoryBound(to: Int8.self)[Int(index)]))
                case .loadElementU1: setI64(pc[1], Int64(data.assumingMemoryBound(to: UInt8.self)[Int(index)]))
                case .loadElementI2: setI64(pc[1], Int64(data.assumingMemoryBound(to: Int16.self)[Int(index)]))
                case .loadElementU2: setI64(pc[1], Int64(data.assumingMemoryBound(to: UInt16.self)[Int(index)]))
                case .loadElementI4: setI64(pc[1], Int64(data.assumingMemoryBound(to: Int32.self)[Int(index)]))
                default: setI64(pc[1], data.assumingMemoryBound(to: Int64.self)[Int(index)])
                }
                pc += 4
            case .storeElement1, .storeElement2, .storeElement4, .storeElement8:
                guard let array = pointer(pc[1]) else { status = .nullReference; break loop }
                let index = UInt(bitPattern: Int(i64(pc[2])))
                if _slowPath(index >= array.loadWord(at: ObjectLayout.arrayLengthOffset, as: UInt.self)) { status = .indexOutOfRange; break loop }
                let data = array + ObjectLayout.arrayDataOffset
                switch IROp.decode(pc[0]) {
                case .storeElement1: data.assumingMemoryBound(to: UInt8.self)[Int(index)] = UInt8(truncatingIfNeeded: i64(pc[3]))
                case .storeElement2: data.assumingMemoryBound(to: UInt16.self)[Int(index)] = UInt16(truncatingIfNeeded: i64(pc[3]))
                case .storeElement4: data.assumingMemoryBound(to: UInt32.self)[Int(index)] = UInt32(truncatingIfNeeded: i64(pc[3]))
                default: data.assumingMemoryBound(to: Int64.self)[Int(index)] = i64(pc[3])
                }
                pc += 4
            case .loadStaticI1, .loadStaticU1, .loadStaticI2, .loadStaticU2, .loadStaticI4, .loadStatic8:
                let address = UnsafeRawPointer(bitPattern: UInt(pc[2]) | UInt(pc[3]) << 32).unsafelyUnwrapped
                switch IROp.decode(pc[0]) {
                case .loadStaticI1: setI64(pc[1], Int64(address.loadWord(at: 0, as: Int8.self)))
                case .loadStaticU1: setI64(pc[1], Int64(address.loadWord(at: 0, as: UInt8.self)))
                case .loadStaticI2: setI64(pc[1], Int64(address.loadUnaligned(as: Int16.self)))
                case .loadStaticU2: setI64(pc[1], Int64(address.loadUnaligned(as: UInt16.self)))
                case .loadStaticI4: setI64(pc[1], Int64(address.loadUnaligned(as: Int32.self)))
                default: setI64(pc[1], address.loadUnaligned(as: Int64.self))
                }
                pc += 4
            case .storeStatic1, .storeStatic2, .storeStatic4, .storeStatic8, .storeStaticRef:
                let address = UnsafeMutableRawPointer(bitPattern: UInt(pc[1]) | UInt(pc[2]) << 32).unsafelyUnwrapped
                switch IROp.decode(pc[0]) {
                case .storeStatic1: address.storeWord(UInt8(truncatingIfNeeded: i64(pc[3])), at: 0, as: UInt8.self)
                case .storeStatic2: address.storeWord(UInt16(truncatingIfNeeded: i64(pc[3])), at: 0, as: UInt16.self)
                case .storeStatic4: address.storeWord(UInt32(truncatingIfNeeded: i64(pc[3])), at: 0, as: UInt32.self)
                case .storeStatic8: address.storeWord(i64(pc[3]), at: 0, as: Int64.self)
                default:
                    address.storeWord(i64(pc[3]), at: 0, as: Int64.self)
                    markCard(thread, address)
                }
                pc += 4
            case .sqrtR8: setF64(pc[1], f64(pc[2]).squareRoot()); pc += 3
            case .addI4Imm: setI32(pc[1], i32(pc[2]) &+ Int32(bitPattern: pc[3])); pc += 4
            case .subI4Imm: setI32(pc[1], i32(pc[2]) &- Int32(bitPattern: pc[3])); pc += 4
            case .mulI4Imm: setI32(pc[1], i32(pc[2]) &* Int32(bitPattern: pc[3])); pc += 4
            case .andI4Imm: setI32(pc[1], i32(pc[2]) & Int32(bitPattern: pc[3])); pc += 4
            case .orI4Imm: setI32(pc[1], i32(pc[2]) | Int32(bitPattern: pc[3])); pc += 4
            case .xorI4Imm: setI32(pc[1], i32(pc[2]) ^ Int32(bitPattern: pc[3])); pc += 4
            case .shlI4Imm: setI32(pc[1], i32(pc[2]) &<< Int32(bitPattern: pc[3])); pc += 4
            case .shrI4Imm: setI32(pc[1], i32(pc[2]) &>> Int32(bitPattern: pc[3])); pc += 4
            case .shrUnI4Imm: setI32(pc[1], Int32(bitPattern: UInt32(bitPattern: i32(pc[2])) &>> pc[3])); pc += 4
            case .addI8Imm: setI64(pc[1], i64(pc[2]) &+ Int64(Int32(bitPattern: pc[3]))); pc += 4
            case .subI8Imm: setI64(pc[1], i64(pc[2]) &- Int64(Int32(bitPattern: pc[3]))); pc += 4
            case .mulI8Imm: setI64(pc[1], i64(pc[2]) &* Int64(Int32(bitPattern: pc[3]))); pc += 4
            case .andI8Imm: setI64(pc[1], i64(pc[2]) & Int64(Int32(bitPattern: pc[3]))); pc += 4
            case .orI8Imm: setI64(pc[1], i64(pc[2]) | Int64(Int32(bitPattern: pc[3]))); pc += 4
            case .xorI8Imm: setI64(pc[1], i64(pc[2]) ^ Int64(Int32(bitPattern: pc[3]))); pc += 4
            case .shlI8Imm: setI64(pc[1], i64(pc[2]) &<< Int64(pc[3])); pc += 4
            case .shrI8Imm: setI64(pc[1], i64(pc[2]) &>> Int64(pc[3])); pc += 4
            case .shrUnI8Imm: setI64(pc[1], Int64(bitPattern: UInt64(bitPattern: i64(pc[2])) &>> UInt64(pc[3]))); pc += 4
            case .beqI4Imm: if i32(pc[1]) == Int32(bitPattern: pc[2]) { jump(pc[3]) } else { pc += 4 }
            case .bneUnI4Imm: if i32(pc[1]) != Int32(bitPattern: pc[2]) { jump(pc[3]) } else { pc += 4 }
            case .bgeI4Imm: if i32(pc[1]) >= Int32(bitPattern: pc[2]) { jump(pc[3]) } else { pc += 4 }
            case .bgeUnI4Imm: if UInt32(bitPattern: i32(pc[1])) >= pc[2] { jump(pc[3]) } else { pc += 4 }
            case .bgtI4Imm: if i32(pc[1]) > Int32(bitPattern: pc[2]) { jump(pc[3]) } else { pc += 4 }
            case .bgtUnI4Imm: if UInt32(bitPattern: i32(pc[1])) > pc[2] { jump(pc[3]) } else { pc += 4 }
            case .bleI4Imm: if i32(pc[1]) <= Int32(bitPattern: pc[2]) { jump(pc[3]) } else { pc += 4 }
            case .bleUnI4Imm: if UInt32(bitPattern: i32(pc[1])) <= pc[2] { jump(pc[3]) } else { pc += 4 }
            case .bltI4Imm: if i32(pc[1]) < Int32(bitPattern: pc[2]) { jump(pc[3]) } else { pc += 4 }
            case .bltUnI4Imm: if UInt32(bitPattern: i32(pc[1])) < pc[2] { jump(pc[3]) } else { pc += 4 }
            case .convI4ToR8: setF64(pc[1], Double(i32(pc[2]))); pc += 3
            case .convI8ToR8: setF64(pc[1], Double(i64(pc[2]))); pc += 3
            case .convI4ToR4: setF32(pc[1], Float(i32(pc[2]))); pc += 3
            case .convR8ToI4:
                // x86-64 cvttsd2si: out of range and NaN give Int32.min (as `convert` does).
                let t = f64(pc[2])
                setI32(pc[1], t > -2_147_483_649.0 && t < 2_147_483_648.0 ? Int32(t) : .min); pc += 3
            case .convR8ToI8:
                let t = f64(pc[2])
                setI64(pc[1], t >= -9_223_372_036_854_775_808.0 && t < 9_223_372_036_854_775_808.0 ? Int64(t) : .min); pc += 3
            case .convR4ToR8: setF64(pc[1], Double(f32(pc[2]))); pc += 3
            case .convR8ToR4: setF32(pc[1], Float(f64(pc[2]))); pc += 3
            case .convToI4: setI32(pc[1], Int32(truncatingIfNeeded: i64(pc[2]))); pc += 3
            case .convToI1: setI64(pc[1], Int64(Int8(truncatingIfNeeded: i64(pc[2])))); pc += 3
            case .convToU1: setI64(pc[1], Int64(UInt8(truncatingIfNeeded: i64(pc[2])))); pc += 3
            case .convToI2: setI64(pc[1], Int64(Int16(truncatingIfNeeded: i64(pc[2])))); pc += 3
            case .convToU2: setI64(pc[1], Int64(UInt16(truncatingIfNeeded: i64(pc[2])))); pc += 3
            case .convI4ToU8: setI64(pc[1], Int64(UInt32(bitPattern: i32(pc[2])))); pc += 3
            case .callIndirect:
                guard let descriptor = fp.loadWord(at: Int(pc[1]), as: UnsafeRawPointer?.self) else { status = .nullReference; break loop }
                status = enter(descriptor, frameOffset: Int(pc[2]), returnTo: pc + 3)
                if _slowPath(status != .completed) { break loop }
            case .jump, .tailCall:
                let isJump = IROp.decode(pc[0]) == .jump
                let descriptor = isJump ? UnsafeRawPointer(bitPattern: UInt(pc[1]) | UInt(pc[2]) << 32)
                                        : fp.loadWord(at: Int(pc[1]), as: UnsafeRawPointer?.self)
                guard let descriptor else { status = .nullReference; break loop }
                var callee = descriptor.loadWord(at: MethodDescriptorLayout.entryPointOffset, as: UnsafeRawPointer?.self)
                if _slowPath(callee == nil) {
                    publishStackTop()
                    callee = prepare(thread, descriptor)
                    if callee == nil { status = .importFailed; break loop }
                }
                let target = callee.unsafelyUnwrapped
                if !isJump {
                    // The callee's arguments move down to the start of this frame, which it takes over.
                    fp.copyMemory(from: fp + Int(pc[2]), byteCount: Int(pc[3]))
                    if pc[4] != 0 { unboxThisIfNeeded(descriptor, 0) }
                }
                let frameSize = Int(target.loadWord(at: CompiledMethodLayout.frameSizeOffset, as: UInt32.self))
                if _slowPath(fp + frameSize > thread.pointee.stackLimit) { status = .stackOverflow; break loop }
                zeroLocals(of: target, in: fp)
                method = target
                code = (target + CompiledMethodLayout.codeOffset).assumingMemoryBound(to: UInt32.self)
                pc = code
            case .makeTypedReference:
                let reference = fp + Int(pc[1])
                let table = UInt(pc[3]) | UInt(pc[4]) << 32
                let address = fp.loadWord(at: Int(pc[2]), as: UInt.self)  // the same slot as the result
                reference.storeWord(table, at: TypedReferenceLayout.typeOffset, as: UInt.self)
                reference.storeWord(address, at: TypedReferenceLayout.valueOffset, as: UInt.self)
                reference.storeWord(table, at: TypedReferenceLayout.classOffset, as: UInt.self)
                pc += 5
            case .typedReferenceAddress:
                let reference = fp + Int(pc[2])
                if _slowPath(reference.loadWord(at: TypedReferenceLayout.typeOffset, as: UInt.self) != (UInt(pc[3]) | UInt(pc[4]) << 32)) {
                    status = .invalidCast; break loop
                }
                fp.storeWord(reference.load(fromByteOffset: TypedReferenceLayout.valueOffset, as: UInt.self), at: Int(pc[1]), as: UInt.self)
                pc += 5
            case .traceEntry:
                trace(thread, .entry, method, depth: control - thread.pointee.controlBase)
                pc += 1
            case .traceExit:
                trace(thread, .exit, method, depth: control - thread.pointee.controlBase)
                pc += 1
            case .traceNativeCall:
                trace(thread, .nativeCall, UnsafeRawPointer(bitPattern: UInt(pc[1]) | UInt(pc[2]) << 32).unsafelyUnwrapped, depth: control - thread.pointee.controlBase)
                pc += 3
            case .unbox:
                guard let object = fp.loadWord(at: Int(pc[2]), as: UnsafeMutableRawPointer?.self) else { status = .nullReference; break loop }
                let target = MethodTable(UnsafeMutableRawPointer(bitPattern: UInt(pc[3]) | UInt(pc[4]) << 32).unsafelyUnwrapped)
                let table = MethodTable(object.loadWord(at: 0, as: UnsafeMutableRawPointer.self))
                // An enum and its underlying primitive unbox as each other (same element kind and size).
                let numeric = MethodTableFlags.enumOrPrimitive.rawValue
                if _slowPath(table != target && !(table.elementKind == target.elementKind && table.baseSize == target.baseSize
                                                   && table.flags.rawValue & numeric != 0 && target.flags.rawValue & numeric != 0)) {
                    status = .invalidCast; break loop
                }
                fp.storeWord(object + ObjectLayout.headerSize, at: Int(pc[1]), as: UnsafeMutableRawPointer.self)
                pc += 5

            case .frameAddress: fp.storeWord(fp + Int(pc[2]), at: Int(pc[1]), as: UnsafeMutableRawPointer.self); pc += 3
            case .absoluteAddress: setI64(pc[1], Int64(bitPattern: UInt64(pc[2]) | UInt64(pc[3]) << 32)); pc += 4
            case .fieldAddress:
                let base = fp.loadWord(at: Int(pc[2]), as: UnsafeMutableRawPointer?.self)
                if _slowPath(base == nil) { status = .nullReference; break loop }
                fp.storeWord(base.unsafelyUnwrapped + Int(pc[3]), at: Int(pc[1]), as: UnsafeMutableRawPointer.self); pc += 4
            case .load:
                guard let base = fp.loadWord(at: Int(pc[2]), as: UnsafeMutableRawPointer?.self) else { status = .nullReference; break loop }
                load(into: fp + Int(pc[1]), from: base + Int(pc[3]), LoadKind(rawValue: pc[4]).unsafelyUnwrapped); pc += 5
            case .loadN:
                guard let base = fp.loadWord(at: Int(pc[2]), as: UnsafeMutableRawPointer?.self) else { status = .nullReference; break loop }
                copyValue(to: fp + Int(pc[1]), from: base + Int(pc[3]), byteCount: Int(pc[4])); pc += 5
            case .store:
                guard let base = fp.loadWord(at: Int(pc[1]), as: UnsafeMutableRawPointer?.self) else { status = .nullReference; break loop }
                let target = base + Int(pc[2]), value = fp + Int(pc[3])
                switch StoreKind(rawValue: pc[4]).unsafelyUnwrapped {
                case .b1: target.storeWord(value.load(as: UInt8.self), at: 0, as: UInt8.self)
                case .b2: target.storeWord(value.load(as: UInt16.self), at: 0, as: UInt16.self)
                case .b4: target.storeWord(value.load(as: UInt32.self), at: 0, as: UInt32.self)
                case .b8: target.storeWord(value.load(as: UInt64.self), at: 0, as: UInt64.self)
                case .reference:
                    target.storeWord(value.load(as: UInt64.self), at: 0, as: UInt64.self)
                    markCard(thread, target)
                }
                pc += 5
            case .storeN:
                guard let base = fp.loadWord(at: Int(pc[1]), as: UnsafeMutableRawPointer?.self) else { status = .nullReference; break loop }
                copyValue(to: base + Int(pc[2]), from: fp + Int(pc[3]), byteCount: Int(pc[4]))
                markCard(thread, base + Int(pc[2]))
                pc += 5
            case .frameLoad:
                load(into: fp + Int(pc[1]), from: fp + Int(pc[2]), LoadKind(rawValue: pc[3]).unsafelyUnwrapped); pc += 4
            case .zeroN:
                guard let base = fp.loadWord(at: Int(pc[1]), as: UnsafeMutableRawPointer?.self) else { status = .nullReference; break loop }
                base.initializeMemory(as: UInt8.self, repeating: 0, count: Int(pc[2])); pc += 3
            case .initClass:
                let table = UnsafeMutableRawPointer(bitPattern: UInt(pc[1]) | UInt(pc[2]) << 32).unsafelyUnwrapped
                if _fastPath(table.loadWord(at: MethodTable.classInitStateOffset, as: UInt32.self) == TypeInitializationState.started) {
                    pc += 5; continue loop
                }
                publishStackTop()
                status = initializeType(thread, table, UnsafeRawPointer(bitPattern: UInt(pc[3]) | UInt(pc[4]) << 32).unsafelyUnwrapped)
                if _slowPath(status != .completed) { break loop }
                pc += 5

            case .throwObject:
                guard let exception = fp.loadWord(at: Int(pc[1]), as: UnsafeMutableRawPointer?.self) else { status = .nullReference; break loop }
                thread.pointee.pendingException = exception
                status = .exception
                break loop
            case .callFinally:
                publishStackTop()
                let result = run(thread, method: method, frame: fp, startingAt: Int(pc[1]), controlStart: control)
                if _slowPath(result != .handlerReturned) {
                    // An exception left the finally block: it continues from there (outside the
                    // try, and past the blocks nested in the handler, which have run).
                    status = result == .completed ? .exception : result
                    escapedHandler = Int(pc[1])
                    pc = code + Int(pc[1])
                    break loop
                }
                pc += 2
            case .endFinally:
                status = .handlerReturned
                break loop
            case .endFilter:
                thread.pointee.filterVerdict = i32(pc[1])
                status = .handlerReturned
                break loop

            case .localloc:
                let size = Int(i64(pc[2]))
                let block = thread.pointee.locallocCursor
                let end = block + ((size + 15) & ~15)
                if _slowPath(size < 0 || end > thread.pointee.locallocLimit) { status = .stackOverflow; break loop }
                block.initializeMemory(as: UInt8.self, repeating: 0, count: size)
                thread.pointee.locallocCursor = end
                fp.storeWord(block, at: Int(pc[1]), as: UnsafeMutableRawPointer.self)
                pc += 3
            case .locallocMark:
                fp.storeWord(thread.pointee.locallocCursor, at: Int(pc[1]), as: UnsafeMutableRawPointer.self); pc += 2
            case .locallocRelease:
                thread.pointee.locallocCursor = fp.loadWord(at: Int(pc[1]), as: UnsafeMutableRawPointer.self); pc += 2
            case .copyBlock:
                let destination = fp.loadWord(at: Int(pc[1]), as: UnsafeMutableRawPointer?.self)
                let source = fp.loadWord(at: Int(pc[2]), as: UnsafeMutableRawPointer?.self)
                let count = Int(UInt32(bitPattern: i32(pc[3])))
                if count > 0 {
                    guard let destination, let source else { status = .nullReference; break loop }
                    destination.copyMemory(from: source, byteCount: count)
                }
                pc += 4
            case .initBlock:
                let address = fp.loadWord(at: Int(pc[1]), as: UnsafeMutableRawPointer?.self)
                let count = Int(UInt32(bitPattern: i32(pc[3])))
                if count > 0 {
                    guard let address else { status = .nullReference; break loop }
                    address.initializeMemory(as: UInt8.self, repeating: UInt8(truncatingIfNeeded: i32(pc[2])), count: count)
                }
                pc += 4
            case .checkFinite:
                let value = pc[2] == 4 ? Double(f32(pc[1])) : f64(pc[1])
                // ECMA-335 asks for an ArithmeticException; mono raises its subclass OverflowException.
                if _slowPath(!value.isFinite) { status = .overflow; break loop }
                pc += 3

            case .ret, .ret4, .ret8, .retN:
                switch IROp.decode(pc[0]) {
                case .ret4: fp.storeWord(fp.load(fromByteOffset: Int(pc[1]), as: UInt64.self), at: 0, as: UInt64.self)
                case .ret8: setI64(0, i64(pc[1]))
                case .retN: copyValue(to: fp, from: fp + Int(pc[1]), byteCount: Int(pc[2]))
                default: break
                }
                if control == controlFloor { break loop }
                control -= 1
                let caller = control.pointee
                pc = caller.pc
                fp = caller.frame
                method = caller.method
                code = (method + CompiledMethodLayout.codeOffset).assumingMemoryBound(to: UInt32.self)
            }
        }
        if status == .importFailed, let exception = raiseImportFailure(thread) {
            // What the program uses is missing or invalid: its managed exception, at the call.
            thread.pointee.pendingException = exception
            status = .exception
        }
        if status == .completed || status == .handlerReturned || status == .importFailed {
            if status != .completed && status != .handlerReturned {
                thread.pointee.faultMethod = method
                thread.pointee.faultWord = pc - code
            }
            return status
        }
        // An exception: a runtime check failed (make its BCL exception object) or `throw`.
        publishStackTop()
        thread.pointee.faultMethod = method
        thread.pointee.faultWord = pc - code
        if status == .stackOverflow {
            // The reserve is for making and handling the exception (dispatch restores the limits).
            thread.pointee.stackLimit = thread.pointee.stackHardLimit
            thread.pointee.controlLimit = thread.pointee.controlHardLimit
        }
        if status != .exception {
            guard let exception = raise(thread, status) else { return status }
            thread.pointee.pendingException = exception
        }
        var registers = Registers(pc: pc, fp: fp, method: method, control: control)
        let escaped = escapedHandler
        escapedHandler = -1
        if dispatch(thread, &registers, floor: controlFloor, handlerEntry: controlStart == nil ? nil : entryWord, outermost: controlStart == nil,
                    escapedHandler: escaped >= 0 ? escaped : nil) {
            (pc, fp, method, control) = (registers.pc, registers.fp, registers.method, registers.control)
            code = (method + CompiledMethodLayout.codeOffset).assumingMemoryBound(to: UInt32.self)
            status = .completed
            continue outer
        }
        return .exception
        }
    }

    /// Zeroes a new frame's locals (localsinit; the evaluation-stack area is written before it is
    /// read). Most frames have a few locals: 8-byte stores, memset beyond that.
    @inline(__always)
    static func zeroLocals(of method: UnsafeRawPointer, in frame: UnsafeMutableRawPointer) {
        let start = frame + Int(method.loadWord(at: CompiledMethodLayout.argumentSizeOffset, as: UInt32.self))
        let bytes = Int(method.loadWord(at: CompiledMethodLayout.localsSizeOffset, as: UInt32.self))
        if bytes <= 64 {
            let words = start.assumingMemoryBound(to: UInt64.self)
            var i = 0
            while i < bytes >> 3 { words[i] = 0; i += 1 }
        } else {
            start.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
        }
    }

    /// add.ovf, sub.ovf, mul.ovf (signed or .un by the operand type): the result and whether it overflowed.
    @inline(__always)
    static func checkedArithmetic<T: FixedWidthInteger>(_ op: IROp, _ a: T, _ b: T) -> (partialValue: T, overflow: Bool) {
        switch op {
        case .addOvfI4, .addOvfUnI4, .addOvfI8, .addOvfUnI8: a.addingReportingOverflow(b)
        case .subOvfI4, .subOvfUnI4, .subOvfI8, .subOvfUnI8: a.subtractingReportingOverflow(b)
        default: a.multipliedReportingOverflow(by: b)
        }
    }

    /// Copies a value between frames, objects and arrays. Most are two words (or one, three or
    /// four): loaded, then stored, without the out-of-line memmove call that `copyMemory` makes
    /// (a loop would become that call); other sizes take it. Only sizes as branches: a switch
    /// here made the whole loop slower (SpectralNorm +35%, which copies nothing).
    @inline(__always)
    static func copyValue(to destination: UnsafeMutableRawPointer, from source: UnsafeRawPointer, byteCount: Int) {
        let from = source.assumingMemoryBound(to: UInt64.self), to = destination.assumingMemoryBound(to: UInt64.self)
        if byteCount == 16 {
            let (a, b) = (from[0], from[1]); to[0] = a; to[1] = b
        } else if byteCount == 8 {
            to[0] = from[0]
        } else if byteCount == 24 {
            let (a, b, c) = (from[0], from[1], from[2]); to[0] = a; to[1] = b; to[2] = c
        } else if byteCount == 32 {
            let (a, b, c, d) = (from[0], from[1], from[2], from[3]); to[0] = a; to[1] = b; to[2] = c; to[3] = d
        } else {
            destination.copyMemory(from: source, byteCount: byteCount)
        }
    }

    /// Reads a value of `kind` from memory into a stack slot, widening as its stack type requires.
    @inline(__always)
    static func load(into slot: UnsafeMutableRawPointer, from address: UnsafeMutableRawPointer, _ kind: LoadKind) {
        switch kind {
        case .i1: slot.storeWord(Int64(address.load(as: Int8.self)), at: 0, as: Int64.self)
        case .u1: slot.storeWord(Int64(address.load(as: UInt8.self)), at: 0, as: Int64.self)
        case .i2: slot.storeWord(Int64(address.loadUnaligned(as: Int16.self)), at: 0, as: Int64.self)
        case .u2: slot.storeWord(Int64(address.loadUnaligned(as: UInt16.self)), at: 0, as: Int64.self)
        case .i4, .u4: slot.storeWord(Int64(address.loadUnaligned(as: Int32.self)), at: 0, as: Int64.self)
        case .i8, .r8: slot.storeWord(address.loadUnaligned(as: Int64.self), at: 0, as: Int64.self)
        case .r4: slot.storeWord(UInt64(address.loadUnaligned(as: UInt32.self)), at: 0, as: UInt64.self)
        }
    }

    struct Registers {
        var pc: UnsafePointer<UInt32>
        var fp: UnsafeMutableRawPointer
        var method: UnsafeRawPointer
        var control: UnsafeMutablePointer<ControlRecord>
    }

    /// The BCL exception object for a failed runtime check (nil if it cannot be made).
    @inline(never)
    static func raise(_ thread: UnsafeMutablePointer<ThreadState>, _ status: ExecutionStatus) -> UnsafeMutableRawPointer? {
        let runtime = Unmanaged<Runtime>.fromOpaque(thread.pointee.runtime).takeUnretainedValue()
        // Mono's runtime makes these with its own messages; the others have their default one.
        switch status {
        case .stackOverflow: return runtime.makeException(status.exceptionTypeName, message: "The requested operation caused a stack overflow.")
        case .nullReference: return runtime.makeException(status.exceptionTypeName, message: "Object reference not set to an instance of an object")
        default: return runtime.makeException(status.exceptionTypeName)
        }
    }

    /// The managed exception for the callee that could not be imported, or nil when the failure
    /// is a gap in Ilex (NotImplementedException), which ends the program instead.
    @inline(never)
    static func raiseImportFailure(_ thread: UnsafeMutablePointer<ThreadState>) -> UnsafeMutableRawPointer? {
        Unmanaged<Runtime>.fromOpaque(thread.pointee.runtime).takeUnretainedValue().exceptionForImportFailure()
    }

    /// newobj of a multi-dimensional array type: the constructor's arguments are the rank
    /// lengths, or rank (lower bound, length) pairs (II.14.2).
    @inline(never)
    static func newMultiDimensionalArray(_ thread: UnsafeMutablePointer<ThreadState>, _ table: MethodTable, arguments: UnsafeMutableRawPointer,
                                         count: Int, into destination: UnsafeMutableRawPointer) -> ExecutionStatus {
        let rank = table.rank
        let withBounds = count == 2 * rank
        var lengths: [Int] = [], lowerBounds: [Int] = []
        for d in 0..<rank {
            lengths.append(Int(arguments.loadWord(at: 8 * (withBounds ? 2 * d + 1 : d), as: Int64.self)))
            lowerBounds.append(withBounds ? Int(arguments.loadWord(at: 16 * d, as: Int32.self)) : 0)
        }
        let runtime = Unmanaged<Runtime>.fromOpaque(thread.pointee.runtime).takeUnretainedValue()
        let (array, status) = runtime.allocateArray(table, lengths: lengths, lowerBounds: lowerBounds)
        destination.storeWord(array, at: 0, as: UnsafeMutableRawPointer?.self)
        return status
    }

    /// Runs a type initializer from the runtime (II.10.5.3); an exception leaving it becomes a
    /// TypeInitializationException, which every later access throws again.
    @inline(never)
    static func initializeType(_ thread: UnsafeMutablePointer<ThreadState>, _ table: UnsafeMutableRawPointer, _ initializer: UnsafeRawPointer) -> ExecutionStatus {
        Unmanaged<Runtime>.fromOpaque(thread.pointee.runtime).takeUnretainedValue()
            .runTypeInitializer(MethodTable(table), MethodDescriptorLayout.method(of: initializer))
    }

    /// Two-pass exception handling (ECMA-335 I.12.4.2) over the frames of one loop, from the
    /// innermost to `floor`: the first pass finds a catch clause whose type matches or a filter that
    /// accepts; the second runs the finally and fault blocks being left, innermost first, then
    /// moves `registers` to the handler with the exception on its stack. Without a handler here,
    /// a nested loop (running a handler or a call from the runtime) runs its frames' finally blocks
    /// and reports the exception to its caller; the outermost loop leaves them (unhandled).
    @inline(never)
    ///
    /// A nested loop running a handler (`handlerEntry`) considers, in its base frame, only the
    /// clauses inside that handler: an exception leaving the handler belongs to the outer dispatch.
    static func dispatch(_ thread: UnsafeMutablePointer<ThreadState>, _ registers: inout Registers,
                         floor: UnsafeMutablePointer<ControlRecord>, handlerEntry: Int?, outermost: Bool, escapedHandler: Int? = nil) -> Bool {
        let runtime = Unmanaged<Runtime>.fromOpaque(thread.pointee.runtime).takeUnretainedValue()
        guard let exception = thread.pointee.pendingException else { return false }
        struct Frame { let method: UnsafeRawPointer; let fp: UnsafeMutableRawPointer; let word: Int; let level: UnsafeMutablePointer<ControlRecord> }
        func words(_ pc: UnsafePointer<UInt32>, _ method: UnsafeRawPointer) -> Int {
            pc - (method + CompiledMethodLayout.codeOffset).assumingMemoryBound(to: UInt32.self)
        }
        var frames = [Frame(method: registers.method, fp: registers.fp, word: words(registers.pc, registers.method), level: registers.control)]
        var record = registers.control
        while record > floor {
            record -= 1
            let caller = record.pointee
            // The return address follows the call; the call itself is one word before it.
            frames.append(Frame(method: caller.method, fp: caller.frame, word: words(caller.pc, caller.method) - 1, level: record))
        }
        let exceptionType = MethodTable(exception.loadWord(at: 0, as: UnsafeMutableRawPointer.self)).runtimeType
        /// The clauses of a frame that this dispatch may use, as indices into its clause list
        /// (no copies: a clause holds a class reference, and this runs for every frame passed).
        func clauses(of frame: Frame) -> [Int] {
            let all = ImportedMethod.of(frame.method).clauses
            var indices = Array(all.indices)
            // An exception that escaped a handler of the faulting frame has been through the
            // clauses nested in that handler already.
            if let escapedHandler, frame.fp == frames[0].fp, frame.method == frames[0].method,
               let escaped = all.first(where: { $0.handlerStart == escapedHandler }) {
                indices.removeAll { escaped.handlerStart <= all[$0].tryStart && all[$0].tryStart < escaped.handlerEnd }
            }
            guard let handlerEntry, frame.level == floor else { return indices }
            guard let running = indices.lazy.map({ all[$0] }).first(where: { $0.handlerStart == handlerEntry || ($0.kind == .filter && $0.filterStart == handlerEntry) }) else {
                return indices
            }
            let range = running.filterStart == handlerEntry && running.kind == .filter
                ? running.filterStart..<running.handlerStart : running.handlerStart..<running.handlerEnd
            return indices.filter { range.contains(all[$0].tryStart) && all[$0].tryEnd <= range.upperBound }
        }

        // First pass.
        var found: (frame: Int, clause: Int)?
        search: for (index, frame) in frames.enumerated() {
            let imported = ImportedMethod.of(frame.method)
            for clauseIndex in clauses(of: frame) {
                let clause = imported.clauses[clauseIndex]
                guard clause.tryStart <= frame.word && frame.word < clause.tryEnd else { continue }
                switch clause.kind {
                case .catch:
                    if let type = clause.catchType, (try? exceptionType.isAssignable(to: type)) == true {
                        found = (index, clauseIndex)
                        break search
                    }
                case .filter:
                    if runtime.runFilter(imported, clause, frame: frame.fp, exception: exception) {
                        found = (index, clauseIndex)
                        break search
                    }
                default:
                    break
                }
            }
        }
        // The stack trace: the frames this exception passes through, innermost first, up to the
        // one that catches it (as mono records them while unwinding).
        // An exception an internal call raised (or let through) shows that call first, as mono shows its wrapper.
        let innermost = frames[0]
        let innermostCode = (innermost.method + CompiledMethodLayout.codeOffset).assumingMemoryBound(to: UInt32.self)
        var nativeCallee: RuntimeMethod?
        if innermost.word >= 0, UInt8(truncatingIfNeeded: innermostCode[innermost.word]) == IROp.callNative.rawValue,
           let descriptor = UnsafeRawPointer(bitPattern: UInt(innermostCode[innermost.word + 4]) | UInt(innermostCode[innermost.word + 5]) << 32) {
            let callee = MethodDescriptorLayout.method(of: descriptor)
            if callee.implFlags.contains(.internalCall) { nativeCallee = callee }
        }
        runtime.recordTrace(exception, frames[0...(found?.frame ?? frames.count - 1)].map { (ImportedMethod.of($0.method), $0.word) },
                            nativeCallee: nativeCallee)
        if found == nil && outermost { return false }

        // Second pass: finally and fault blocks of every frame left, innermost first.
        let last = found?.frame ?? frames.count - 1
        for index in 0...last {
            let frame = frames[index]
            let imported = ImportedMethod.of(frame.method)
            for clauseIndex in clauses(of: frame) {
                let clause = imported.clauses[clauseIndex]
                guard (clause.kind == .finally || clause.kind == .fault) && clause.tryStart <= frame.word && frame.word < clause.tryEnd else { continue }
                if let found, found.frame == index {
                    // In the catching frame only the blocks nested inside the catching try.
                    let catching = imported.clauses[found.clause]
                    guard clauseIndex < found.clause, catching.tryStart <= clause.tryStart, clause.tryEnd <= catching.tryEnd else { continue }
                }
                let result = run(thread, method: frame.method, frame: frame.fp, startingAt: clause.handlerStart, controlStart: frame.level)
                if result != .handlerReturned {
                    // A new exception from the finally block replaces this one, from there.
                    if result != .exception, let replacement = raise(thread, result == .completed ? .invalidCast : result) {
                        thread.pointee.pendingException = replacement
                    }
                    registers = Registers(pc: (frame.method + CompiledMethodLayout.codeOffset).assumingMemoryBound(to: UInt32.self) + clause.handlerStart,
                                          fp: frame.fp, method: frame.method, control: frame.level)
                    return dispatch(thread, &registers, floor: floor, handlerEntry: handlerEntry, outermost: outermost, escapedHandler: clause.handlerStart)
                }
            }
        }
        guard let found else { return false }
        let frame = frames[found.frame]
        let imported = ImportedMethod.of(frame.method)
        let clause = imported.clauses[found.clause]
        frame.fp.storeWord(exception, at: imported.exceptionEntryOffset, as: UnsafeMutableRawPointer.self)
        // Frames beyond the soft limits existed only while a StackOverflowException was made.
        thread.pointee.stackLimit = thread.pointee.stackSoftLimit
        thread.pointee.controlLimit = thread.pointee.controlSoftLimit
        registers = Registers(pc: (frame.method + CompiledMethodLayout.codeOffset).assumingMemoryBound(to: UInt32.self) + clause.handlerStart,
                              fp: frame.fp, method: frame.method, control: frame.level)
        thread.pointee.pendingException = nil
        return true
    }

    /// A multicast delegate: each delegate of its list in order, through the runtime; the last
    /// result is the call's result.
    @inline(never)
    static func invokeMulticast(_ thread: UnsafeMutablePointer<ThreadState>, _ frame: UnsafeMutableRawPointer,
                                argumentBytes: Int, delegatesOffset: Int, resultBytes: Int) -> ExecutionStatus {
        let runtime = Unmanaged<Runtime>.fromOpaque(thread.pointee.runtime).takeUnretainedValue()
        let list = frame.loadWord(at: 0, as: UnsafeRawPointer.self).loadWord(at: delegatesOffset, as: UnsafeRawPointer.self)
        let count = list.loadWord(at: ObjectLayout.arrayLengthOffset, as: Int.self)
        let arguments = (0..<(argumentBytes / 8)).map { frame.loadWord(at: 8 + 8 * $0, as: UInt64.self) }
        for index in 0..<count {
            let delegate = list.loadWord(at: ObjectLayout.arrayDataOffset + 8 * index, as: UnsafeRawPointer.self)
            let target = delegate.loadWord(at: DelegateLayout.targetOffset, as: UInt64.self)
            let function = delegate.loadWord(at: DelegateLayout.methodOffset, as: UnsafeRawPointer.self)
            let flags = function.loadWord(at: MethodDescriptorLayout.flagsOffset, as: UInt32.self)
            var words = arguments
            var method = MethodDescriptorLayout.method(of: function)
            if target != 0 {
                words.insert(flags & MethodDescriptorLayout.valueTypeThis != 0 ? target + UInt64(ObjectLayout.headerSize) : target, at: 0)
            } else if flags & MethodDescriptorLayout.staticMethod == 0 {
                // Open instance: the first argument is `this`.
                guard let resolved = openInstanceTarget(thread, function, this: UnsafeRawPointer(bitPattern: UInt(words.first ?? 0))) else { return .nullReference }
                method = MethodDescriptorLayout.method(of: resolved)
            }
            let (status, result) = runtime.callManagedReturningFrame(method, words)
            if status != .completed { return status }
            if index == count - 1, let result, resultBytes > 0 { frame.copyMemory(from: result, byteCount: resultBytes) }
        }
        return .completed
    }

    /// The method an open instance delegate runs for `this`: the override of a virtual method
    /// (as ldvirtftn would choose; value types' methods take a managed pointer, no dispatch).
    /// Nil for a null `this`.
    @inline(never)
    static func openInstanceTarget(_ thread: UnsafeMutablePointer<ThreadState>, _ function: UnsafeRawPointer, this: UnsafeRawPointer?) -> UnsafeRawPointer? {
        guard let this else { return nil }
        let method = MethodDescriptorLayout.method(of: function)
        guard method.isVirtual, !method.isFinal, function.loadWord(at: MethodDescriptorLayout.flagsOffset, as: UInt32.self) & MethodDescriptorLayout.valueTypeThis == 0 else {
            return function
        }
        return resolveVirtual(thread, function, on: MethodTable(UnsafeMutableRawPointer(mutating: this.loadWord(at: 0, as: UnsafeRawPointer.self)))) ?? function
    }

    /// What a `--trace` line reports.
    enum TraceEvent { case entry, exit, nativeCall }

    /// One `--trace` line, indented by call depth: `pointer` is the method's compiled block
    /// (entry, exit) or the callee's descriptor (a call into native code).
    @inline(never)
    static func trace(_ thread: UnsafeMutablePointer<ThreadState>, _ event: TraceEvent, _ pointer: UnsafeRawPointer, depth: Int) {
        let text = switch event {
        case .entry: "ENTER: \(ImportedMethod.of(pointer).method)"
        case .exit: "LEAVE: \(ImportedMethod.of(pointer).method)"
        case .nativeCall: " NATIVE: \(MethodDescriptorLayout.method(of: pointer))"
        }
        Unmanaged<Runtime>.fromOpaque(thread.pointee.runtime).takeUnretainedValue().traceOutput(String(repeating: " ", count: min(depth, 60)) + text)
    }

    /// The inline allocation fast path (DESIGN.md §5): a cell of the object's size class from the
    /// free list or the bump range while the allowance lasts. Nil sends the caller to `allocate`
    /// (a new block, a collection, a large object, a finalizer to register).
    @inline(__always)
    static func allocateFast(_ thread: UnsafeMutablePointer<ThreadState>, _ table: MethodTable, size: Int) -> UnsafeMutableRawPointer? {
        guard size <= Heap.largeObjectThreshold, !table.flags.contains(.hasFinalizer) else { return nil }
        let context = thread.pointee.allocation
        let sizeClass = Int(context.pointee.classForSize[(size + 7) >> 3])
        let cellSize = context.pointee.cellSizes[sizeClass]
        guard context.pointee.budget >= cellSize, let cell = context.pointee.takeCell(sizeClass) else { return nil }
        context.pointee.budget -= cellSize
        cell.storeWord(table.raw, at: 0, as: UnsafeMutableRawPointer.self)
        return cell
    }


    /// Allocates an object (slow path: may collect); nil when the heap is exhausted.
    @inline(never)
    static func allocate(_ thread: UnsafeMutablePointer<ThreadState>, _ table: MethodTable, size: Int) -> UnsafeMutableRawPointer? {
        Unmanaged<Runtime>.fromOpaque(thread.pointee.runtime).takeUnretainedValue().allocate(table, size: size)
    }

    /// The write barrier: marks the card of a reference store.
    @inline(__always)
    static func markCard(_ thread: UnsafeMutablePointer<ThreadState>, _ address: UnsafeRawPointer) {
        let cards = thread.pointee.cards
        let offset = address - UnsafeRawPointer(thread.pointee.heapBase)
        if UInt(bitPattern: offset) < UInt(thread.pointee.heapBytes) { cards[offset >> 9] = 1 }
    }

    /// Casting between loaded types: the class chain and the exact interface map inline, then
    /// the type system's full rules (variance, arrays) in the cold path.
    @inline(__always)
    static func isAssignable(_ table: MethodTable, to target: MethodTable) -> Bool {
        var current: MethodTable? = table
        while let type = current {
            if type == target { return true }
            current = type.parent
        }
        if table.interfaceSlots(for: target) != nil { return true }
        return isAssignableSlow(table, to: target)
    }

    @inline(never)
    static func isAssignableSlow(_ table: MethodTable, to target: MethodTable) -> Bool {
        (try? table.runtimeType.isAssignable(to: target.runtimeType)) ?? false
    }

    /// Interface dispatch the exact interface map cannot answer (variance, arrays' generic
    /// interfaces, generic virtual methods): the type system resolves it.
    @inline(never)
    static func resolveVirtual(_ thread: UnsafeMutablePointer<ThreadState>, _ declared: UnsafeRawPointer, on table: MethodTable) -> UnsafeRawPointer? {
        let method = MethodDescriptorLayout.method(of: declared)
        guard let target = try? table.runtimeType.resolveVirtual(method) else { return nil }
        return UnsafeRawPointer(target.descriptor)
    }

    /// Imports a callee on first call (cold path: leaves the loop's registers alone).
    @inline(never)
    static func prepare(_ thread: UnsafeMutablePointer<ThreadState>, _ descriptor: UnsafeRawPointer) -> UnsafeRawPointer? {
        let runtime = Unmanaged<Runtime>.fromOpaque(thread.pointee.runtime).takeUnretainedValue()
        return runtime.compiledCode(for: MethodDescriptorLayout.method(of: descriptor))
    }

    /// conv.*: reads the source slot, writes the target slot; false on overflow (conv.ovf.*).
    @inline(__always)
    static func convert(_ destination: UnsafeMutableRawPointer, _ source: UnsafeMutableRawPointer, _ code: ConversionCode) -> Bool {
        var signed: Int64 = 0, unsigned: UInt64 = 0, float: Double = 0
        var isFloat = false
        switch code.source {
        case .i4:
            let v = source.loadWord(at: 0, as: Int32.self)
            signed = Int64(v)
            unsigned = code.unsignedSource ? UInt64(UInt32(bitPattern: v)) : UInt64(bitPattern: signed)
        case .i8:
            signed = source.loadWord(at: 0, as: Int64.self)
            unsigned = UInt64(bitPattern: signed)
        case .r4: float = Double(source.loadWord(at: 0, as: Float.self)); isFloat = true
        case .r8: float = source.loadWord(at: 0, as: Double.self); isFloat = true
        }
        // Float targets.
        switch code.target {
        case .r4:
            let r: Float = isFloat ? Float(float) : code.unsignedSource ? Float(unsigned) : Float(signed)
            destination.storeWord(UInt64(r.bitPattern), at: 0, as: UInt64.self)
            return true
        case .r8:
            let r: Double = isFloat ? float : code.unsignedSource ? Double(unsigned) : Double(signed)
            destination.storeWord(r, at: 0, as: Double.self)
            return true
        default: break
        }
        let (minimum, maximum): (Int64, UInt64) = switch code.target {
        case .i1: (Int64(Int8.min), UInt64(Int8.max))
        case .u1: (0, UInt64(UInt8.max))
        case .i2: (Int64(Int16.min), UInt64(Int16.max))
        case .u2: (0, UInt64(UInt16.max))
        case .i4: (Int64(Int32.min), UInt64(Int32.max))
        case .u4: (0, UInt64(UInt32.max))
        case .i8: (Int64.min, UInt64(Int64.max))
        default: (0, UInt64.max)
        }
        var bits: UInt64
        if isFloat {
            let t = float.rounded(.towardZero)
            if code.checked {
                guard !t.isNaN, t >= Double(minimum), t < Double(maximum) + 1 else { return false }
                bits = t < 0 ? UInt64(bitPattern: Int64(t)) : UInt64(t)
            } else if code.target == .u8, t >= 9_223_372_036_854_775_808.0, t < 18_446_744_073_709_551_616.0 {
                bits = UInt64(t)
            } else if code.target == .u8, t.isNaN || t >= 18_446_744_073_709_551_616.0 {
                bits = 0  // mono's conversion helper (ECMA leaves the result unspecified)
            } else if code.target == .u4 || code.target == .i8 || code.target == .u8 {
                // x86-64 cvttsd2si with a 64-bit result: out of range or NaN gives Int64.min.
                bits = UInt64(bitPattern: (!t.isNaN && t >= -9_223_372_036_854_775_808.0 && t < 9_223_372_036_854_775_808.0) ? Int64(t) : .min)
            } else {
                // 32-bit cvttsd2si for the narrower targets: Int32.min when out of range.
                bits = UInt64(bitPattern: Int64((!t.isNaN && t > -2_147_483_649.0 && t < 2_147_483_648.0) ? Int32(t) : .min))
            }
        } else {
            if code.checked {
                if code.unsignedSource {
                    guard unsigned <= maximum else { return false }
                } else {
                    guard signed >= minimum, signed < 0 || UInt64(signed) <= maximum else { return false }
                }
            }
            // conv.u8/conv.u of an int32 zero-extends (III.1.5 table 8), as does any .un source.
            bits = code.unsignedSource ? unsigned
                : code.source == .i4 && code.target == .u8 ? UInt64(UInt32(truncatingIfNeeded: signed)) : UInt64(bitPattern: signed)
        }
        let result: Int64 = switch code.target {
        case .i1: Int64(Int8(truncatingIfNeeded: bits))
        case .u1: Int64(UInt8(truncatingIfNeeded: bits))
        case .i2: Int64(Int16(truncatingIfNeeded: bits))
        case .u2: Int64(UInt16(truncatingIfNeeded: bits))
        case .i4, .u4: Int64(Int32(truncatingIfNeeded: bits))
        default: Int64(bitPattern: bits)
        }
        destination.storeWord(result, at: 0, as: Int64.self)
        return true
    }
}

// storeBytes(of:toByteOffset:as:) and load(fromByteOffset:as:) stay out-of-line calls in the
// interpreter loop (too large a function for the inliner); these are inlined by the compiler's
// mandatory pass. Frame slots, fields and elements the loop touches are naturally aligned.
extension UnsafeMutableRawPointer {
    @_transparent
    func storeWord<T>(_ value: T, at offset: Int, as type: T.Type) {
        (self + offset).assumingMemoryBound(to: T.self).pointee = value
    }

    @_transparent
    func loadWord<T>(at offset: Int, as type: T.Type) -> T {
        (self + offset).assumingMemoryBound(to: T.self).pointee
    }
}

extension UnsafeRawPointer {
    @_transparent
    func loadWord<T>(at offset: Int, as type: T.Type) -> T {
        (self + offset).assumingMemoryBound(to: T.self).pointee
    }
}
