// Table row counts agree with monodis for a set of Mono's assemblies and a compiled test program:
// every table monodis can list is compared, and every non-empty table is either compared or known
// to have no monodis listing.
import Foundation
import XCTest
import IlexMetadata

final class RowCountTests: XCTestCase {
    /// monodis listing option → the table it lists (one "N: ..." line per row, continuation lines
    /// indented or unnumbered).
    static let listings: [(option: String, table: TableIndex)] = [
        ("module", .module), ("typedef", .typeDef), ("typeref", .typeRef), ("method", .methodDef),
        ("fields", .field), ("memberref", .memberRef), ("param", .param), ("customattr", .customAttribute),
        ("typespec", .typeSpec), ("methodspec", .methodSpec), ("nested", .nestedClass),
        ("genericpar", .genericParam), ("parconst", .genericParamConstraint), ("assemblyref", .assemblyRef),
        ("moduleref", .moduleRef), ("property", .property), ("event", .event), ("constant", .constant),
        ("interface", .interfaceImpl), ("methodimpl", .methodImpl), ("implmap", .implMap),
        ("standalonesig", .standAloneSig), ("fieldrva", .fieldRVA), ("classlayout", .classLayout),
        ("manifest", .manifestResource), ("exported", .exportedType), ("methodsem", .methodSemantics),
        ("propertymap", .propertyMap), ("file", .file), ("declsec", .declSecurity), ("marshal", .fieldMarshal),
        ("methodptr", .methodPtr), ("fieldptr", .fieldPtr), ("paramptr", .paramPtr), ("eventptr", .eventPtr),
        ("propertyptr", .propertyPtr),
    ]

    /// Tables monodis has no listing for; they are not compared (the Assembly table is, separately).
    static let unlisted: Set<TableIndex> = [
        .eventMap, .fieldLayout, .encLog, .encMap, .assemblyProcessor, .assemblyOS, .assemblyRefProcessor, .assemblyRefOS,
    ]

    struct Listing: Equatable {
        /// Rows counted as lines "1:", "2:", … in order (a line that merely starts with digits and a
        /// colon, e.g. inside a multi-line string constant, does not count unless it is the next row).
        var rows: Int
        /// The N of a "(1..N)" title, for the listings that have one.
        var header: Int?
    }

    static func parse(listing text: String) -> Listing {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var header: Int?
        if let title = lines.first, let open = title.range(of: "(1.."),
           let close = title.range(of: ")", range: open.upperBound..<title.endIndex) {
            header = Int(title[open.upperBound..<close.lowerBound])
        }
        var next = 1
        for line in lines.dropFirst() where line.hasPrefix("\(next):") { next += 1 }
        return Listing(rows: next - 1, header: header)
    }

    func testListingParser() {
        XCTAssertEqual(Self.parse(listing: "Typeref Table\n1: [mscorlib]A\n2: [mscorlib]B\n"), Listing(rows: 2, header: nil))
        XCTAssertEqual(Self.parse(listing: "Method Table (1..3)\n########## .X\n1: a\n2: b\n\tcont\n3: c\n"), Listing(rows: 3, header: 3))
        // Continuation lines and stray numbers inside a row do not count.
        XCTAssertEqual(Self.parse(listing: "MemberRef Table (1..2)\n1: x\n\tResolved: 2: y\n7: z\n2: w\n"), Listing(rows: 2, header: 2))
        XCTAssertEqual(Self.parse(listing: "File Table (1..0)\n"), Listing(rows: 0, header: 0))
    }

    func testRowCountsMatchMonodis() throws {
        try requireTool("monodis")
        let dir = try temporaryDirectory("rowcounts")
        defer { try? FileManager.default.removeItem(at: dir) }
        var paths = [
            "mscorlib.dll", "System.dll", "System.Core.dll", "System.Xml.dll", "System.Numerics.dll", "System.Data.dll",
            "System.Xml.Linq.dll", "Microsoft.CSharp.dll", "Mono.CSharp.dll", "I18N.CJK.dll", "mcs.exe",
            "Facades/System.Runtime.dll",
        ].map { "/usr/lib/mono/4.5/" + $0 }
        paths.append(try compileTestProgram("DisSample", into: dir, options: "-unsafe"))
        var compared = 0, nonEmptyCompared = 0
        for path in paths {
            let name = URL(fileURLWithPath: path).lastPathComponent
            let reader = try MetadataReader(path: path)
            for (option, table) in Self.listings {
                guard let text = shell("monodis --\(option) '\(path)'") else {
                    XCTFail("monodis --\(option) failed on \(name)")
                    continue
                }
                let listing = Self.parse(listing: text)
                if let header = listing.header {
                    XCTAssertEqual(listing.rows, header, "\(name): monodis --\(option) lists \(listing.rows) rows under a (1..\(header)) title")
                }
                XCTAssertEqual(reader.rowCount(table), listing.rows, "\(name): \(table.name) (monodis --\(option))")
                compared += 1
                if listing.rows > 0 { nonEmptyCompared += 1 }
            }
            // The Assembly table: monodis prints its one row as "Name: ..." fields.
            if let text = shell("monodis --assembly '\(path)'") {
                XCTAssertEqual(reader.rowCount(.assembly), text.contains("\nName:") ? 1 : 0, "\(name): Assembly")
            } else {
                XCTFail("monodis --assembly failed on \(name)")
            }
            let listed = Set(Self.listings.map(\.table)).union([.assembly])
            for table in TableIndex.allCases where reader.rowCount(table) > 0 && !listed.contains(table) {
                XCTAssertTrue(Self.unlisted.contains(table), "\(name): \(table.name) has rows but is neither compared nor known unlisted")
            }
        }
        print("row counts: \(compared) table listings compared over \(paths.count) assemblies (\(nonEmptyCompared) non-empty)")
        XCTAssertEqual(compared, paths.count * Self.listings.count)
        XCTAssertGreaterThan(nonEmptyCompared, paths.count * 8)
    }
}
