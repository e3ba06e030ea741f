// Owns the bytes of an image: a read-only memory mapping of a file (zero-copy), or a private copy
// of bytes handed in (tests, fuzzing). Everything else in IlexMetadata borrows views of it.
// Data read sparsely and once (IL bodies, #US strings) can instead be copied out with pread: the
// kernel maps 64 KB of a file around every page fault, so touching one method body through the
// mapping made 64 KB resident (docs/architecture.md, "Memory at start-up").

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
    /// The mapped file, kept open for `copy(_:)`; -1 when the bytes were handed in.
    private let fileDescriptor: Int32
    /// Memory for copies, freed with the image: chunks bump-allocated under `lock`.
    private var chunks: [UnsafeMutableRawPointer] = []
    private var chunkNext: UnsafeMutableRawPointer?
    private var chunkLeft = 0
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    private static let chunkSize = 16 * 1024

    /// Maps `path` read-only. Errors name the path.
    public init(contentsOf path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            let code = errno
            throw ImageFileError(kind: code == ENOENT ? .notFound : .unreadable, path: path,
                                 reason: String(cString: strerror(code)))
        }
        var st = stat()
        if fstat(fd, &st) != 0 {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw ImageFileError(kind: .unreadable, path: path, reason: reason)
        }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw ImageFileError(kind: .unreadable, path: path, reason: "is a directory")
        }
        let size = Int(st.st_size)
        self.path = path
        lock = Self.makeLock()
        if size == 0 {
            close(fd)
            view = .empty
            isMapped = false
            fileDescriptor = -1
            return
        }
        guard let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw ImageFileError(kind: .unreadable, path: path, reason: reason)
        }
        view = ByteView(base: UnsafeRawPointer(p), count: size)
        isMapped = true
        fileDescriptor = fd
    }

    /// Copies `bytes` into memory owned by this object.
    public init(copying bytes: UnsafeRawBufferPointer, name: String = "<memory>") {
        path = name
        isMapped = false
        fileDescriptor = -1
        lock = Self.makeLock()
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

    private static func makeLock() -> UnsafeMutablePointer<pthread_mutex_t> {
        let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
        return lock
    }

    /// The bytes of `window` (a view of this image) as a private copy read with `pread`, so that the
    /// mapping's pages around them are not touched. The copy lives as long as the image and keeps
    /// the window's `origin`. Images not backed by a file return `window` itself.
    public func copy(_ window: ByteView) -> ByteView {
        guard fileDescriptor >= 0, window.count > 0 else { return window }
        let offset = window.base - view.base
        precondition(offset >= 0 && offset + window.count <= view.count, "ImageBytes.copy: window outside \(path)")
        let memory = allocateCopyMemory(window.count)
        var done = 0
        while done < window.count {
            let n = pread(fileDescriptor, memory + done, window.count - done, off_t(offset + done))
            if n > 0 { done += n; continue }
            if n < 0 && errno == EINTR { continue }
            // A read error or a file that shrank: the mapping still shows what was mapped.
            return window
        }
        return ByteView(base: UnsafeRawPointer(memory), count: window.count, origin: window.origin)
    }

    /// Drops the resident pages of `window` (a view of this image) from the process: it reads the
    /// same bytes afterwards, faulted in again from the page cache. A mapping nothing writes to
    /// loses nothing; bytes handed in are left alone.
    public func releasePages(of window: ByteView) {
        guard isMapped, window.count > 0 else { return }
        let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = (Int(bitPattern: window.base) + pageSize - 1) & ~(pageSize - 1)
        let end = (Int(bitPattern: window.base) + window.count) & ~(pageSize - 1)
        guard end > start else { return }
        madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, Int32(MADV_DONTNEED))
    }

    private func allocateCopyMemory(_ count: Int) -> UnsafeMutableRawPointer {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        // A large copy gets memory of its own; small ones share chunks.
        if count > Self.chunkSize / 4 {
            let memory = UnsafeMutableRawPointer.allocate(byteCount: count, alignment: 16)
            chunks.append(memory)
            return memory
        }
        let rounded = (count + 15) & ~15
        if rounded > chunkLeft {
            let chunk = UnsafeMutableRawPointer.allocate(byteCount: Self.chunkSize, alignment: 16)
            chunks.append(chunk)
            chunkNext = chunk
            chunkLeft = Self.chunkSize
        }
        let memory = chunkNext!
        chunkNext = memory + rounded
        chunkLeft -= rounded
        return memory
    }

    deinit {
        for chunk in chunks { chunk.deallocate() }
        pthread_mutex_destroy(lock)
        lock.deallocate()
        if fileDescriptor >= 0 { close(fileDescriptor) }
        guard view.count > 0 else { return }
        if isMapped {
            munmap(UnsafeMutableRawPointer(mutating: view.base), view.count)
        } else {
            UnsafeMutableRawPointer(mutating: view.base).deallocate()
        }
    }
}
