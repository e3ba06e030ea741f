// Delegates made through reflection (Delegate.CreateDelegate_internal): a delegate of the given
// type over a method and a target, in Mono's Delegate fields (m_target, method = our method
// descriptor, method_ptr). Closed over an object, a virtual method runs the object's override
// (as ldvirtftn chooses it); closed over its first argument, a static method gets the target
// first; without a target, a static method is open and an instance method takes `this` as its
// first argument (the interpreter's invokeDelegate dispatches those). Delegate.Method and
// delegate equality read the `method` field back through GetMethodFromHandleInternalType_native.
import IlexVM
import IlexMetadata

extension MonoCorlib {
    static func registerDelegates(_ table: NativeMethodTable) {
        // static Delegate CreateDelegate_internal(Type type, object target, MethodInfo info, bool throwOnBindFailure)
        table.register("System.Delegate::CreateDelegate_internal") { context, frame in
            let context = NativeContext(context)
            guard let type = MonoCorlib.typeArgument(frame, 0, context), let info = argument(frame, 2, as: UnsafeRawPointer?.self),
                  var method = MonoCorlib.method(ofMethodObject: info, context) else { return context.throwException("System.ArgumentNullException") }
            guard type.isDelegate else { return context.throwException("System.ArgumentException", message: "type is not a subclass of Multicastdelegate") }
            let target = argument(frame, 1, as: UnsafeMutableRawPointer?.self)
            if let target, !method.isStatic, method.isVirtual, let resolved = try? context.type(of: target).resolveVirtual(method) {
                method = resolved
            }
            guard let delegate = context.allocate(type) else { return context.throwException("System.OutOfMemoryException") }
            context.storeReference(target, at: delegate + DelegateLayout.targetOffset)
            delegate.storeBytes(of: method.descriptor, toByteOffset: DelegateLayout.methodOffset, as: UnsafeMutableRawPointer.self)
            delegate.storeBytes(of: method.descriptor, toByteOffset: DelegateLayout.methodPointerOffset, as: UnsafeMutableRawPointer.self)
            result(frame, delegate)
            return NativeContext.success
        }
        // MethodInfo GetVirtualMethod_internal(): the override of the delegate's method its target runs.
        table.register("System.Delegate::GetVirtualMethod_internal") { context, frame in
            let context = NativeContext(context)
            guard let delegate = argument(frame, 0, as: UnsafeRawPointer?.self),
                  let descriptor = delegate.load(fromByteOffset: DelegateLayout.methodOffset, as: UnsafeRawPointer?.self) else {
                return context.throwException("System.NullReferenceException")
            }
            var method = MethodDescriptorLayout.method(of: descriptor)
            if let target = delegate.load(fromByteOffset: DelegateLayout.targetOffset, as: UnsafeRawPointer?.self),
               let resolved = try? context.type(of: target).resolveVirtual(method) {
                method = resolved
            }
            return MonoCorlib.methodResult(frame, method, context)
        }
    }
}
