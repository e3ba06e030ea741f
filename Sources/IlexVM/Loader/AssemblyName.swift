// Assembly identities: the simple name, version, culture and public key token that name an
// assembly in a reference (AssemblyRef row) or in text ("Name, Version=1.2.3.4, Culture=neutral, ...").

public struct AssemblyIdentity: Hashable, Sendable, CustomStringConvertible {
    public var name: String
    public var version: AssemblyVersion?
    /// nil or "" for neutral.
    public var culture: String?
    public var publicKeyToken: [UInt8]?

    public init(name: String, version: AssemblyVersion? = nil, culture: String? = nil, publicKeyToken: [UInt8]? = nil) {
        self.name = name
        self.version = version
        self.culture = culture
        self.publicKeyToken = publicKeyToken
    }

    /// Parses the display form; unknown or malformed parts are ignored as the CLR does.
    public init(parsing text: String) {
        let parts = text.split(separator: ",").map { $0.trimmingSpaces() }
        name = parts.first ?? ""
        for part in parts.dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces() }
            guard pair.count == 2 else { continue }
            switch pair[0].lowercased() {
            case "version":
                let numbers = pair[1].split(separator: ".").compactMap { UInt16($0) }
                if numbers.count == 4 {
                    version = AssemblyVersion(major: numbers[0], minor: numbers[1], build: numbers[2], revision: numbers[3])
                }
            case "culture":
                culture = pair[1].lowercased() == "neutral" ? "" : pair[1]
            case "publickeytoken":
                if pair[1].lowercased() != "null", pair[1].count == 16 {
                    var bytes: [UInt8] = []
                    var digits = pair[1].makeIterator()
                    while let high = digits.next(), let low = digits.next(), let byte = UInt8(String([high, low]), radix: 16) {
                        bytes.append(byte)
                    }
                    publicKeyToken = bytes.count == 8 ? bytes : nil
                }
            default:
                continue
            }
        }
    }

    /// The identity an AssemblyRef row asks for.
    public init(reference: AssemblyReferenceHandle, in reader: MetadataReader) {
        let ref = reader.assemblyReference(reference)
        self.init(name: ref.name, version: ref.version, culture: ref.culture,
                  publicKeyToken: (try? reader.publicKeyToken(reference)) ?? nil)
    }

    public var publicKeyTokenText: String {
        publicKeyToken.map { $0.map { hex($0, width: 2) }.joined() } ?? "null"
    }

    public var description: String {
        var text = name
        if let version { text += ", Version=\(version)" }
        text += ", Culture=\((culture ?? "").isEmpty ? "neutral" : culture!)"
        text += ", PublicKeyToken=\(publicKeyTokenText)"
        return text
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " || s.first == "\t" { s.removeFirst() }
        while s.last == " " || s.last == "\t" { s.removeLast() }
        return String(s)
    }
}

extension Substring {
    func trimmingSpaces() -> String { String(self).trimmingSpaces() }
}
