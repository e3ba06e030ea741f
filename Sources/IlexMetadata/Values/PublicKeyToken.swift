// Public key tokens (II.6.2.1.3): the last 8 bytes of the SHA-1 of a strong-name key, reversed.
// Binding compares tokens, so the reader derives them itself; SHA-1 lives here to avoid a crypto dependency.

/// SHA-1 (FIPS 180-4). Used only for key tokens, never for security decisions.
public struct SHA1 {
    private var state: (UInt32, UInt32, UInt32, UInt32, UInt32) = (0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0)
    private var pending: [UInt8] = []
    private var totalLength: UInt64 = 0

    public init() {}

    public mutating func update<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        for b in bytes {
            pending.append(b)
            totalLength &+= 1
            if pending.count == 64 { compress(pending); pending.removeAll(keepingCapacity: true) }
        }
    }

    public mutating func finish() -> [UInt8] {
        let bitLength = totalLength &* 8
        pending.append(0x80)
        while pending.count % 64 != 56 { pending.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { pending.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        for start in stride(from: 0, to: pending.count, by: 64) { compress(pending[start..<start + 64]) }
        pending.removeAll()
        let words = [state.0, state.1, state.2, state.3, state.4]
        return words.flatMap { w in [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: w >> UInt32($0)) } }
    }

    public static func hash<S: Sequence>(_ bytes: S) -> [UInt8] where S.Element == UInt8 {
        var h = SHA1()
        h.update(bytes)
        return h.finish()
    }

    private mutating func compress<C: Collection>(_ block: C) where C.Element == UInt8, C.Index == Int {
        var w = [UInt32](repeating: 0, count: 80)
        let base = block.startIndex
        for i in 0..<16 {
            w[i] = UInt32(block[base + 4 * i]) << 24 | UInt32(block[base + 4 * i + 1]) << 16
                | UInt32(block[base + 4 * i + 2]) << 8 | UInt32(block[base + 4 * i + 3])
        }
        for i in 16..<80 { w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1) }
        var (a, b, c, d, e) = state
        for i in 0..<80 {
            let f: UInt32, k: UInt32
            switch i {
            case 0..<20: f = (b & c) | (~b & d); k = 0x5A82_7999
            case 20..<40: f = b ^ c ^ d; k = 0x6ED9_EBA1
            case 40..<60: f = (b & c) | (b & d) | (c & d); k = 0x8F1B_BCDC
            default: f = b ^ c ^ d; k = 0xCA62_C1D6
            }
            let t = rotl(a, 5) &+ f &+ e &+ k &+ w[i]
            e = d; d = c; c = rotl(b, 30); b = a; a = t
        }
        state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e)
    }

    @inline(__always) private func rotl(_ x: UInt32, _ n: UInt32) -> UInt32 { (x << n) | (x >> (32 - n)) }
}

/// The 8-byte token of a full public key blob.
public func publicKeyToken(of key: ByteView) -> [UInt8] { tokenOfKey(key) }

// MetadataReader's own publicKeyToken methods shadow the free function inside the extension.
private func tokenOfKey(_ key: ByteView) -> [UInt8] { Array(SHA1.hash(key.bytes).suffix(8).reversed()) }

extension MetadataReader {
    /// The token of this assembly's public key; nil when it has no key (not strong-named).
    public var assemblyPublicKeyToken: [UInt8]? {
        guard let assembly else { return nil }
        let key = blob(assembly.publicKey)
        return key.count == 0 ? nil : tokenOfKey(key)
    }

    /// The token an assembly reference binds to; nil when it names no key. AssemblyRef flag 0x1
    /// (PublicKey) says the blob is a full key to hash; otherwise it is already the token.
    public func publicKeyToken(_ handle: AssemblyReferenceHandle) throws -> [UInt8]? {
        let reference = assemblyReference(handle)
        let value = blob(reference.publicKeyOrToken)
        if value.count == 0 { return nil }
        if reference.flags & 0x1 != 0 { return tokenOfKey(value) }
        guard value.count == 8 else {
            throw BadImageFormat(file: fileName, offset: value.origin,
                                 "AssemblyRef row \(handle.row): public key token is \(value.count) bytes, not 8")
        }
        return value.array
    }
}
