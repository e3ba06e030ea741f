// Properties and events (Property/Event tables with their MethodSemantics accessors, II.22.28,
// II.22.34, II.22.13): the type system has no model of them, so the contract makes one
// descriptor per declared property or event of each type (instantiation), whose raw block is
// the native identity Mono's managed code holds (RuntimePropertyInfo.prop, RuntimeEventInfo.handle,
// Mono.RuntimePropertyHandle/RuntimeEventHandle). Also the icalls that describe them:
// RuntimePropertyInfo.get_property_info (PInfo flags) and RuntimeEventInfo.get_event_info.
import IlexVM
import IlexMetadata

/// A property of a type (an instantiation's own: its accessors are that instantiation's methods).
final class ReflectedProperty {
    let declaringType: RuntimeType
    let handle: PropertyHandle
    let name: String
    let attributes: UInt16
    let getter: RuntimeMethod?
    let setter: RuntimeMethod?
    /// [Unmanaged<ReflectedProperty>]: the property's handle (immortal).
    let block: UnsafeMutableRawPointer

    init(declaringType: RuntimeType, handle: PropertyHandle, name: String, attributes: UInt16, getter: RuntimeMethod?, setter: RuntimeMethod?) {
        (self.declaringType, self.handle, self.name, self.attributes, self.getter, self.setter) = (declaringType, handle, name, attributes, getter, setter)
        block = UnsafeMutableRawPointer.allocate(byteCount: 8, alignment: 8)
        block.storeBytes(of: Unmanaged.passUnretained(self).toOpaque(), as: UnsafeMutableRawPointer.self)
    }

    static func from(_ block: UnsafeRawPointer) -> ReflectedProperty {
        Unmanaged<ReflectedProperty>.fromOpaque(block.load(as: UnsafeRawPointer.self)).takeUnretainedValue()
    }

    /// The accessor that decides visibility and staticness: the getter, else the setter.
    var representative: RuntimeMethod? { getter ?? setter }
}

final class ReflectedEvent {
    let declaringType: RuntimeType
    let handle: EventHandle
    let name: String
    let attributes: UInt16
    let add: RuntimeMethod?
    let remove: RuntimeMethod?
    let raise: RuntimeMethod?
    let others: [RuntimeMethod]
    let block: UnsafeMutableRawPointer

    init(declaringType: RuntimeType, handle: EventHandle, name: String, attributes: UInt16,
         add: RuntimeMethod?, remove: RuntimeMethod?, raise: RuntimeMethod?, others: [RuntimeMethod]) {
        (self.declaringType, self.handle, self.name, self.attributes) = (declaringType, handle, name, attributes)
        (self.add, self.remove, self.raise, self.others) = (add, remove, raise, others)
        block = UnsafeMutableRawPointer.allocate(byteCount: 8, alignment: 8)
        block.storeBytes(of: Unmanaged.passUnretained(self).toOpaque(), as: UnsafeMutableRawPointer.self)
    }

    static func from(_ block: UnsafeRawPointer) -> ReflectedEvent {
        Unmanaged<ReflectedEvent>.fromOpaque(block.load(as: UnsafeRawPointer.self)).takeUnretainedValue()
    }

    var representative: RuntimeMethod? { add ?? remove ?? raise }
}

enum SemanticsFlags {
    static let setter: UInt16 = 0x1, getter: UInt16 = 0x2, other: UInt16 = 0x4
    static let addOn: UInt16 = 0x8, removeOn: UInt16 = 0x10, fire: UInt16 = 0x20
}

extension MonoCorlib {
    /// The properties `type` declares (none for arrays, pointers and generic parameters).
    static func declaredProperties(of type: RuntimeType, _ context: NativeContext) -> [ReflectedProperty] {
        let state = MonoCorlib.state(context)
        if let known = state.properties[type.id] { return known }
        var result: [ReflectedProperty] = []
        if type.isDefinition, let reader = type.reader, let methods = try? type.methods() {
            func accessor(_ handle: MethodDefinitionHandle) -> RuntimeMethod? { methods.first { $0.handle == handle } }
            for h in reader.typeDefinition(type.definitionHandle).properties {
                let row = reader.property(h)
                var getter: RuntimeMethod?, setter: RuntimeMethod?
                for s in row.accessors {
                    let semantics = reader.methodSemantics(s)
                    if semantics.semantics & SemanticsFlags.getter != 0 { getter = accessor(semantics.method) }
                    if semantics.semantics & SemanticsFlags.setter != 0 { setter = accessor(semantics.method) }
                }
                result.append(ReflectedProperty(declaringType: type, handle: h, name: row.name, attributes: row.attributes, getter: getter, setter: setter))
            }
        }
        state.properties[type.id] = result
        return result
    }

    static func declaredEvents(of type: RuntimeType, _ context: NativeContext) -> [ReflectedEvent] {
        let state = MonoCorlib.state(context)
        if let known = state.events[type.id] { return known }
        var result: [ReflectedEvent] = []
        if type.isDefinition, let reader = type.reader, let methods = try? type.methods() {
            func accessor(_ handle: MethodDefinitionHandle) -> RuntimeMethod? { methods.first { $0.handle == handle } }
            for h in reader.typeDefinition(type.definitionHandle).events {
                let row = reader.event(h)
                var add: RuntimeMethod?, remove: RuntimeMethod?, raise: RuntimeMethod?, others: [RuntimeMethod] = []
                for s in row.accessors {
                    let semantics = reader.methodSemantics(s)
                    let method = accessor(semantics.method)
                    if semantics.semantics & SemanticsFlags.addOn != 0 { add = method }
                    if semantics.semantics & SemanticsFlags.removeOn != 0 { remove = method }
                    if semantics.semantics & SemanticsFlags.fire != 0 { raise = method }
                    if semantics.semantics & SemanticsFlags.other != 0, let method { others.append(method) }
                }
                result.append(ReflectedEvent(declaringType: type, handle: h, name: row.name, attributes: row.attributes,
                                             add: add, remove: remove, raise: raise, others: others))
            }
        }
        state.events[type.id] = result
        return result
    }

    /// Whether `type` is `ancestor` or derives from it (mono_class_has_parent).
    static func isSelfOrSubclass(_ type: RuntimeType, of ancestor: RuntimeType) -> Bool {
        if type === ancestor { return true }
        return (try? type.isSubclass(of: ancestor)) == true
    }

    static func registerPropertiesAndEvents(_ table: NativeMethodTable) {
        // PropertyInfo RuntimePropertyInfo.internal_from_handle_type(IntPtr handle, IntPtr type):
        // null when the reflected type does not inherit the property (managed code throws).
        table.register("System.Reflection.RuntimePropertyInfo::internal_from_handle_type") { context, frame in
            let context = NativeContext(context)
            guard let block = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            let property = ReflectedProperty.from(block)
            var reflected = property.declaringType
            if let raw = argument(frame, 1, as: UnsafeMutableRawPointer?.self) {
                reflected = MethodTable(raw).runtimeType
                guard MonoCorlib.isSelfOrSubclass(reflected, of: property.declaringType) else { result(frame, UInt(0)); return NativeContext.success }
            }
            guard let object = MonoCorlib.propertyObject(property, reflected: reflected, context) else { return context.throwException("System.OutOfMemoryException") }
            result(frame, object)
            return NativeContext.success
        }
        // void get_property_info(RuntimePropertyInfo prop, ref MonoPropertyInfo info, PInfo req_info)
        table.register("System.Reflection.RuntimePropertyInfo::get_property_info") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeRawPointer?.self), let (property, reflected) = MonoCorlib.property(ofPropertyObject: object, context) else {
                return context.throwException("System.NullReferenceException")
            }
            let info = argument(frame, 1, as: UnsafeMutableRawPointer.self)
            let request = argument(frame, 2, as: Int32.self)
            let ns = "System.Reflection", c = "MonoPropertyInfo"
            if request & 0x8 != 0 {  // ReflectedType
                guard let type = MonoCorlib.typeObject(reflected, context) else { return context.throwException("System.OutOfMemoryException") }
                context.storeReference(type, at: info + MonoCorlib.offset(ns, c, "parent", context))
            }
            if request & 0x10 != 0 {  // DeclaringType
                guard let type = MonoCorlib.typeObject(property.declaringType, context) else { return context.throwException("System.OutOfMemoryException") }
                context.storeReference(type, at: info + MonoCorlib.offset(ns, c, "declaring_type", context))
            }
            if request & 0x20 != 0 {  // Name
                guard let name = context.makeString(property.name) else { return context.throwException("System.OutOfMemoryException") }
                context.storeReference(name, at: info + MonoCorlib.offset(ns, c, "name", context))
            }
            if request & 0x1 != 0 {  // Attributes
                info.storeBytes(of: Int32(property.attributes), toByteOffset: MonoCorlib.offset(ns, c, "attrs", context), as: Int32.self)
            }
            // Accessors: a private one of a base class is not seen from a derived reflected type.
            func accessorObject(_ method: RuntimeMethod?) -> UnsafeMutableRawPointer?? {
                guard let method, method.flags.access != .private || method.declaringType === reflected else { return .some(nil) }
                guard let object = MonoCorlib.methodObject(method, reflected: reflected, context) else { return nil }
                return .some(object)
            }
            if request & 0x2 != 0 {
                guard let getter = accessorObject(property.getter) else { return context.throwException("System.OutOfMemoryException") }
                context.storeReference(getter, at: info + MonoCorlib.offset(ns, c, "get_method", context))
            }
            if request & 0x4 != 0 {
                guard let setter = accessorObject(property.setter) else { return context.throwException("System.OutOfMemoryException") }
                context.storeReference(setter, at: info + MonoCorlib.offset(ns, c, "set_method", context))
            }
            return NativeContext.success
        }
        table.register("System.Reflection.RuntimePropertyInfo::get_metadata_token") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeRawPointer?.self), let (property, _) = MonoCorlib.property(ofPropertyObject: object, context) else {
                return context.throwException("System.NullReferenceException")
            }
            result(frame, Int64(Int32(bitPattern: property.handle.token.rawValue)))
            return NativeContext.success
        }
        // object get_default_value(RuntimePropertyInfo prop): the property's constant.
        table.register("System.Reflection.RuntimePropertyInfo::get_default_value") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeRawPointer?.self), let (property, _) = MonoCorlib.property(ofPropertyObject: object, context),
                  let reader = property.declaringType.reader else { return context.throwException("System.NullReferenceException") }
            guard let constant = reader.constant(of: property.handle.token) else { return context.throwException("System.InvalidOperationException") }
            result(frame, MonoCorlib.constantObject(reader, constant, type: nil, context))
            return NativeContext.success
        }
        table.register("System.Reflection.RuntimePropertyInfo::GetTypeModifiers") { context, frame in
            let context = NativeContext(context)
            guard let array = MonoCorlib.typeArray([], context) else { return context.throwException("System.OutOfMemoryException") }
            result(frame, array)
            return NativeContext.success
        }
        // EventInfo EventInfo.internal_from_handle_type(IntPtr handle, IntPtr type)
        table.register("System.Reflection.EventInfo::internal_from_handle_type") { context, frame in
            let context = NativeContext(context)
            guard let block = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            let event = ReflectedEvent.from(block)
            var reflected = event.declaringType
            if let raw = argument(frame, 1, as: UnsafeMutableRawPointer?.self) {
                reflected = MethodTable(raw).runtimeType
                guard MonoCorlib.isSelfOrSubclass(reflected, of: event.declaringType) else { result(frame, UInt(0)); return NativeContext.success }
            }
            guard let object = MonoCorlib.eventObject(event, reflected: reflected, context) else { return context.throwException("System.OutOfMemoryException") }
            result(frame, object)
            return NativeContext.success
        }
        // void get_event_info(RuntimeEventInfo ev, out MonoEventInfo info)
        table.register("System.Reflection.RuntimeEventInfo::get_event_info") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeRawPointer?.self), let (event, reflected) = MonoCorlib.event(ofEventObject: object, context) else {
                return context.throwException("System.NullReferenceException")
            }
            let info = argument(frame, 1, as: UnsafeMutableRawPointer.self)
            let ns = "System.Reflection", c = "MonoEventInfo"
            guard let reflectedObject = MonoCorlib.typeObject(reflected, context), let declaring = MonoCorlib.typeObject(event.declaringType, context),
                  let name = context.makeString(event.name) else { return context.throwException("System.OutOfMemoryException") }
            context.storeReference(reflectedObject, at: info + MonoCorlib.offset(ns, c, "reflected_type", context))
            context.storeReference(declaring, at: info + MonoCorlib.offset(ns, c, "declaring_type", context))
            context.storeReference(name, at: info + MonoCorlib.offset(ns, c, "name", context))
            info.storeBytes(of: Int32(event.attributes), toByteOffset: MonoCorlib.offset(ns, c, "attrs", context), as: Int32.self)
            for (method, field) in [(event.add, "add_method"), (event.remove, "remove_method"), (event.raise, "raise_method")] {
                var methodObject: UnsafeMutableRawPointer?
                if let method {
                    guard let made = MonoCorlib.methodObject(method, context) else { return context.throwException("System.OutOfMemoryException") }
                    methodObject = made
                }
                context.storeReference(methodObject, at: info + MonoCorlib.offset(ns, c, field, context))
            }
            if !event.others.isEmpty {
                let objects = event.others.map { MonoCorlib.methodObject($0, context) }
                guard let methodInfo = try? context.runtime.system.corlibType("System.Reflection", "MethodInfo"),
                      let array = MonoCorlib.referenceArray(of: methodInfo, objects, context) else { return context.throwException("System.OutOfMemoryException") }
                context.storeReference(array, at: info + MonoCorlib.offset(ns, c, "other_methods", context))
            }
            return NativeContext.success
        }
        table.register("System.Reflection.RuntimeEventInfo::get_metadata_token") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeRawPointer?.self), let (event, _) = MonoCorlib.event(ofEventObject: object, context) else {
                return context.throwException("System.NullReferenceException")
            }
            result(frame, Int64(Int32(bitPattern: event.handle.token.rawValue)))
            return NativeContext.success
        }
    }
}
