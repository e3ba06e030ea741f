// Owns the bytes of an image: a read-only memory mapping of a file (zero-copy), or a private copy
// of bytes handed in (tests, fuzzing). Everything else in IlexMetadata borrows views of it.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file that could not be read at all (as opposed to one whose contents are malformed).
/// The engine maps `.notFound` onto System.IO.FileNotFoundException.
public struct ImageFileError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable { case notFound, unreadable }
    public var kind: Kind
    public var path: String
    public var reason: String
    public var description: String {
        kind == .notFound ? "FileNotFoundException: Could not find file '\(path)'" : "IOException: \(path): \(reason)"
    }
}

public final class ImageBytes: @unchecked Sendable {
    public let view: ByteView
    public let path: String
    private let isMapped: Bool

    /// Maps `path` read-only. Errors name the path.
    public init(contentsOf path: String) throws {
        let fd = open(path, O_RDONLY)
        if fd < 0 {
            let code = errno
            throw ImageFileError(kind: code == ENOENT ? .notFound : .unreadable, path: path,
                                 reason: String(cString: strerror(code)))
        }
        defer { close(fd) }
        var st = stat()
        if fstat(fd, &st) != 0 {
            throw ImageFileError(kind: .unreadable, path: path, reason: String(cString: strerror(errno)))
        }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            throw ImageFileError(kind: .unreadable, path: path, reason: "is a directory")
        }
        let size = Int(st.st_size)
        self.path = path
        if size == 0 {
            view = .empty
            isMapped = false
            return
        }
        guard let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else {
            throw ImageFileError(kind: .unreadable, path: path, reason: String(cString: strerror(errno)))
        }
        view = ByteView(base: UnsafeRawPointer(p), count: size)
        isMapped = true
    }

    /// Copies `bytes` into memory owned by this object.
    public init(copying bytes: UnsafeRawBufferPointer, name: String = "<memory>") {
        path = name
        isMapped = false
        if bytes.isEmpty {
            view = .empty
            return
        }
        let p = UnsafeMutableRawPointer.allocate(byteCount: bytes.count, alignment: 16)
        p.copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
        view = ByteView(base: UnsafeRawPointer(p), count: bytes.count)
    }

    public convenience init(_ bytes: [UInt8], name: String = "<memory>") {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
        defer { copy.deallocate() }
        copy.copyBytes(from: bytes)
        self.init(copying: UnsafeRawBufferPointer(rebasing: copy[0..<bytes.count]), name: name)
    }

    deinit {
        guard view.count > 0 else { return }
        if isMapped {
            munmap(UnsafeMutableRawPointer(mutating: view.base), view.count)
        } else {
            UnsafeMutableRawPointer(mutating: view.base).deallocate()
        }
    }
}
