// Corrupt images never crash the reader: truncations, random byte flips and clobbered header fields
// either still decode or raise BadImageFormat; nothing else may escape.
import Foundation
import XCTest
import IlexMetadata

final class CorruptionTests: XCTestCase {
    enum Outcome {
        case opened, rejected
        case failed(Error)
    }

    /// Opens the mutated bytes, reads every row through the typed API and decodes everything
    /// (signatures, bodies, attributes, the disassembly). BadImageFormat is a clean rejection;
    /// any other error is a failure (a crash ends the test run).
    static func outcome(_ bytes: [UInt8]) -> Outcome {
        do {
            let reader = try MetadataReader(image: ImageBytes(bytes, name: "mutant"))
            touchEveryRow(reader)
            try decodeEverything(reader)
            _ = try ILAsmWriter(reader: reader).listing()
            _ = try AssemblySummary(reader).text
            return .opened
        } catch is BadImageFormat {
            return .rejected
        } catch {
            return .failed(error)
        }
    }

    /// Returns true when the mutant still decoded; fails the test on an error other than BadImageFormat.
    private func exercise(_ bytes: [UInt8], _ what: @autoclosure () -> String) -> Bool {
        switch Self.outcome(bytes) {
        case .opened: return true
        case .rejected: return false
        case .failed(let error):
            XCTFail("\(what()): unexpected error \(error)")
            return false
        }
    }

    /// A small mcs-compiled program (exercises bodies, EH, attributes, generics) and a facade
    /// (type forwarders, no code).
    static func sampleImages() throws -> [[UInt8]] {
        let dir = try temporaryDirectory("corrupt")
        defer { try? FileManager.default.removeItem(at: dir) }
        let exe = try compileTestProgram("DisSample", into: dir, options: "-unsafe")
        return [exe, "/usr/lib/mono/4.5/Facades/System.Runtime.dll"].map { Array(FileManager.default.contents(atPath: $0)!) }
    }

    private func samples() throws -> [[UInt8]] { try Self.sampleImages() }

    func testTruncationsAreCleanErrors() throws {
        for original in try samples() {
            var cuts = Array(0..<min(1024, original.count))
            cuts += stride(from: 1024, to: original.count, by: max(1, original.count / 400)).map { $0 }
            for cut in cuts {
                _ = exercise(Array(original[0..<cut]), "truncated at \(cut)")
            }
        }
    }

    func testRandomByteFlipsAreCleanErrors() throws {
        var rng = SplitMix64(state: 0x1CE5)
        var stillValid = 0, rejected = 0
        for original in try samples() {
            for round in 0..<1500 {
                var bytes = original
                let flips = 1 + rng.below(8)
                for _ in 0..<flips {
                    bytes[rng.below(bytes.count)] = UInt8(truncatingIfNeeded: rng.next())
                }
                if exercise(bytes, "flip round \(round)") { stillValid += 1 } else { rejected += 1 }
            }
        }
        print("byte flips: \(stillValid) still decoded, \(rejected) rejected with BadImageFormat")
    }

    /// Mutations confined to the metadata (root, stream headers, tables, heaps), where every byte is
    /// an index, a length or a name: random bytes and little-endian 16/32-bit boundary values.
    func testMetadataRegionMutationsAreCleanErrors() throws {
        var rng = SplitMix64(state: 0x5EED_0F_11E5)
        var stillValid = 0, rejected = 0
        let interesting: [UInt32] = [0, 1, 2, 0x7F, 0x80, 0xFF, 0x100, 0x7FFF, 0x8000, 0xFFFF, 0x1_0000, 0xFF_FFFF, 0x7FFF_FFFF, 0xFFFF_FFFF]
        for original in try samples() {
            let reader = try MetadataReader(image: ImageBytes(original))
            let start = reader.metadata.origin, size = reader.metadata.count
            for round in 0..<2500 {
                var bytes = original
                var log: [String] = []
                for _ in 0..<(1 + rng.below(4)) {
                    let offset = start + rng.below(size)
                    let width = [1, 2, 4][rng.below(3)]
                    let value = rng.below(2) == 0 ? UInt32(truncatingIfNeeded: rng.next()) : interesting[rng.below(interesting.count)]
                    for i in 0..<width where offset + i < bytes.count { bytes[offset + i] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(i))) }
                    log.append("0x\(String(offset, radix: 16))=\(String(value, radix: 16))/\(width)")
                }
                if exercise(bytes, "metadata mutation round \(round): \(log)") { stillValid += 1 } else { rejected += 1 }
            }
        }
        print("metadata mutations: \(stillValid) still decoded, \(rejected) rejected with BadImageFormat")
    }

    func testClobberedHeaderFieldsAreCleanErrors() throws {
        for original in try samples() {
            let reader = try MetadataReader(image: ImageBytes(original))
            // The metadata root and everything up to the end of the table stream's row counts.
            let metadataStart = reader.metadata.origin
            let headerEnd = min(original.count, metadataStart + 512)
            let regions = Array(0..<min(512, original.count)) + Array(metadataStart..<headerEnd)
            for offset in regions {
                for value: UInt8 in [0x00, 0xFF, 0x7F, 0x80] where original[offset] != value {
                    var bytes = original
                    bytes[offset] = value
                    _ = exercise(bytes, "byte \(offset) set to \(value)")
                }
            }
        }
    }
}

/// Targeted mutations of the fields that locate and size everything else: PE and section headers,
/// the CLI header, the metadata root and stream headers, the table stream's heap-size flags, valid
/// mask and every row count. Each field gets boundary values (0, ±1, 2^16 where index widths flip,
/// 2^24 where tokens end, all ones, ...).
final class StructuralCorruptionTests: XCTestCase {
    struct Field {
        var name: String
        var offset: Int
        var width: Int
    }

    static func read(_ bytes: [UInt8], _ offset: Int, _ width: Int) -> UInt64 {
        (0..<width).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
    }

    static func write(_ bytes: inout [UInt8], _ offset: Int, _ width: Int, _ value: UInt64) {
        for i in 0..<width { bytes[offset + i] = UInt8(truncatingIfNeeded: value >> (8 * UInt64(i))) }
    }

    /// The header fields of a valid image, located with the reader's own view of it.
    static func fields(of bytes: [UInt8]) throws -> [Field] {
        let reader = try MetadataReader(image: ImageBytes(bytes))
        var fields: [Field] = []
        let pe = Int(read(bytes, 0x3C, 4))
        fields.append(Field(name: "e_lfanew", offset: 0x3C, width: 4))
        fields.append(Field(name: "NumberOfSections", offset: pe + 6, width: 2))
        fields.append(Field(name: "SizeOfOptionalHeader", offset: pe + 20, width: 2))
        let optional = pe + 24
        let plus = reader.pe.isPE32Plus
        fields.append(Field(name: "optional magic", offset: optional, width: 2))
        fields.append(Field(name: "NumberOfRvaAndSizes", offset: optional + (plus ? 108 : 92), width: 4))
        let directories = optional + (plus ? 112 : 96)
        fields.append(Field(name: "CLI directory RVA", offset: directories + 14 * 8, width: 4))
        fields.append(Field(name: "CLI directory size", offset: directories + 14 * 8 + 4, width: 4))
        let sectionTable = optional + Int(read(bytes, pe + 20, 2))
        for (i, _) in reader.pe.sections.enumerated() {
            let s = sectionTable + 40 * i
            for (name, at) in [("VirtualSize", 8), ("VirtualAddress", 12), ("SizeOfRawData", 16), ("PointerToRawData", 20)] {
                fields.append(Field(name: "section \(i) \(name)", offset: s + at, width: 4))
            }
        }
        // CLI header: every 4-byte field of its 72 bytes.
        let cliRVA = Int(reader.pe.dataDirectories[PEImage.cliHeaderDirectoryIndex].rva)
        let section = try XCTUnwrap(reader.pe.sections.first { cliRVA >= Int($0.virtualAddress) && cliRVA < Int($0.virtualAddress) + Int($0.virtualSize) })
        let cli = cliRVA - Int(section.virtualAddress) + Int(section.pointerToRawData)
        for at in stride(from: 0, to: 72, by: 4) { fields.append(Field(name: "CLI header +\(at)", offset: cli + at, width: 4)) }
        // Metadata root, stream headers, table stream header and row counts.
        let root = reader.metadata.origin
        let versionLength = Int(read(bytes, root + 12, 4))
        fields.append(Field(name: "version length", offset: root + 12, width: 4))
        fields.append(Field(name: "stream count", offset: root + 16 + versionLength + 2, width: 2))
        var cursor = root + 16 + versionLength + 4
        for stream in reader.streams {
            fields.append(Field(name: "\(stream.name) offset", offset: cursor, width: 4))
            fields.append(Field(name: "\(stream.name) size", offset: cursor + 4, width: 4))
            cursor += 8 + ((stream.name.utf8.count + 4) & ~3)
        }
        let tableStream = try XCTUnwrap(reader.streams.last { $0.name == "#~" || $0.name == "#-" })
        let tables = root + tableStream.offset
        fields.append(Field(name: "HeapSizes", offset: tables + 6, width: 1))
        var rowCount = tables + 24
        for table in TableIndex.allCases where reader.validTables & (1 << UInt64(table.rawValue)) != 0 {
            fields.append(Field(name: "\(table.name) row count", offset: rowCount, width: 4))
            rowCount += 4
        }
        return fields
    }

    static func values(for original: UInt64, width: Int) -> [UInt64] {
        let mask: UInt64 = width == 8 ? .max : (1 << UInt64(8 * width)) - 1
        let candidates: [UInt64] = [0, 1, original &- 1, original &+ 1, original &+ 4, original &* 2, original >> 1,
                                    0xFFFF, 0x1_0000, 0xFF_FFFF, 0x100_0000, 0x7FFF_FFFF, 0x8000_0000, .max]
        return Array(Set(candidates.map { $0 & mask }).subtracting([original])).sorted()
    }

    func testClobberedStructuralFields() throws {
        var opened = 0, rejected = 0
        for original in try CorruptionTests.sampleImages() {
            let fields = try Self.fields(of: original)
            var mutants: [(String, [UInt8])] = []
            for field in fields {
                let value = Self.read(original, field.offset, field.width)
                for v in Self.values(for: value, width: field.width) {
                    var bytes = original
                    Self.write(&bytes, field.offset, field.width, v)
                    mutants.append(("\(field.name) 0x\(String(value, radix: 16)) -> 0x\(String(v, radix: 16))", bytes))
                }
            }
            // Every bit of the valid-tables mask and of HeapSizes, one at a time.
            let reader = try MetadataReader(image: ImageBytes(original))
            let tables = reader.metadata.origin + reader.streams.last { $0.name == "#~" || $0.name == "#-" }!.offset
            for bit in 0..<64 {
                var bytes = original
                bytes[tables + 8 + bit / 8] ^= UInt8(1 << (bit % 8))
                mutants.append(("valid mask bit \(bit)", bytes))
            }
            for bit in 0..<8 {
                var bytes = original
                bytes[tables + 6] ^= UInt8(1 << bit)
                mutants.append(("HeapSizes bit \(bit)", bytes))
            }
            for (what, bytes) in mutants {
                switch CorruptionTests.outcome(bytes) {
                case .opened: opened += 1
                case .rejected: rejected += 1
                case .failed(let error): XCTFail("\(what): unexpected error \(error)")
                }
            }
        }
        print("structural mutations: \(opened) still decoded, \(rejected) rejected with BadImageFormat")
        XCTAssertGreaterThan(opened + rejected, 1000)
    }
}
