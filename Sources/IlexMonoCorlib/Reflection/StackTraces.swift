// Stack traces: the frames an exception passed are kept with it, as mono keeps its trace_ips in
// Exception._stackTrace (here an IntPtr[] of (method descriptor, IL offset) pairs, written by the
// engine's trace observer while the exception is dispatched), and StackTrace.get_trace turns them
// into StackFrame objects; StackFrame.get_frame_info walks the current thread's managed frames for
// `new StackTrace()`/`new StackFrame(n)`. Managed code (StackTrace.ToString) formats the lines as
// mono prints them: `  at Type.Method (ParamType name) [0x000ab] in <mvid>:0`.
import IlexVM
import IlexMetadata

extension MonoCorlib {
    /// Keeps every thrown exception's trace in its `_stackTrace` field.
    static func installTraceObserver(_ runtime: Runtime) throws {
        let system = runtime.system
        let exceptionType = try system.corlibType("System", "Exception")
        guard let field = try exceptionType.field(named: "_stackTrace") else {
            throw TypeLoadError(typeName: "System.Exception", assembly: "mscorlib", reason: "no _stackTrace field for the stack trace")
        }
        let intPtr = try system.primitive(.intPtr)
        let fieldOffset = field.offset
        runtime.traceObserver = { [unowned runtime] exception, frames in
            // IL may throw any object: only exceptions have a trace field.
            let thrown = MethodTable(exception.load(as: UnsafeMutableRawPointer.self)).runtimeType
            guard (try? thrown.isSubclass(of: exceptionType)) == true else { return }
            guard let array = runtime.allocateVector(of: intPtr, count: 2 * frames.count) else { return }
            for (i, frame) in frames.enumerated() {
                let slot = array + ObjectLayout.arrayDataOffset + 16 * i
                slot.storeBytes(of: UInt(bitPattern: frame.method.descriptor), as: UInt.self)
                slot.storeBytes(of: frame.ilOffset, toByteOffset: 8, as: Int.self)
            }
            (exception + fieldOffset).storeBytes(of: array, as: UnsafeMutableRawPointer.self)
            runtime.heap.markCard(exception + fieldOffset)
        }
    }

    /// The recorded frames of an exception (innermost first).
    static func recordedFrames(_ exception: UnsafeRawPointer, _ context: NativeContext) -> [ManagedFrame] {
        guard let array = exception.load(fromByteOffset: MonoCorlib.offset("System", "Exception", "_stackTrace", context), as: UnsafeRawPointer?.self),
              context.type(of: array).kind == .szArray else { return [] }
        let count = array.load(fromByteOffset: ObjectLayout.arrayLengthOffset, as: Int.self) / 2
        return (0..<count).compactMap { i in
            let slot = array + ObjectLayout.arrayDataOffset + 16 * i
            guard let descriptor = slot.load(as: UnsafeRawPointer?.self) else { return nil }
            // IL offset -1 marks an internal call's wrapper frame.
            let il = slot.load(fromByteOffset: 8, as: Int.self)
            return ManagedFrame(method: MethodDescriptorLayout.method(of: descriptor), ilOffset: il, isNativeWrapper: il == -1)
        }
    }

    /// A System.Diagnostics.StackFrame for a frame (no file information: mcs builds carry none).
    static func stackFrameObject(_ frame: ManagedFrame, _ context: NativeContext) -> UnsafeMutableRawPointer? {
        let ns = "System.Diagnostics", c = "StackFrame"
        if frame.isNativeWrapper {
            // No method: StackTrace prints the internal method name (mono's wrapper frames).
            guard let object = MonoCorlib.newObject(ns, c, context) else { return nil }
            context.runtime.holdTemporarily(object)
            guard let name = context.makeString(frame.method.monoWrapperName) else { return nil }
            object.storeBytes(of: Int32(-1), toByteOffset: MonoCorlib.offset(ns, c, "ilOffset", context), as: Int32.self)
            object.storeBytes(of: Int32(-1), toByteOffset: MonoCorlib.offset(ns, c, "nativeOffset", context), as: Int32.self)
            object.storeBytes(of: UInt32(0xFF_FFFF), toByteOffset: MonoCorlib.offset(ns, c, "methodIndex", context), as: UInt32.self)
            context.storeReference(name, at: object + MonoCorlib.offset(ns, c, "internalMethodName", context))
            return object
        }
        guard let method = MonoCorlib.methodObject(frame.method, context), let object = MonoCorlib.newObject(ns, c, context) else { return nil }
        object.storeBytes(of: Int32(frame.ilOffset), toByteOffset: MonoCorlib.offset(ns, c, "ilOffset", context), as: Int32.self)
        object.storeBytes(of: Int32(frame.ilOffset), toByteOffset: MonoCorlib.offset(ns, c, "nativeOffset", context), as: Int32.self)
        object.storeBytes(of: UInt32(0xFF_FFFF), toByteOffset: MonoCorlib.offset(ns, c, "methodIndex", context), as: UInt32.self)
        context.storeReference(method, at: object + MonoCorlib.offset(ns, c, "methodBase", context))
        return object
    }

    static func registerStackTraces(_ table: NativeMethodTable) {
        // static StackFrame[] get_trace(Exception e, int skipFrames, bool needFileInfo)
        table.register("System.Diagnostics.StackTrace::get_trace") { context, frame in
            let context = NativeContext(context)
            guard let exception = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            let skip = max(0, Int(argument(frame, 1, as: Int32.self)))
            let frames = Array(MonoCorlib.recordedFrames(exception, context).dropFirst(skip))
            guard let frameClass = try? MonoCorlib.corlibNestedType("System.Diagnostics", "StackFrame", context),
                  let array = context.allocateVector(of: frameClass, count: frames.count) else { return context.throwException("System.OutOfMemoryException") }
            let mark = context.runtime.temporaryRootCount
            defer { context.runtime.releaseTemporaryRoots(downTo: mark) }
            context.runtime.holdTemporarily(array)
            for (i, f) in frames.enumerated() {
                guard let object = MonoCorlib.stackFrameObject(f, context) else { return context.throwException("System.OutOfMemoryException") }
                context.storeReference(object, intoElement: i, of: array)
            }
            result(frame, array)
            return NativeContext.success
        }
        // static bool get_frame_info(int skip, bool needFileInfo, out MethodBase method, out int iloffset,
        //                            out int native_offset, out string file, out int line, out int column)
        table.register("System.Diagnostics.StackFrame::get_frame_info") { context, frame in
            let context = NativeContext(context)
            // Mono counts the icall's own wrapper as frame 0; here the first frame is the icall's caller.
            let index = Int(argument(frame, 0, as: Int32.self)) - 1
            let frames = context.managedFrames()
            guard index >= 0, index < frames.count else { result(frame, Int64(0)); return NativeContext.success }
            let found = frames[index]
            guard let method = MonoCorlib.methodObject(found.method, context) else { return context.throwException("System.OutOfMemoryException") }
            MonoCorlib.storeOut(method, to: argument(frame, 2, as: UnsafeMutableRawPointer.self), context)
            // Mono 6.8 without debug symbols reports IL offset 0 for frames walked this way (an
            // exception's frames get theirs from its trace).
            argument(frame, 3, as: UnsafeMutablePointer<Int32>.self).pointee = 0
            argument(frame, 4, as: UnsafeMutablePointer<Int32>.self).pointee = Int32(found.ilOffset)
            MonoCorlib.storeOut(nil, to: argument(frame, 5, as: UnsafeMutableRawPointer.self), context)
            argument(frame, 6, as: UnsafeMutablePointer<Int32>.self).pointee = 0
            argument(frame, 7, as: UnsafeMutablePointer<Int32>.self).pointee = 0
            result(frame, Int64(1))
            return NativeContext.success
        }
    }
}
