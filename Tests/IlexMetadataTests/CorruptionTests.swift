// Corrupt images never crash the reader: truncations, random byte flips and clobbered header fields
// either still decode or raise BadImageFormat; nothing else may escape.
import Foundation
import XCTest
import IlexMetadata

final class CorruptionTests: XCTestCase {
    /// Opens the mutated bytes and decodes everything; any error but BadImageFormat fails the test.
    private func exercise(_ bytes: [UInt8], _ what: @autoclosure () -> String) -> Bool {
        do {
            let reader = try MetadataReader(image: ImageBytes(bytes, name: "mutant"))
            try decodeEverything(reader)
            _ = try ILAsmWriter(reader: reader).listing()
            _ = try AssemblySummary(reader).text
            return true
        } catch is BadImageFormat {
            return false
        } catch {
            XCTFail("\(what()): unexpected error \(error)")
            return false
        }
    }

    private func samples() throws -> [[UInt8]] {
        let dir = try temporaryDirectory("corrupt")
        defer { try? FileManager.default.removeItem(at: dir) }
        let exe = try compileTestProgram("DisSample", into: dir, options: "-unsafe")
        return [exe, "/usr/lib/mono/4.5/Facades/System.Runtime.dll"].map { Array(FileManager.default.contents(atPath: $0)!) }
    }

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
