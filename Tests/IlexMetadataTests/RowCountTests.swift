// Table row counts agree with monodis for a set of Mono's assemblies.
import Foundation
import XCTest
import IlexMetadata

final class RowCountTests: XCTestCase {
    /// monodis listing option → the table it lists.
    static let listings: [(option: String, table: TableIndex)] = [
        ("typedef", .typeDef), ("typeref", .typeRef), ("method", .methodDef), ("fields", .field),
        ("memberref", .memberRef), ("param", .param), ("customattr", .customAttribute), ("typespec", .typeSpec),
        ("methodspec", .methodSpec), ("nested", .nestedClass), ("genericpar", .genericParam),
        ("assemblyref", .assemblyRef), ("moduleref", .moduleRef), ("property", .property), ("event", .event),
        ("constant", .constant), ("interface", .interfaceImpl), ("methodimpl", .methodImpl), ("implmap", .implMap),
        ("standalonesig", .standAloneSig), ("fieldrva", .fieldRVA), ("classlayout", .classLayout),
        ("manifest", .manifestResource), ("exported", .exportedType), ("methodsem", .methodSemantics),
        ("propertymap", .propertyMap), ("file", .file),
    ]

    /// Row count from a monodis table listing: the "(1..N)" of its header when it has one, else the
    /// highest "N:" row number at the start of a line.
    static func rowCount(fromListing text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let header = lines.first, let open = header.range(of: "(1.."), let close = header.range(of: ")", range: open.upperBound..<header.endIndex) {
            return Int(header[open.upperBound..<close.lowerBound]) ?? -1
        }
        var highest = 0
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":"), let n = Int(line[..<colon]) else { continue }
            highest = max(highest, n)
        }
        return highest
    }

    func testRowCountsMatchMonodis() throws {
        try requireTool("monodis")
        let assemblies = ["mscorlib.dll", "System.dll", "System.Core.dll", "System.Xml.dll", "System.Numerics.dll", "Facades/System.Runtime.dll"]
        var compared = 0
        for name in assemblies {
            let path = "/usr/lib/mono/4.5/" + name
            let reader = try MetadataReader(path: path)
            for (option, table) in Self.listings {
                guard let listing = shell("monodis --\(option) '\(path)'") else {
                    XCTFail("monodis --\(option) failed on \(name)")
                    continue
                }
                XCTAssertEqual(reader.rowCount(table), Self.rowCount(fromListing: listing), "\(name): \(table.name)")
                compared += 1
            }
        }
        XCTAssertEqual(compared, assemblies.count * Self.listings.count)
    }
}
