import IlexMetadata
let r = try MetadataReader(path: CommandLine.arguments[1])
for t in TableIndex.allCases where r.rowCount(t) > 0 { print(t.name, r.rowCount(t)) }
print(r.versionString, r.assembly?.name ?? "-", r.entryPoint as Any)
