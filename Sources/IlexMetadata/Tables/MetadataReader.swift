// Opens a CLI image: PE container, metadata root (II.24.2.1), stream headers (II.24.2.2), the four
// heaps and the table stream (II.24.2.6). All columns of all rows are validated once at open, so row
// accessors afterwards cannot read out of bounds and need not throw.

public struct StreamHeader: Sendable {
    public var name: String
    public var offset: Int   // relative to the metadata root
    public var size: Int
}

/// Per-table geometry in this image.
public struct TableLayout: Sendable {
    public var rowCount: Int
    public var rowSize: Int
    public var columnOffsets: [Int]
    public var columnSizes: [Int]
    /// File window holding the table's rows.
    public var data: ByteView
}

public final class MetadataReader: @unchecked Sendable {
    public let image: ImageBytes
    public let pe: PEImage
    public let cliHeader: CLIHeader
    public let metadata: ByteView
    public let versionString: String
    public let streams: [StreamHeader]
    /// "#~" (compressed) or "#-" (uncompressed, may hold *Ptr tables).
    public let isCompressedTableStream: Bool
    public let tableStreamMajorVersion: UInt8
    public let tableStreamMinorVersion: UInt8
    public let heapSizes: UInt8
    public let validTables: UInt64
    public let sortedTables: UInt64

    let stringHeap: ByteView
    let blobHeap: ByteView
    let guidHeap: ByteView
    let userStringHeap: ByteView
    /// Indexed by TableIndex.rawValue.
    public let tables: [TableLayout]

    public var fileName: String { image.path }

    public convenience init(path: String) throws {
        try self.init(image: ImageBytes(contentsOf: path))
    }

    public init(image: ImageBytes) throws {
        self.image = image
        let file = image.path
        do {
            let pe = try PEImage(image.view, fileName: file)
            guard let cli = pe.cliHeader else {
                throw BadImageFormat(offset: nil, "not a .NET assembly: the PE file has no CLI header (a native executable?)")
            }
            self.pe = pe
            cliHeader = cli
            let md = try pe.view(rva: cli.metadata.rva, size: Int(cli.metadata.size), what: "metadata root")
            metadata = md
            guard try md.u32(0) == 0x424A_5342 else {
                throw BadImageFormat(offset: md.origin, "metadata root has no 'BSJB' signature")
            }
            let versionLength = Int(try md.u32(12))
            guard versionLength <= 255 else {
                throw BadImageFormat(offset: md.origin + 12, "metadata version string of \(versionLength) bytes (at most 255)")
            }
            versionString = try md.slice(16, versionLength, "metadata version string").nulTerminatedStringOrWhole()
            let afterVersion = 16 + versionLength
            let streamCount = Int(try md.u16(afterVersion + 2))
            var cursor = afterVersion + 4
            var streams: [StreamHeader] = []
            for _ in 0..<streamCount {
                let offset = Int(try md.u32(cursor))
                let size = Int(try md.u32(cursor + 4))
                let name = try md.nulTerminatedString(at: cursor + 8, maxLength: 32)
                _ = try md.slice(offset, size, "stream \(name)")
                streams.append(StreamHeader(name: name, offset: offset, size: size))
                // The name is padded to a 4-byte boundary, including its NUL.
                cursor += 8 + ((name.utf8.count + 4) & ~3)
            }
            self.streams = streams
            func stream(_ name: String) throws -> ByteView? {
                // ECMA allows one of each; if an image repeats one, the runtime uses the last (as mono does).
                guard let h = streams.last(where: { $0.name == name }) else { return nil }
                return try md.slice(h.offset, h.size, "stream \(name)")
            }
            stringHeap = try stream("#Strings") ?? .empty
            blobHeap = try stream("#Blob") ?? .empty
            guidHeap = try stream("#GUID") ?? .empty
            userStringHeap = try stream("#US") ?? .empty
            if stringHeap.count > 0, try stringHeap.u8(stringHeap.count - 1) != 0 {
                throw BadImageFormat(offset: stringHeap.origin + stringHeap.count - 1, "#Strings heap does not end with NUL")
            }
            let tableStream: ByteView
            if let s = try stream("#~") {
                tableStream = s
                isCompressedTableStream = true
            } else if let s = try stream("#-") {
                tableStream = s
                isCompressedTableStream = false
            } else {
                throw BadImageFormat(offset: md.origin, "metadata has no table stream (#~ or #-)")
            }
            tableStreamMajorVersion = try tableStream.u8(4)
            tableStreamMinorVersion = try tableStream.u8(5)
            heapSizes = try tableStream.u8(6)
            validTables = try tableStream.u64(8)
            sortedTables = try tableStream.u64(16)
            tables = try Self.layoutTables(tableStream, heapSizes: heapSizes, valid: validTables)
        } catch let error as BadImageFormat {
            throw error.located(in: file)
        }
        do {
            if !allRowsAreValid() { try validateAllRows() }
        } catch let error as BadImageFormat {
            throw error.located(in: file)
        }
        // Validation read every row and every blob; a program needs a fraction of them again, so
        // the pages go back to the page cache and fault in again where they are used (0.5 MB of
        // hello world's peak RSS for mscorlib.dll).
        for table in tables { image.releasePages(of: table.data) }
        image.releasePages(of: blobHeap)
    }

    private static func layoutTables(_ stream: ByteView, heapSizes: UInt8, valid: UInt64) throws -> [TableLayout] {
        let known = TableIndex.allCases.reduce(UInt64(0)) { $0 | (1 << UInt64($1.rawValue)) }
        if valid & ~known != 0 {
            let bit = (valid & ~known).trailingZeroBitCount
            throw BadImageFormat(offset: stream.origin + 8, "table stream declares unknown table 0x\(String(bit, radix: 16))")
        }
        var rowCounts = [Int](repeating: 0, count: 64)
        var cursor = 24
        for i in 0..<64 where valid & (1 << UInt64(i)) != 0 {
            let count = Int(try stream.u32(cursor))
            guard count <= 0x00FF_FFFF else {
                throw BadImageFormat(offset: stream.origin + cursor, "table \(i) declares \(count) rows (tokens allow 2^24-1)")
            }
            rowCounts[i] = count
            cursor += 4
        }
        // Bit 0x40: four bytes of extra data follow the row counts.
        if heapSizes & 0x40 != 0 { cursor += 4 }

        func indexSize(_ table: TableIndex) -> Int { rowCounts[Int(table.rawValue)] < 0x10000 ? 2 : 4 }
        func codedSize(_ kind: CodedIndexKind) -> Int {
            let maxRows = kind.tables.compactMap { $0 }.map { rowCounts[Int($0.rawValue)] }.max() ?? 0
            return maxRows < (1 << (16 - kind.tagBits)) ? 2 : 4
        }
        var layouts: [TableLayout] = []
        for table in TableIndex.allCases {
            var offsets: [Int] = [], sizes: [Int] = []
            var rowSize = 0
            for column in table.columns {
                let size: Int
                switch column {
                case .fixed1Padded, .fixed2: size = 2
                case .fixed4: size = 4
                case .string: size = heapSizes & 0x01 != 0 ? 4 : 2
                case .guid: size = heapSizes & 0x02 != 0 ? 4 : 2
                case .blob: size = heapSizes & 0x04 != 0 ? 4 : 2
                case .table(let t, _): size = indexSize(t)
                case .coded(let k): size = codedSize(k)
                }
                offsets.append(rowSize)
                sizes.append(size)
                rowSize += size
            }
            let rows = rowCounts[Int(table.rawValue)]
            let data = try stream.slice(cursor, rows * rowSize, "\(table.name) table (\(rows) rows)")
            cursor += rows * rowSize
            layouts.append(TableLayout(rowCount: rows, rowSize: rowSize, columnOffsets: offsets, columnSizes: sizes, data: data))
        }
        return layouts
    }

    // MARK: Raw row access

    @inline(__always)
    public func rowCount(_ table: TableIndex) -> Int { tables[Int(table.rawValue)].rowCount }

    /// The raw value of column `column` of 1-based `row`. Rows out of range read as 0: valid handles
    /// never are, because every index column was checked at open.
    @inline(__always)
    public func column(_ table: TableIndex, _ row: Int, _ column: Int) -> UInt32 {
        let t = tables[Int(table.rawValue)]
        guard row >= 1 && row <= t.rowCount else { return 0 }
        let at = (row - 1) * t.rowSize + t.columnOffsets[column]
        return t.columnSizes[column] == 2 ? UInt32(t.data.u16Unchecked(at)) : t.data.u32Unchecked(at)
    }

    /// Decodes a coded index value into a token (row 0 = nil).
    public func decode(_ value: UInt32, as kind: CodedIndexKind) -> MetadataToken {
        let bits = kind.tagBits
        let tag = Int(value & ((1 << bits) - 1))
        let tables = kind.tables
        guard tag < tables.count, let table = tables[tag] else { return MetadataToken(rawValue: 0) }
        return MetadataToken(table, row: Int(value >> UInt32(bits)))
    }

    // MARK: Validation

    /// Checks every column of every row: heap offsets inside their heaps (blobs entirely), table
    /// indices and coded indices inside their target tables.
    /// The every-row check of validateAllRows, made fast: each column's limit is worked out once
    /// per table and rows are read raw. False at the first value out of range, for
    /// validateAllRows to say where and why (it throws on the same values).
    private func allRowsAreValid() -> Bool {
        struct Check { let offset: Int; let wide: Bool; let limit: Int; let isBlob: Bool; let tagBits: Int; let tagLimits: [Int] }
        for table in TableIndex.allCases {
            let layout = tables[Int(table.rawValue)]
            guard layout.rowCount > 0 else { continue }
            var checks: [Check] = []
            for (c, kind) in table.columns.enumerated() {
                var limit = Int.max, isBlob = false, tagBits = 0, tagLimits: [Int] = []
                switch kind {
                case .fixed1Padded, .fixed2, .fixed4: continue
                case .string: limit = max(stringHeap.count, 1) - 1
                case .guid: limit = guidHeap.count / 16
                case .blob: isBlob = true
                case .table(let target, let isList): limit = rowCount(target) + (isList ? 1 : 0)
                case .coded(let coded):
                    tagBits = coded.tagBits
                    let targets = coded.tables
                    // A tag without a table (or past the list) allows no row at all, not even 0.
                    tagLimits = (0..<(1 << tagBits)).map { tag in tag < targets.count ? targets[tag].map(rowCount) ?? -1 : -1 }
                }
                checks.append(Check(offset: layout.columnOffsets[c], wide: layout.columnSizes[c] == 4, limit: limit,
                                    isBlob: isBlob, tagBits: tagBits, tagLimits: tagLimits))
            }
            for row in 0..<layout.rowCount {
                let base = row * layout.rowSize
                for check in checks {
                    let at = base + check.offset
                    let value = Int(check.wide ? layout.data.u32Unchecked(at) : UInt32(layout.data.u16Unchecked(at)))
                    if check.isBlob {
                        if (value != 0 || blobHeap.count > 0) && (try? blobView(at: value)) == nil { return false }
                    } else if check.tagBits > 0 {
                        if value >> check.tagBits > check.tagLimits[value & ((1 << check.tagBits) - 1)] { return false }
                    } else if value > check.limit {
                        return false
                    }
                }
            }
        }
        return true
    }

    private func validateAllRows() throws {
        for table in TableIndex.allCases {
            let layout = tables[Int(table.rawValue)]
            let columns = table.columns
            for row in 1...max(layout.rowCount, 1) where layout.rowCount > 0 {
                for (c, kind) in columns.enumerated() {
                    let value = column(table, row, c)
                    func fail(_ what: String) -> BadImageFormat {
                        BadImageFormat(offset: layout.data.origin + (row - 1) * layout.rowSize + layout.columnOffsets[c],
                                       "\(table.name) row \(row) column \(c): \(what)")
                    }
                    switch kind {
                    case .fixed1Padded, .fixed2, .fixed4:
                        break
                    case .string:
                        if Int(value) >= max(stringHeap.count, 1) { throw fail("string offset 0x\(String(value, radix: 16)) past the #Strings heap (\(stringHeap.count) bytes)") }
                    case .guid:
                        if Int(value) * 16 > guidHeap.count { throw fail("GUID index \(value) past the #GUID heap (\(guidHeap.count / 16) entries)") }
                    case .blob:
                        if value != 0 || blobHeap.count > 0 {
                            do { _ = try blobView(at: Int(value)) } catch let e as BadImageFormat { throw fail("blob: \(e.reason)") }
                        }
                    case .table(let target, let isList):
                        let limit = rowCount(target) + (isList ? 1 : 0)
                        if Int(value) > limit { throw fail("index \(value) past the \(target.name) table (\(rowCount(target)) rows)") }
                    case .coded(let kind):
                        let bits = kind.tagBits
                        let tag = Int(value & ((1 << bits) - 1))
                        let rowIndex = Int(value >> UInt32(bits))
                        let targets = kind.tables
                        guard tag < targets.count, let target = targets[tag] else {
                            throw fail("coded index \(kind) has invalid tag \(tag)")
                        }
                        if rowIndex > rowCount(target) { throw fail("coded index points at \(target.name) row \(rowIndex) of \(rowCount(target))") }
                    }
                }
            }
        }
    }

    // MARK: Heaps

    /// A string from #Strings. Offsets from validated columns are always in range; others read as "".
    public func string(_ handle: StringHandle) -> String {
        guard handle.offset > 0, handle.offset < stringHeap.count else { return "" }
        // The heap ends with NUL (checked at open), so this scan stays inside it.
        let start = stringHeap.base + handle.offset
        var length = 0
        while start.load(fromByteOffset: length, as: UInt8.self) != 0 { length += 1 }
        return String(decoding: UnsafeRawBufferPointer(start: start, count: length), as: UTF8.self)
    }

    /// Compares a #Strings entry with `text` without allocating.
    public func string(_ handle: StringHandle, equals text: String) -> Bool {
        guard handle.offset < stringHeap.count else { return text.isEmpty }
        let start = stringHeap.base + handle.offset
        var i = 0
        for byte in text.utf8 {
            if start.load(fromByteOffset: i, as: UInt8.self) != byte { return false }
            i += 1
        }
        return start.load(fromByteOffset: i, as: UInt8.self) == 0
    }

    /// A 64-bit hash of a type's namespace and name as stored in #Strings, equal to
    /// `typeNameHash(namespace:name:)` of the same text: indexes of type names need no String per type.
    public func typeNameHash(namespace: StringHandle, name: StringHandle) -> UInt64 {
        var hash = Self.typeNameHashSeed
        hashString(namespace, into: &hash)
        Self.hashByte(0, into: &hash)
        hashString(name, into: &hash)
        return hash
    }

    public static func typeNameHash(namespace: String, name: String) -> UInt64 {
        var hash = typeNameHashSeed
        for byte in namespace.utf8 { hashByte(byte, into: &hash) }
        hashByte(0, into: &hash)
        for byte in name.utf8 { hashByte(byte, into: &hash) }
        return hash
    }

    // FNV-1a.
    private static let typeNameHashSeed: UInt64 = 0xCBF2_9CE4_8422_2325
    @inline(__always) private static func hashByte(_ byte: UInt8, into hash: inout UInt64) {
        hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    private func hashString(_ handle: StringHandle, into hash: inout UInt64) {
        guard handle.offset > 0, handle.offset < stringHeap.count else { return }
        // The heap ends with NUL (checked at open), so this scan stays inside it.
        var at = stringHeap.base + handle.offset
        while true {
            let byte = at.load(as: UInt8.self)
            if byte == 0 { return }
            Self.hashByte(byte, into: &hash)
            at += 1
        }
    }

    func blobView(at offset: Int) throws -> ByteView {
        var cursor = ByteCursor(try blobHeap.suffix(from: offset, "blob offset"))
        let length = Int(try cursor.compressedUInt())
        return try cursor.bytes(length)
    }

    /// A blob's bytes. Blobs from validated columns always decode; a nil or bad handle gives an empty view.
    public func blob(_ handle: BlobHandle) -> ByteView {
        (try? blobView(at: handle.offset)) ?? .empty
    }

    public func guid(_ handle: GuidHandle) -> [UInt8]? {
        guard handle.index > 0, let v = try? guidHeap.slice((handle.index - 1) * 16, 16) else { return nil }
        return v.array
    }

    /// A #US string (II.24.2.4): UTF-16LE with a trailing flag byte. Checked: tokens come from IL.
    public func userString(_ handle: UserStringHandle) throws -> String {
        do {
            // Read with pread, as method bodies are (ImageBytes.copy): ldstr touches few entries.
            let entry = try userStringHeap.suffix(from: handle.offset, "#US offset")
            var cursor = ByteCursor(image.copy(try entry.slice(0, min(4, entry.count), "#US entry length")))
            let length = Int(try cursor.compressedUInt())
            let run = image.copy(try entry.slice(cursor.position, length, "#US entry"))
            let units = length / 2
            var chars = [UInt16](repeating: 0, count: units)
            for i in 0..<units { chars[i] = run.u16Unchecked(i * 2) }
            return String(decoding: chars, as: UTF16.self)
        } catch let e as BadImageFormat {
            throw e.located(in: fileName)
        }
    }

    public var userStringHeapSize: Int { userStringHeap.count }
    public var stringHeapSize: Int { stringHeap.count }
    public var blobHeapSize: Int { blobHeap.count }
    public var guidHeapSize: Int { guidHeap.count }

    // MARK: Tokens from outside the tables (IL operands, signatures)

    /// Checks that `token` names an existing row (or a #US entry), for tokens read from IL or blobs.
    public func validate(_ token: MetadataToken, at fileOffset: Int? = nil) throws {
        if token.isUserString {
            guard token.row < max(userStringHeap.count, 1) else {
                throw BadImageFormat(file: fileName, offset: fileOffset, "string token \(token) past the #US heap")
            }
            return
        }
        guard let table = token.table else {
            throw BadImageFormat(file: fileName, offset: fileOffset, "token \(token) names no metadata table")
        }
        guard token.row >= 1 && token.row <= rowCount(table) else {
            throw BadImageFormat(file: fileName, offset: fileOffset, "token \(token) is past the \(table.name) table (\(rowCount(table)) rows)")
        }
    }
}

extension ByteView {
    /// Text up to the first NUL, or the whole window if it has none.
    func nulTerminatedStringOrWhole() -> String {
        var length = 0
        while length < count && base.load(fromByteOffset: length, as: UInt8.self) != 0 { length += 1 }
        return String(decoding: UnsafeRawBufferPointer(start: base, count: length), as: UTF8.self)
    }
}
