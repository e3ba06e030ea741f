// System.RuntimeTypeHandle internal calls (the facts System.RuntimeType asks about a type),
// answered by Ilex's type system, and the names of types.
import IlexVM
import IlexMetadata

extension MonoCorlib {
    /// Registers a `RuntimeTypeHandle::name(RuntimeType)` icall computing a value from the type.
    static func typeQuery(_ table: NativeMethodTable, _ name: String, _ body: NativeMethodBody) {
        table.register("System.RuntimeTypeHandle::" + name, body)
    }

    /// The RuntimeType argument `index`, or nil.
    static func typeArgument(_ frame: UnsafeMutableRawPointer, _ index: Int, _ context: NativeContext) -> RuntimeType? {
        argument(frame, index, as: UnsafeRawPointer?.self).flatMap { runtimeType(ofTypeObject: $0, context) }
    }

    /// Writes a type object (or null) as the result.
    static func typeResult(_ frame: UnsafeMutableRawPointer, _ type: RuntimeType?, _ context: NativeContext) -> UInt32 {
        guard let type else {
            result(frame, UInt(0))
            return NativeContext.success
        }
        guard let object = typeObject(type, context) else { return context.throwException("System.OutOfMemoryException") }
        result(frame, object)
        return NativeContext.success
    }

    static func registerTypeHandles(_ table: NativeMethodTable) {
        typeQuery(table, "GetAttributes") { context, frame in
            let context = NativeContext(context)
            guard let type = MonoCorlib.typeArgument(frame, 0, context) else { return context.throwException("System.ArgumentNullException") }
            result(frame, Int64(MonoCorlib.typeAttributes(type)))
            return NativeContext.success
        }
        typeQuery(table, "GetMetadataToken") { context, frame in
            let context = NativeContext(context)
            guard let type = MonoCorlib.typeArgument(frame, 0, context) else { return context.throwException("System.ArgumentNullException") }
            if let owner = MonoCorlib.genericParameterOwner(ofTypeObject: argument(frame, 0, as: UnsafeRawPointer.self), context), let handle = owner.handle {
                result(frame, Int64(handle.token.rawValue))
                return NativeContext.success
            }
            result(frame, Int64(type.isDefinition ? Int64(type.definitionHandle.token.rawValue) : 0))
            return NativeContext.success
        }
        typeQuery(table, "GetGenericTypeDefinition_impl") { context, frame in
            let context = NativeContext(context)
            guard let type = MonoCorlib.typeArgument(frame, 0, context) else { return context.throwException("System.ArgumentNullException") }
            return MonoCorlib.typeResult(frame, type.genericDefinition, context)
        }
        typeQuery(table, "GetCorElementType") { context, frame in
            let context = NativeContext(context)
            guard let type = MonoCorlib.typeArgument(frame, 0, context) else { return context.throwException("System.ArgumentNullException") }
            // Instantiations of generic types are GENERICINST, as in a signature.
            let element: ElementType = !type.typeArguments.isEmpty && !type.isGenericTypeDefinition ? .genericInstance : type.signatureElementType
            result(frame, Int64(element.rawValue))
            return NativeContext.success
        }
        typeQuery(table, "HasInstantiation") { context, frame in
            let context = NativeContext(context)
            result(frame, Int64(MonoCorlib.typeArgument(frame, 0, context).map { $0.typeArguments.isEmpty ? 0 : 1 } ?? 0))
            return NativeContext.success
        }
        typeQuery(table, "IsGenericTypeDefinition") { context, frame in
            let context = NativeContext(context)
            result(frame, Int64(MonoCorlib.typeArgument(frame, 0, context).map { $0.isGenericTypeDefinition ? 1 : 0 } ?? 0))
            return NativeContext.success
        }
        typeQuery(table, "IsGenericVariable") { context, frame in
            let context = NativeContext(context)
            result(frame, Int64(MonoCorlib.typeArgument(frame, 0, context).map { $0.isGenericParameter ? 1 : 0 } ?? 0))
            return NativeContext.success
        }
        typeQuery(table, "IsComObject") { _, frame in
            result(frame, Int64(0))
            return NativeContext.success
        }
        typeQuery(table, "IsByRefLike") { context, frame in
            let context = NativeContext(context)
            guard let type = MonoCorlib.typeArgument(frame, 0, context) else { return context.throwException("System.ArgumentNullException") }
            result(frame, Int64(MonoCorlib.hasAttribute(type, namespace: "System.Runtime.CompilerServices", name: "IsByRefLikeAttribute") ? 1 : 0))
            return NativeContext.success
        }
        typeQuery(table, "HasReferences") { context, frame in
            let context = NativeContext(context)
            result(frame, Int64(MonoCorlib.typeArgument(frame, 0, context).map { $0.containsReferences ? 1 : 0 } ?? 0))
            return NativeContext.success
        }
        typeQuery(table, "GetArrayRank") { context, frame in
            let context = NativeContext(context)
            result(frame, Int64(MonoCorlib.typeArgument(frame, 0, context)?.arrayRank ?? 0))
            return NativeContext.success
        }
        typeQuery(table, "GetElementType") { context, frame in
            let context = NativeContext(context)
            guard let object = argument(frame, 0, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            return MonoCorlib.typeResult(frame, MonoCorlib.typeArgument(frame, 0, context)?.elementType, from: object, context)
        }
        typeQuery(table, "GetBaseType") { context, frame in
            let context = NativeContext(context)
            guard let type = MonoCorlib.typeArgument(frame, 0, context) else { return context.throwException("System.ArgumentNullException") }
            let object = argument(frame, 0, as: UnsafeRawPointer.self)
            // A generic definition's base is written over its own parameters (class D<T> : B<T>).
            if type.isGenericTypeDefinition, let parent = (try? type.parent()) ?? nil,
               let base = MonoCorlib.typeObject(parent, in: GenericScope(type: type, method: nil), context) {
                result(frame, base)
                return NativeContext.success
            }
            return MonoCorlib.typeResult(frame, (try? type.parent()) ?? nil, from: object, context)
        }
        typeQuery(table, "GetAssembly") { context, frame in
            let context = NativeContext(context)
            var type = MonoCorlib.typeArgument(frame, 0, context)
            while let element = type?.elementType { type = element }
            guard let assembly = type?.assembly ?? Optional(context.runtime.system.corlib),
                  let object = MonoCorlib.assemblyObject(assembly, context) else { return context.throwException("System.OutOfMemoryException") }
            result(frame, object)
            return NativeContext.success
        }
        typeQuery(table, "GetModule") { context, frame in
            let context = NativeContext(context)
            var type = MonoCorlib.typeArgument(frame, 0, context)
            while let element = type?.elementType { type = element }
            guard let assembly = type?.assembly ?? Optional(context.runtime.system.corlib),
                  let object = MonoCorlib.moduleObject(assembly, context) else { return context.throwException("System.OutOfMemoryException") }
            result(frame, object)
            return NativeContext.success
        }
        typeQuery(table, "IsInstanceOfType") { context, frame in
            let context = NativeContext(context)
            guard let type = MonoCorlib.typeArgument(frame, 0, context) else { return context.throwException("System.ArgumentNullException") }
            guard let object = argument(frame, 1, as: UnsafeRawPointer?.self) else {
                result(frame, Int64(0))
                return NativeContext.success
            }
            result(frame, Int64((try? context.type(of: object).isAssignable(to: type)) == true ? 1 : 0))
            return NativeContext.success
        }
        // bool type_is_assignable_from(Type a, Type b): can a `b` be stored where an `a` is expected.
        typeQuery(table, "type_is_assignable_from") { context, frame in
            let context = NativeContext(context)
            guard let a = MonoCorlib.typeArgument(frame, 0, context), let b = MonoCorlib.typeArgument(frame, 1, context) else {
                return context.throwException("System.ArgumentNullException")
            }
            result(frame, Int64((try? b.isAssignable(to: a)) == true ? 1 : 0))
            return NativeContext.success
        }
        // bool is_subclass_of(IntPtr child, IntPtr base): the handles are MethodTables; a strict base class.
        typeQuery(table, "is_subclass_of") { _, frame in
            guard let child = argument(frame, 0, as: UnsafeMutableRawPointer?.self), let base = argument(frame, 1, as: UnsafeMutableRawPointer?.self) else {
                result(frame, Int64(0))
                return NativeContext.success
            }
            let childType = MethodTable(child).runtimeType, baseType = MethodTable(base).runtimeType
            result(frame, Int64(childType !== baseType && (try? childType.isSubclass(of: baseType)) == true ? 1 : 0))
            return NativeContext.success
        }
    }

    /// TypeAttributes as mono reports them: a definition's own; arrays public sealed
    /// serializable; a byref its element's; a pointer its element's visibility; generic parameters public.
    static func typeAttributes(_ type: RuntimeType) -> UInt32 {
        switch type.kind {
        case .definition: return type.flags.rawValue
        case .szArray, .array: return 0x2101
        case .byReference: return type.elementType.map(typeAttributes) ?? 0
        case .pointer: return (type.elementType.map(typeAttributes) ?? 0) & 0x7
        case .typeParameter, .methodParameter: return 0x1
        case .functionPointer: return 0
        }
    }

    /// Whether a type definition carries an attribute of the named type (by name, without loading it).
    static func hasAttribute(_ type: RuntimeType, namespace: String, name: String) -> Bool {
        guard type.isDefinition, let reader = type.reader else { return false }
        return reader.customAttributes(of: type.definitionHandle.token).contains { handle in
            let constructor = reader.customAttribute(handle).constructor
            let parent: MetadataToken = constructor.table == .memberRef
                ? reader.memberReference(MemberReferenceHandle(row: constructor.row)).parent
                : reader.method(MethodDefinitionHandle(row: constructor.row)).declaringType.token
            return reader.typeName(parent).hasSuffix(namespace + "." + name)
        }
    }
}

extension MonoCorlib {
    /// Names of types as System.RuntimeType reports them (mono_type_get_name_full's formats).
    static func registerTypeNames(_ table: NativeMethodTable) {
        // string RuntimeType.get_Name(): the simple name (List`1, Int32[], Inner for nested types).
        table.register("System.RuntimeType::get_Name") { context, frame in
            let context = NativeContext(context)
            guard let type = MonoCorlib.typeArgument(frame, 0, context) else { return context.throwException("System.NullReferenceException") }
            if let scope = MonoCorlib.scope(ofTypeObject: argument(frame, 0, as: UnsafeRawPointer.self), context) {
                return MonoCorlib.stringResult(frame, MonoCorlib.scopedSimpleName(type, scope, context), context)
            }
            return MonoCorlib.stringResult(frame, MonoCorlib.simpleName(type), context)
        }
        // string RuntimeType.get_Namespace()
        table.register("System.RuntimeType::get_Namespace") { context, frame in
            let context = NativeContext(context)
            guard var type = MonoCorlib.typeArgument(frame, 0, context) else { return context.throwException("System.NullReferenceException") }
            if let owner = MonoCorlib.genericParameterOwner(ofTypeObject: argument(frame, 0, as: UnsafeRawPointer.self), context),
               let ownerType = owner.type ?? owner.method?.declaringType {
                type = ownerType
            }
            while let element = type.elementType { type = element }
            guard type.isDefinition, type.reader != nil else {
                result(frame, UInt(0))
                return NativeContext.success
            }
            return MonoCorlib.stringResult(frame, type.nesting.namespace, context)
        }
        // string RuntimeType.getFullName(bool fullName, bool assemblyQualified)
        table.register("System.RuntimeType::getFullName") { context, frame in
            let context = NativeContext(context)
            guard let type = MonoCorlib.typeArgument(frame, 0, context) else { return context.throwException("System.NullReferenceException") }
            let full = argument(frame, 1, as: UInt8.self) != 0, qualified = argument(frame, 2, as: UInt8.self) != 0
            if let scope = MonoCorlib.scope(ofTypeObject: argument(frame, 0, as: UnsafeRawPointer.self), context) {
                // A generic parameter, or a type built over one, has no full name; ToString names the parameters.
                if full || qualified { result(frame, UInt(0)); return NativeContext.success }
                return MonoCorlib.stringResult(frame, MonoCorlib.scopedDisplayName(type, scope, context), context)
            }
            var name = full ? MonoCorlib.fullName(type, context) : type.description
            if qualified { name += ", " + MonoCorlib.assemblyName(of: type, context) }
            return MonoCorlib.stringResult(frame, name, context)
        }
    }

    static func stringResult(_ frame: UnsafeMutableRawPointer, _ text: String, _ context: NativeContext) -> UInt32 {
        guard let string = context.makeString(text) else { return context.throwException("System.OutOfMemoryException") }
        result(frame, string)
        return NativeContext.success
    }

    static func simpleName(_ type: RuntimeType) -> String {
        switch type.kind {
        case .definition: return type.name
        case .szArray: return simpleName(type.elementType!) + "[]"
        case .array(let rank): return simpleName(type.elementType!) + (rank == 1 ? "[*]" : "[" + String(repeating: ",", count: rank - 1) + "]")
        case .pointer: return simpleName(type.elementType!) + "*"
        case .byReference: return simpleName(type.elementType!) + "&"
        default: return type.description
        }
    }

    /// Type.FullName: generic arguments assembly-qualified in double brackets; a generic type
    /// definition without its parameters.
    static func fullName(_ type: RuntimeType, _ context: NativeContext) -> String {
        switch type.kind {
        case .definition where !type.typeArguments.isEmpty:
            let base = type.description.split(separator: "[", maxSplits: 1).first.map(String.init) ?? type.description
            if type.isGenericTypeDefinition { return base }
            return base + "[" + type.typeArguments.map { "[" + fullName($0, context) + ", " + assemblyName(of: $0, context) + "]" }.joined(separator: ",") + "]"
        case .szArray: return fullName(type.elementType!, context) + "[]"
        case .array(let rank): return fullName(type.elementType!, context) + (rank == 1 ? "[*]" : "[" + String(repeating: ",", count: rank - 1) + "]")
        case .pointer: return fullName(type.elementType!, context) + "*"
        case .byReference: return fullName(type.elementType!, context) + "&"
        default: return type.description
        }
    }

    static func assemblyName(of type: RuntimeType, _ context: NativeContext) -> String {
        var element = type
        while let inner = element.elementType { element = inner }
        return (element.assembly ?? context.runtime.system.corlib).identity.description
    }
}
