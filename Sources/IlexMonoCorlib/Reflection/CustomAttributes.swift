// Custom attributes (MonoCustomAttrs.GetCustomAttributesInternal, IsDefinedInternal,
// GetCustomAttributesDataInternal, CustomAttributeData.ResolveArgumentsInternal) for every
// provider reflection hands out: types (and generic parameters), methods, constructors, fields,
// properties, events, parameters, assemblies and modules. An attribute object is made as mono's
// create_custom_attr makes it: its constructor runs with the blob's fixed arguments (decoded by
// IlexMetadata's decoder, enums resolved through the loader), then named fields are stored and
// named properties set through their setters. Inheritance and pseudo-attributes are managed code.
import IlexVM
import IlexMetadata

/// Where a provider's attributes are: its row in an assembly.
struct AttributeSource {
    let assembly: LoadedAssembly
    let token: MetadataToken
}

extension MonoCorlib {
    /// The metadata row of a reflection object, or nil when it has no attributes (arrays,
    /// pointers, a parameter without a Param row, …).
    static func attributeSource(of provider: UnsafeRawPointer, _ context: NativeContext) -> AttributeSource? {
        let type = context.type(of: provider)
        let name = type.name
        if type.assembly === context.runtime.system.corlib && (type.namespace == "System" || type.namespace == "System.Reflection") {
            switch name {
            case "RuntimeType":
                if let owner = MonoCorlib.genericParameterOwner(ofTypeObject: provider, context), let handle = owner.handle,
                   let assembly = owner.method?.declaringType.assembly ?? owner.type?.assembly {
                    return AttributeSource(assembly: assembly, token: handle.token)
                }
                guard let described = MonoCorlib.runtimeType(ofTypeObject: provider, context), described.isDefinition,
                      let definition = described.genericDefinition ?? Optional(described), let assembly = definition.assembly else { return nil }
                return AttributeSource(assembly: assembly, token: definition.definitionHandle.token)
            case "RuntimeMethodInfo", "RuntimeConstructorInfo":
                guard let method = MonoCorlib.method(ofMethodObject: provider, context) else { return nil }
                let definition = method.genericDefinition ?? method
                guard let handle = definition.handle, let assembly = definition.declaringType.assembly else { return nil }
                return AttributeSource(assembly: assembly, token: handle.token)
            case "RuntimeFieldInfo":
                guard let field = MonoCorlib.field(ofFieldObject: provider, context), let assembly = field.declaringType.assembly else { return nil }
                return AttributeSource(assembly: assembly, token: field.handle.token)
            case "RuntimePropertyInfo":
                guard let (property, _) = MonoCorlib.property(ofPropertyObject: provider, context), let assembly = property.declaringType.assembly else { return nil }
                return AttributeSource(assembly: assembly, token: property.handle.token)
            case "RuntimeEventInfo":
                guard let (event, _) = MonoCorlib.event(ofEventObject: provider, context), let assembly = event.declaringType.assembly else { return nil }
                return AttributeSource(assembly: assembly, token: event.handle.token)
            case "RuntimeAssembly":
                guard let assembly = MonoCorlib.assemblyOfObject(provider, context) else { return nil }
                return AttributeSource(assembly: assembly, token: MetadataToken(.assembly, row: 1))
            case "RuntimeModule":
                guard let assembly = MonoCorlib.assemblyOfObject(provider, context) else { return nil }
                return AttributeSource(assembly: assembly, token: MetadataToken(.module, row: 1))
            default:
                break
            }
        }
        // A ParameterInfo: the Param row of its member's method at its position (-1: the return value).
        var current: RuntimeType? = type
        while let t = current, !(t.namespace == "System.Reflection" && t.name == "ParameterInfo" && t.assembly === context.runtime.system.corlib) {
            current = (try? t.parent()) ?? nil
        }
        if current != nil {
            let ns = "System.Reflection", c = "ParameterInfo"
            let position = Int(provider.load(fromByteOffset: MonoCorlib.offset(ns, c, "PositionImpl", context), as: Int32.self))
            guard let member = provider.load(fromByteOffset: MonoCorlib.offset(ns, c, "MemberImpl", context), as: UnsafeRawPointer?.self),
                  let method = MonoCorlib.method(ofMethodObject: member, context) else { return nil }
            let definition = method.genericDefinition ?? method
            guard let handle = definition.handle, let reader = definition.declaringType.reader, let assembly = definition.declaringType.assembly,
                  let row = reader.method(handle).parameters.first(where: { reader.parameter($0).sequenceNumber == position + 1 }) else { return nil }
            return AttributeSource(assembly: assembly, token: row.token)
        }
        return nil
    }

    /// The attributes of a row with their constructors (those whose constructor cannot be
    /// resolved are left out, as mono ignores missing attribute types).
    static func attributeEntries(_ source: AttributeSource, _ context: NativeContext) -> [(handle: CustomAttributeHandle, constructor: RuntimeMethod)] {
        let reader = source.assembly.reader
        return reader.customAttributes(of: source.token).compactMap { handle in
            guard let constructor = try? context.runtime.system.method(reader.customAttribute(handle).constructor, in: source.assembly) else { return nil }
            return (handle, constructor)
        }
    }

    static func isAttribute(_ constructor: RuntimeMethod, of attributeType: RuntimeType?) -> Bool {
        guard let attributeType else { return true }
        return (try? constructor.declaringType.isAssignable(to: attributeType)) == true
    }

    /// The underlying type of an enum a blob names (by token in the attribute's image, or by name).
    static func enumResolver(_ source: AttributeSource, _ context: NativeContext) -> EnumTypeResolver {
        { reference in
            var type: RuntimeType?
            if let token = reference.token { type = try? context.runtime.system.type(token, in: source.assembly) }
            if type == nil, var parsed = try? TypeNameParser.parse(reference.name) {
                if parsed.assembly == nil { parsed.assembly = reference.assemblyName }
                type = (try? MonoCorlib.resolve(parsed, defaultAssemblies: [source.assembly, context.runtime.system.corlib], ignoreCase: false, context)) ?? nil
            }
            return ((try? type?.underlyingType()) ?? nil)?.primitive
        }
    }

    /// A type a blob names in reflection format (defaults: the attribute's assembly, then the corlib).
    static func blobType(_ name: String, _ source: AttributeSource, _ context: NativeContext) -> RuntimeType? {
        guard let parsed = try? TypeNameParser.parse(name) else { return nil }
        return (try? MonoCorlib.resolve(parsed, defaultAssemblies: [source.assembly, context.runtime.system.corlib], ignoreCase: false, context)) ?? nil
    }

    /// The raw bits of an integral (or bool/char/enum) argument value.
    static func integerBits(_ value: CustomAttributeValue) -> UInt64? {
        switch value {
        case .boolean(let v): return v ? 1 : 0
        case .char(let v): return UInt64(v)
        case .int8(let v): return UInt64(bitPattern: Int64(v))
        case .uint8(let v): return UInt64(v)
        case .int16(let v): return UInt64(bitPattern: Int64(v))
        case .uint16(let v): return UInt64(v)
        case .int32(let v): return UInt64(bitPattern: Int64(v))
        case .uint32(let v): return UInt64(v)
        case .int64(let v): return UInt64(bitPattern: v)
        case .uint64(let v): return v
        case .enumValue(_, let v): return UInt64(bitPattern: v)
        default: return nil
        }
    }

    /// The primitive type an argument value carries itself (for `object`-typed arguments).
    static func ownType(_ value: CustomAttributeValue, _ source: AttributeSource, _ context: NativeContext) -> RuntimeType? {
        let system = context.runtime.system
        switch value {
        case .boolean: return try? system.primitive(.boolean)
        case .char: return try? system.primitive(.char)
        case .int8: return try? system.primitive(.int8)
        case .uint8: return try? system.primitive(.uint8)
        case .int16: return try? system.primitive(.int16)
        case .uint16: return try? system.primitive(.uint16)
        case .int32: return try? system.primitive(.int32)
        case .uint32: return try? system.primitive(.uint32)
        case .int64: return try? system.primitive(.int64)
        case .uint64: return try? system.primitive(.uint64)
        case .float32: return try? system.primitive(.float32)
        case .float64: return try? system.primitive(.float64)
        case .string: return system.wellKnown.string
        case .type: return try? system.corlibType("System", "Type")
        case .enumValue(let name, _): return MonoCorlib.blobType(name, source, context)
        case .array(let items):
            let element = items?.first.flatMap { MonoCorlib.ownType($0, source, context) } ?? system.wellKnown.object
            let uniform = items?.allSatisfy { MonoCorlib.ownType($0, source, context) === element } ?? true
            return try? system.szArray(of: uniform ? element : system.wellKnown.object)
        }
    }

    /// Writes a value of value type `type` (primitive or enum) at `address`.
    static func storePrimitive(_ value: CustomAttributeValue, as type: RuntimeType, at address: UnsafeMutableRawPointer) {
        let size = (try? type.storageSize().size) ?? 0
        switch value {
        case .float32(let v): address.storeBytes(of: v, as: Float.self)
        case .float64(let v): address.storeBytes(of: v, as: Double.self)
        default:
            var bits = MonoCorlib.integerBits(value) ?? 0
            withUnsafeBytes(of: &bits) { address.copyMemory(from: $0.baseAddress!, byteCount: min(size, 8)) }
        }
    }

    /// The object an argument value stands for, typed as `declared` says (a box for value
    /// types, the string, type object or array for references). Nil for null.
    static func attributeValueObject(_ value: CustomAttributeValue, as declared: RuntimeType, _ source: AttributeSource,
                                     _ context: NativeContext) -> UnsafeMutableRawPointer? {
        let system = context.runtime.system
        var type = declared
        if declared.isObject { type = MonoCorlib.ownType(value, source, context) ?? declared }
        switch value {
        case .string(let s): return s.flatMap { context.makeString($0) }
        case .type(let name): return name.flatMap { MonoCorlib.blobType($0, source, context) }.flatMap { MonoCorlib.typeObject($0, context) }
        case .array(let items):
            guard let items else { return nil }
            let element = type.kind == .szArray ? type.elementType! : system.wellKnown.object
            guard let array = context.allocateVector(of: element, count: items.count) else { return nil }
            context.runtime.holdTemporarily(array)
            let size = (try? element.storageSize().size) ?? 8
            for (i, item) in items.enumerated() {
                let slot = array + ObjectLayout.arrayDataOffset + i * (element.isValueType ? size : 8)
                if element.isValueType {
                    MonoCorlib.storePrimitive(item, as: element, at: slot)
                } else {
                    context.storeReference(MonoCorlib.attributeValueObject(item, as: element, source, context), intoElement: i, of: array)
                }
            }
            return array
        default:
            guard type.isValueType, let size = try? type.storageSize().size,
                  let box = context.allocate(type, size: ObjectLayout.headerSize + size) else { return nil }
            MonoCorlib.storePrimitive(value, as: type, at: box + ObjectLayout.headerSize)
            return box
        }
    }

    /// Frame slots for arguments given as objects of the parameter types (boxes for value types).
    static func slots(for types: [RuntimeType], objects: [UnsafeMutableRawPointer?]) -> [UInt64] {
        var words: [UInt64] = []
        for (type, object) in zip(types, objects) {
            if type.isValueType {
                words += MonoCorlib.argumentSlots(type, at: object.map { UnsafeRawPointer($0) + ObjectLayout.headerSize })
            } else {
                words.append(UInt64(UInt(bitPattern: object)))
            }
        }
        return words
    }

    /// A named property of an attribute type or its bases.
    static func attributeProperty(_ name: String, of type: RuntimeType, _ context: NativeContext) -> ReflectedProperty? {
        for klass in MonoCorlib.hierarchy(type, declaredOnly: false) {
            if let property = MonoCorlib.declaredProperties(of: klass, context).first(where: { $0.name == name }) { return property }
        }
        return nil
    }

    static func attributeField(_ name: String, of type: RuntimeType) -> RuntimeField? {
        for klass in MonoCorlib.hierarchy(type, declaredOnly: false) {
            if let field = ((try? klass.fields()) ?? []).first(where: { $0.isNamed(name) && !$0.isStatic }) { return field }
        }
        return nil
    }

    /// Makes one attribute object (create_custom_attr).
    static func constructAttribute(_ handle: CustomAttributeHandle, _ constructor: RuntimeMethod, _ source: AttributeSource,
                                   _ context: NativeContext) -> (UnsafeMutableRawPointer?, UInt32) {
        let reader = source.assembly.reader
        let attributeType = constructor.declaringType
        guard let decoded = try? reader.decodeCustomAttribute(handle, resolvingEnumsWith: MonoCorlib.enumResolver(source, context)),
              let signature = try? constructor.signature() else {
            return (nil, context.throwException("System.Reflection.CustomAttributeFormatException", message: "Binary format of the specified custom attribute was invalid."))
        }
        let mark = context.runtime.temporaryRootCount
        defer { context.runtime.releaseTemporaryRoots(downTo: mark) }
        var status = context.runTypeInitializer(of: attributeType)
        if status != 0 { return (nil, status) }
        var arguments: [UnsafeMutableRawPointer?] = []
        for (value, type) in zip(decoded.fixedArguments, signature.parameterTypes) {
            let object = MonoCorlib.attributeValueObject(value, as: type, source, context)
            context.runtime.holdTemporarily(object)
            arguments.append(object)
        }
        guard let attribute = context.allocate(attributeType) else { return (nil, context.throwException("System.OutOfMemoryException")) }
        context.runtime.holdTemporarily(attribute)
        status = context.call(constructor, [UInt64(UInt(bitPattern: attribute))] + MonoCorlib.slots(for: signature.parameterTypes, objects: arguments))
        if status != 0 { return (nil, status) }
        for named in decoded.namedArguments {
            if named.isField {
                guard let field = MonoCorlib.attributeField(named.name, of: attributeType) else {
                    return (nil, context.throwException("System.Reflection.CustomAttributeFormatException", message: "Could not find a field with name \(named.name)"))
                }
                let object = MonoCorlib.attributeValueObject(named.value, as: field.type, source, context)
                MonoCorlib.storeValue(object, as: field.type, at: attribute + field.offset, context)
            } else {
                guard let property = MonoCorlib.attributeProperty(named.name, of: attributeType, context), let setter = property.setter,
                      let parameterType = try? setter.signature().parameterTypes.last else {
                    return (nil, context.throwException("System.Reflection.CustomAttributeFormatException", message: "Could not find the setter for \(named.name)"))
                }
                let object = MonoCorlib.attributeValueObject(named.value, as: parameterType, source, context)
                context.runtime.holdTemporarily(object)
                status = context.call(setter, [UInt64(UInt(bitPattern: attribute))] + MonoCorlib.slots(for: [parameterType], objects: [object]))
                if status != 0 { return (nil, status) }
            }
        }
        return (attribute, 0)
    }

    /// The attribute objects of a provider whose type is (or derives from) `attributeType`.
    static func customAttributes(of provider: UnsafeRawPointer, attributeType: RuntimeType?, _ context: NativeContext) -> (UnsafeMutableRawPointer?, UInt32) {
        guard let attributeClass = try? context.runtime.system.corlibType("System", "Attribute") else { return (nil, context.throwException("System.TypeLoadException")) }
        guard let source = MonoCorlib.attributeSource(of: provider, context) else {
            return (context.allocateVector(of: attributeClass, count: 0), 0)
        }
        let entries = MonoCorlib.attributeEntries(source, context).filter { MonoCorlib.isAttribute($0.constructor, of: attributeType) }
        guard let array = context.allocateVector(of: attributeClass, count: entries.count) else { return (nil, context.throwException("System.OutOfMemoryException")) }
        let mark = context.runtime.temporaryRootCount
        defer { context.runtime.releaseTemporaryRoots(downTo: mark) }
        context.runtime.holdTemporarily(array)
        for (i, entry) in entries.enumerated() {
            let (attribute, status) = MonoCorlib.constructAttribute(entry.handle, entry.constructor, source, context)
            if status != 0 { return (nil, status) }
            context.storeReference(attribute, intoElement: i, of: array)
        }
        return (array, 0)
    }

    /// A CustomAttributeTypedArgument boxed: its constructor (Type, object) normalizes arrays.
    static func typedArgument(_ type: RuntimeType, _ value: UnsafeMutableRawPointer?, _ context: NativeContext) -> (UnsafeMutableRawPointer?, UInt32) {
        guard let argumentClass = try? context.runtime.system.corlibType("System.Reflection", "CustomAttributeTypedArgument"),
              let constructor = try? argumentClass.methods().first(where: { $0.isConstructor && ((try? $0.signature().parameterTypes.count) ?? 0) == 2 }),
              let box = MonoCorlib.zeroBox(argumentClass, context), let typeObject = MonoCorlib.typeObject(type, context) else {
            return (nil, context.throwException("System.OutOfMemoryException"))
        }
        context.runtime.holdTemporarily(box)
        let status = context.call(constructor, [UInt64(UInt(bitPattern: box + ObjectLayout.headerSize)), UInt64(UInt(bitPattern: typeObject)),
                                                UInt64(UInt(bitPattern: value))])
        return (box, status)
    }

    static func registerCustomAttributes(_ table: NativeMethodTable) {
        // object[] GetCustomAttributesInternal(ICustomAttributeProvider obj, Type attributeType, bool pseudoAttrs)
        table.register("System.MonoCustomAttrs::GetCustomAttributesInternal") { context, frame in
            let context = NativeContext(context)
            guard let provider = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            let (array, status) = MonoCorlib.customAttributes(of: provider, attributeType: MonoCorlib.typeArgument(frame, 1, context), context)
            if status != 0 { return status }
            result(frame, array)
            return NativeContext.success
        }
        // bool IsDefinedInternal(ICustomAttributeProvider obj, Type attributeType)
        table.register("System.MonoCustomAttrs::IsDefinedInternal") { context, frame in
            let context = NativeContext(context)
            guard let provider = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            let attributeType = MonoCorlib.typeArgument(frame, 1, context)
            let defined = MonoCorlib.attributeSource(of: provider, context).map { source in
                MonoCorlib.attributeEntries(source, context).contains { MonoCorlib.isAttribute($0.constructor, of: attributeType) }
            } ?? false
            result(frame, Int64(defined ? 1 : 0))
            return NativeContext.success
        }
        // CustomAttributeData[] GetCustomAttributesDataInternal(ICustomAttributeProvider obj)
        table.register("System.MonoCustomAttrs::GetCustomAttributesDataInternal") { context, frame in
            let context = NativeContext(context)
            guard let provider = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            guard let dataClass = try? context.runtime.system.corlibType("System.Reflection", "CustomAttributeData"),
                  let constructor = try? dataClass.methods().first(where: { $0.isConstructor && ((try? $0.signature().parameterTypes.count) ?? 0) == 4 }) else {
                return context.throwException("System.TypeLoadException")
            }
            let source = MonoCorlib.attributeSource(of: provider, context)
            let entries = source.map { MonoCorlib.attributeEntries($0, context) } ?? []
            guard let array = context.allocateVector(of: dataClass, count: entries.count) else { return context.throwException("System.OutOfMemoryException") }
            let mark = context.runtime.temporaryRootCount
            defer { context.runtime.releaseTemporaryRoots(downTo: mark) }
            context.runtime.holdTemporarily(array)
            for (i, entry) in entries.enumerated() {
                guard let source, let data = context.allocate(dataClass), let ctorObject = MonoCorlib.methodObject(entry.constructor, context),
                      let assemblyObject = MonoCorlib.assemblyObject(source.assembly, context) else { return context.throwException("System.OutOfMemoryException") }
                context.storeReference(data, intoElement: i, of: array)
                let blob = source.assembly.reader.blob(source.assembly.reader.customAttribute(entry.handle).value)
                MonoCorlib.state(context).attributeBlobs[UInt(bitPattern: blob.base)] = (source, entry.handle)
                let status = context.call(constructor, [UInt64(UInt(bitPattern: data)), UInt64(UInt(bitPattern: ctorObject)),
                                                        UInt64(UInt(bitPattern: assemblyObject)), UInt64(UInt(bitPattern: blob.base)), UInt64(blob.count)])
                if status != 0 { return status }
            }
            result(frame, array)
            return NativeContext.success
        }
        // static void ResolveArgumentsInternal(ConstructorInfo ctor, Assembly assembly, IntPtr data, uint data_length,
        //                                      out object[] ctorArgs, out object[] namedArgs)
        table.register("System.Reflection.CustomAttributeData::ResolveArgumentsInternal") { context, frame in
            let context = NativeContext(context)
            guard let ctorObject = argument(frame, 0, as: UnsafeRawPointer?.self), let constructor = MonoCorlib.method(ofMethodObject: ctorObject, context),
                  let data = argument(frame, 2, as: UnsafeRawPointer?.self),
                  let (source, handle) = MonoCorlib.state(context).attributeBlobs[UInt(bitPattern: data)] else { return NativeContext.success }
            guard let decoded = try? source.assembly.reader.decodeCustomAttribute(handle, resolvingEnumsWith: MonoCorlib.enumResolver(source, context)),
                  let signature = try? constructor.signature() else {
                return context.throwException("System.Reflection.CustomAttributeFormatException", message: "Binary format of the specified custom attribute was invalid.")
            }
            let system = context.runtime.system
            let mark = context.runtime.temporaryRootCount
            defer { context.runtime.releaseTemporaryRoots(downTo: mark) }
            guard let ctorArgs = context.allocateVector(of: system.wellKnown.object, count: decoded.fixedArguments.count),
                  let namedArgs = context.allocateVector(of: system.wellKnown.object, count: decoded.namedArguments.count) else {
                return context.throwException("System.OutOfMemoryException")
            }
            context.runtime.holdTemporarily(ctorArgs)
            context.runtime.holdTemporarily(namedArgs)
            for (i, (value, type)) in zip(decoded.fixedArguments, signature.parameterTypes).enumerated() {
                let object = MonoCorlib.attributeValueObject(value, as: type, source, context)
                context.runtime.holdTemporarily(object)
                // An object-typed argument reports the type of the value it holds.
                let reported = type.isObject ? (MonoCorlib.ownType(value, source, context) ?? type) : type
                let (typed, status) = MonoCorlib.typedArgument(reported, object, context)
                if status != 0 { return status }
                context.storeReference(typed, intoElement: i, of: ctorArgs)
            }
            guard let namedClass = try? system.corlibType("System.Reflection", "CustomAttributeNamedArgument"),
                  let typedClass = try? system.corlibType("System.Reflection", "CustomAttributeTypedArgument"),
                  let namedConstructor = try? namedClass.methods().first(where: {
                      $0.isConstructor && ((try? $0.signature().parameterTypes.map(\.description)) ?? []) == ["System.Reflection.MemberInfo", "System.Reflection.CustomAttributeTypedArgument"]
                  }) else { return context.throwException("System.TypeLoadException") }
            let attributeType = constructor.declaringType
            for (i, named) in decoded.namedArguments.enumerated() {
                var memberType: RuntimeType
                var member: UnsafeMutableRawPointer?
                if named.isField {
                    guard let field = MonoCorlib.attributeField(named.name, of: attributeType) else { continue }
                    memberType = field.type
                    member = MonoCorlib.fieldObject(field, context)
                } else {
                    guard let property = MonoCorlib.attributeProperty(named.name, of: attributeType, context) else { continue }
                    memberType = (try? property.getter?.signature().returnType) ?? nil
                        ?? ((try? property.setter?.signature().parameterTypes.last) ?? nil) ?? system.wellKnown.object
                    member = MonoCorlib.propertyObject(property, context)
                }
                let object = MonoCorlib.attributeValueObject(named.value, as: memberType, source, context)
                context.runtime.holdTemporarily(object)
                let reported = memberType.isObject ? (MonoCorlib.ownType(named.value, source, context) ?? memberType) : memberType
                let (typed, status) = MonoCorlib.typedArgument(reported, object, context)
                if status != 0 { return status }
                guard let typed, let box = MonoCorlib.zeroBox(namedClass, context) else { return context.throwException("System.OutOfMemoryException") }
                context.storeReference(box, intoElement: i, of: namedArgs)
                let words = [UInt64(UInt(bitPattern: box + ObjectLayout.headerSize)), UInt64(UInt(bitPattern: member))]
                    + MonoCorlib.argumentSlots(typedClass, at: typed + ObjectLayout.headerSize)
                let callStatus = context.call(namedConstructor, words)
                if callStatus != 0 { return callStatus }
            }
            MonoCorlib.storeOut(ctorArgs, to: argument(frame, 4, as: UnsafeMutableRawPointer.self), context)
            MonoCorlib.storeOut(namedArgs, to: argument(frame, 5, as: UnsafeMutableRawPointer.self), context)
            return NativeContext.success
        }
    }
}
