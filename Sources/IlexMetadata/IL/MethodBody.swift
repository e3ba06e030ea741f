// Method bodies (ECMA-335 II.25.4): tiny and fat headers, the IL bytes, and the exception-handling
// clauses from the data sections after the code. Everything read here is checked against the image.

/// What kind of handler an exception region has (II.25.4.6 clause flags).
public enum ExceptionRegionKind: UInt8, Sendable {
    case `catch`, filter, finally, fault
}

/// One exception-handling clause. Offsets are IL offsets from the start of the method's code.
public struct ExceptionRegion: Sendable, Equatable {
    public let kind: ExceptionRegionKind
    public let tryOffset: Int
    public let tryLength: Int
    public let handlerOffset: Int
    public let handlerLength: Int
    /// The caught type (a TypeDef, TypeRef or TypeSpec token) for `.catch`; nil otherwise.
    public let catchType: MetadataToken?
    /// Start of the filter block for `.filter`; the block runs up to `handlerOffset`. nil otherwise.
    public let filterOffset: Int?

    public init(kind: ExceptionRegionKind, tryOffset: Int, tryLength: Int, handlerOffset: Int, handlerLength: Int,
                catchType: MetadataToken? = nil, filterOffset: Int? = nil) {
        self.kind = kind
        self.tryOffset = tryOffset
        self.tryLength = tryLength
        self.handlerOffset = handlerOffset
        self.handlerLength = handlerLength
        self.catchType = catchType
        self.filterOffset = filterOffset
    }

    public var tryEnd: Int { tryOffset + tryLength }
    public var handlerEnd: Int { handlerOffset + handlerLength }
}

/// A method's decoded header and code. `il` is a copy of the image's bytes that the image owns.
public struct MethodBody: Sendable {
    public let maxStack: Int
    /// The IL bytes (exactly `codeSize` of them); `il.origin` is their offset in the file.
    public let il: ByteView
    /// The StandAloneSig of the locals, or nil for a method without locals.
    public let localSignature: StandaloneSignatureHandle?
    /// CorILMethod_InitLocals: locals (and localloc memory) start zeroed.
    public let initLocals: Bool
    /// True for the one-byte header (no locals, no EH, maxstack 8, under 64 bytes of code).
    public let isTiny: Bool
    public let exceptionRegions: [ExceptionRegion]
    /// Header and data-section sizes, for disassemblers that print them.
    public let headerSize: Int

    /// For bodies not read from an image (tests, generated IL); `il` must outlive the body.
    public init(maxStack: Int, il: ByteView, localSignature: StandaloneSignatureHandle? = nil, initLocals: Bool = false,
                isTiny: Bool = false, exceptionRegions: [ExceptionRegion] = [], headerSize: Int = 0) {
        self.maxStack = maxStack
        self.il = il
        self.localSignature = localSignature
        self.initLocals = initLocals
        self.isTiny = isTiny
        self.exceptionRegions = exceptionRegions
        self.headerSize = headerSize
    }

    public var codeSize: Int { il.count }
}

extension MetadataReader {
    /// The body of `handle`, or nil when the method has none in this image: RVA 0 (abstract,
    /// runtime-implemented, internal calls, P/Invoke) or code that is not CIL (native, runtime).
    public func methodBody(_ handle: MethodDefinitionHandle) throws -> MethodBody? {
        let method = self.method(handle)
        let rva = method.rva
        // CodeTypeMask (II.23.1.10): 0 = IL. Native (mixed-mode) bodies are machine code.
        guard rva != 0, method.implAttributes & 0x3 == 0 else { return nil }
        do {
            return try parseMethodBody(rva: rva)
        } catch let error as BadImageFormat {
            var located = error.located(in: fileName)
            located.reason = "method \(handle.token) body: " + located.reason
            throw located
        }
    }

    private func parseMethodBody(rva: UInt32) throws -> MethodBody {
        let region = try pe.viewToSectionEnd(rva: rva, what: "RVA 0x\(String(rva, radix: 16))")
        func fail(_ at: Int, _ reason: String) -> BadImageFormat {
            BadImageFormat(file: fileName, offset: region.origin + at, reason)
        }
        // Bodies are read with pread, not through the mapping (ImageBytes.copy): a program uses few
        // of an assembly's methods, and each one touched would map 64 KB of the file.
        func bytes(_ at: Int, _ length: Int, _ what: @autoclosure () -> String) throws -> ByteView {
            image.copy(try region.slice(at, length, what()))
        }
        // One read covers either header: a tiny one is its first byte, a fat one 12 bytes.
        let header = try bytes(0, min(12, region.count), "method header")
        let first = try header.u8(0)
        switch first & 0x3 {
        case 0x2:
            let il = try bytes(1, Int(first >> 2), "tiny method body code")
            return MethodBody(maxStack: 8, il: il, localSignature: nil, initLocals: false, isTiny: true,
                              exceptionRegions: [], headerSize: 1)
        case 0x3:
            break
        default:
            throw fail(0, "method header kind \(first & 0x3) is neither tiny (2) nor fat (3)")
        }

        let flagsAndSize = try header.u16(0)
        let flags = flagsAndSize & 0x0FFF
        let headerSize = Int(flagsAndSize >> 12) * 4
        // The size field is 3 today; a larger one would mean extra header fields we skip over.
        guard headerSize >= 12 else {
            throw fail(1, "fat method header claims \(headerSize / 4) dwords (at least 3)")
        }
        let maxStack = Int(try header.u16(2))
        let codeSize = Int(try header.u32(4))
        let localsToken = MetadataToken(rawValue: try header.u32(8))
        let il = try bytes(headerSize, codeSize, "method code")

        var localSignature: StandaloneSignatureHandle?
        if localsToken.rawValue != 0 {
            guard localsToken.table == .standAloneSig,
                  localsToken.row >= 1, localsToken.row <= rowCount(.standAloneSig) else {
                throw fail(8, "local variable signature token \(localsToken) is not a StandAloneSig row (\(rowCount(.standAloneSig)) rows)")
            }
            localSignature = StandaloneSignatureHandle(row: localsToken.row)
        }

        var regions: [ExceptionRegion] = []
        if flags & 0x8 != 0 {
            // Sections are aligned in the mapped image, so align the RVA, not the region offset.
            var at = Self.align4(Int(rva) + headerSize + codeSize) - Int(rva)
            while true {
                let sectionHeader = try bytes(at, min(4, max(region.count - at, 0)), "method data section header")
                let kind = try sectionHeader.u8(0)
                let isFat = kind & 0x40 != 0
                let dataSize = isFat ? Int(try sectionHeader.u32(0) >> 8) : Int(try sectionHeader.u8(1))
                // The size counts the 4-byte header; anything smaller cannot be a section and would
                // stop the walk from advancing.
                guard dataSize >= 4 else {
                    throw fail(at, "method data section of \(dataSize) bytes (the header alone is 4)")
                }
                let section = try bytes(at, dataSize, "method data section")
                if kind & 0x3F == 0x1 {
                    try readClauses(section, isFat: isFat, codeSize: codeSize, into: &regions)
                }
                guard kind & 0x80 != 0 else { break }
                at = Self.align4(Int(rva) + at + dataSize) - Int(rva)
            }
        }
        return MethodBody(maxStack: maxStack, il: il, localSignature: localSignature,
                          initLocals: flags & 0x10 != 0, isTiny: false, exceptionRegions: regions,
                          headerSize: headerSize)
    }

    private static func align4(_ value: Int) -> Int { (value + 3) & ~3 }

    private func readClauses(_ section: ByteView, isFat: Bool, codeSize: Int, into regions: inout [ExceptionRegion]) throws {
        let clauseSize = isFat ? 24 : 12
        // Some compilers round the size; trailing bytes that do not make a whole clause are ignored.
        let count = (section.count - 4) / clauseSize
        regions.reserveCapacity(regions.count + count)
        for i in 0..<count {
            let at = 4 + i * clauseSize
            let flags, tryOffset, tryLength, handlerOffset, handlerLength: Int
            if isFat {
                flags = Int(try section.u32(at))
                tryOffset = Int(try section.u32(at + 4))
                tryLength = Int(try section.u32(at + 8))
                handlerOffset = Int(try section.u32(at + 12))
                handlerLength = Int(try section.u32(at + 16))
            } else {
                flags = Int(try section.u16(at))
                tryOffset = Int(try section.u16(at + 2))
                tryLength = Int(try section.u8(at + 4))
                handlerOffset = Int(try section.u16(at + 5))
                handlerLength = Int(try section.u8(at + 7))
            }
            let extra = try section.u32(at + clauseSize - 4)
            let fileOffset = section.origin + at
            func fail(_ reason: String) -> BadImageFormat {
                BadImageFormat(file: fileName, offset: fileOffset, "exception clause \(i): \(reason)")
            }
            // Both ranges are u32 + u32 at most, so the sums cannot overflow an Int.
            guard tryOffset + tryLength <= codeSize, handlerOffset + handlerLength <= codeSize else {
                throw fail("try [\(tryOffset), +\(tryLength)) or handler [\(handlerOffset), +\(handlerLength)) extends past the \(codeSize)-byte code")
            }
            var catchType: MetadataToken?
            var filterOffset: Int?
            let kind: ExceptionRegionKind
            switch flags {
            case 0x0:
                kind = .catch
                let token = MetadataToken(rawValue: extra)
                guard let table = token.table, table == .typeDef || table == .typeRef || table == .typeSpec,
                      token.row >= 1, token.row <= rowCount(table) else {
                    throw fail("catch type \(token) is not an existing TypeDef, TypeRef or TypeSpec")
                }
                catchType = token
            case 0x1:
                kind = .filter
                let filter = Int(extra)
                // The filter block ends where the handler starts (II.19), so it must come first.
                guard filter < handlerOffset else {
                    throw fail("filter at \(filter) does not precede its handler at \(handlerOffset)")
                }
                filterOffset = filter
            case 0x2: kind = .finally
            case 0x4: kind = .fault
            default:
                throw fail("unknown clause flags 0x\(String(flags, radix: 16))")
            }
            regions.append(ExceptionRegion(kind: kind, tryOffset: tryOffset, tryLength: tryLength,
                                           handlerOffset: handlerOffset, handlerLength: handlerLength,
                                           catchType: catchType, filterOffset: filterOffset))
        }
    }
}
