// The one error the metadata reader raises: a file that is not a valid ECMA-335 image.
// The engine maps it onto System.BadImageFormatException; the CLI prints it as one line.

/// A malformed or truncated image: names the file, the byte offset in it and what was wrong.
public struct BadImageFormat: Error, CustomStringConvertible, Sendable {
    /// The file the bytes came from (or a description such as "<memory>").
    public var file: String
    /// Byte offset in the file where the problem was found, when known.
    public var offset: Int?
    public var reason: String

    public init(file: String = "<memory>", offset: Int?, _ reason: String) {
        self.file = file
        self.offset = offset
        self.reason = reason
    }

    public var description: String {
        if let offset {
            return "BadImageFormatException: \(file): at offset 0x\(String(offset, radix: 16)): \(reason)"
        }
        return "BadImageFormatException: \(file): \(reason)"
    }

    /// The same error attributed to `file` (readers below the image do not know its name).
    func located(in file: String) -> BadImageFormat {
        var copy = self
        copy.file = file
        return copy
    }
}
