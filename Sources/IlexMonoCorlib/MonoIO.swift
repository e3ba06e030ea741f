// System.IO.MonoIO internal calls (and Path.get_temp_path, DriveInfo): files, directories and
// handles as mono's io-layer does them on Unix (mono/metadata/w32file.c, w32file-unix.c,
// w32error-unix.c). A handle is a file descriptor that mono's handle table knows: one Open,
// CreatePipe or a console property made; a descriptor it does not know is an invalid handle, and
// each handle carries the access it was opened with, which Read/Write/Seek check first. The
// standard handles are console handles whatever they are redirected to (not seekable). Errors come
// back as MonoIOError values (Win32 codes) for the BCL to turn into exceptions.
// Paths arrive as char* (UTF-16, NUL-terminated) and become UTF-8 for the system.
//
// In Mono 6.8's class library only FileStream, the console, Directory.Get/SetCurrentDirectory
// and File.SetAttributes call into MonoIO; File, Directory and FileSystemInfo go through P/Invoke
// (System.Native). The other calls are implemented as mono does them all the same.
import IlexVM

#if canImport(Glibc)
import Glibc
#endif

/// An entry of mono's handle table (FileHandle in w32file-unix.c).
struct OpenFile {
    enum Kind { case file, console, pipe }
    var kind: Kind
    /// GENERIC_READ and/or GENERIC_WRITE.
    var access: UInt32
    var shareMode: UInt32 = 0
    /// The FILE_ATTRIBUTE_* and FILE_FLAG_* values Open was given.
    var attributes: UInt32 = 0
    /// The path (files and consoles opened by name).
    var path: String?
    /// Where its sharing is recorded (files opened by name).
    var share: FileIdentity?
}

struct FileIdentity: Hashable {
    let device: UInt64, inode: UInt64
}

/// How the first opener of a file shares it, and how many handles hold it.
struct FileShareEntry {
    var shareMode: UInt32, access: UInt32, references: Int
}

/// A FindFirstFile result: the matching names (sorted), the next to report.
struct DirectorySearch {
    var directory: String
    var names: [String]
    var next = 0
}

/// Win32 values mono's io-layer uses.
enum Win32 {
    static let success: Int32 = 0
    static let fileNotFound: Int32 = 2
    static let pathNotFound: Int32 = 3
    static let tooManyOpenFiles: Int32 = 4
    static let accessDenied: Int32 = 5
    static let invalidHandle: Int32 = 6
    static let badFormat: Int32 = 11
    static let notSameDevice: Int32 = 17
    static let noMoreFiles: Int32 = 18
    static let seek: Int32 = 25
    static let writeFault: Int32 = 29
    static let sharingViolation: Int32 = 32
    static let lockViolation: Int32 = 33
    static let handleDiskFull: Int32 = 39
    static let notSupported: Int32 = 50
    static let deviceDoesNotExist: Int32 = 55
    static let fileExists: Int32 = 80
    static let cannotMake: Int32 = 82
    static let invalidParameter: Int32 = 87
    static let invalidName: Int32 = 123
    static let directoryNotEmpty: Int32 = 145
    static let alreadyExists: Int32 = 183
    static let filenameTooLong: Int32 = 206
    static let ioPending: Int32 = 997
    static let cannotResolveFilename: Int32 = 1921
    static let encryptionFailed: Int32 = 6000

    static let genericRead: UInt32 = 0x8000_0000
    static let genericWrite: UInt32 = 0x4000_0000
    static let shareRead: UInt32 = 1, shareWrite: UInt32 = 2, shareDelete: UInt32 = 4

    static let attributeReadOnly: UInt32 = 0x1
    static let attributeHidden: UInt32 = 0x2
    static let attributeDirectory: UInt32 = 0x10
    static let attributeNormal: UInt32 = 0x80
    static let attributeTemporary: UInt32 = 0x100
    static let attributeReparsePoint: UInt32 = 0x400
    static let attributeEncrypted: UInt32 = 0x4000
    static let flagBackupSemantics: UInt32 = 0x0200_0000
    static let flagDeleteOnClose: UInt32 = 0x0400_0000
    static let flagSequentialScan: UInt32 = 0x0800_0000
    static let flagRandomAccess: UInt32 = 0x1000_0000
    static let flagWriteThrough: UInt32 = 0x8000_0000

    /// errno as mono_w32error_unix_to_win32 maps it.
    static func error(_ code: Int32) -> Int32 {
        switch code {
        case EACCES, EPERM, EROFS: accessDenied
        case EAGAIN: sharingViolation
        case EBUSY: lockViolation
        case EEXIST: fileExists
        case EINVAL, ESPIPE: seek
        case EISDIR: cannotMake
        case ENFILE, EMFILE: tooManyOpenFiles
        case ENOENT, ENOTDIR: fileNotFound
        case ENOSPC: handleDiskFull
        case ENOTEMPTY: directoryNotEmpty
        case ENOEXEC: badFormat
        case ENAMETOOLONG: filenameTooLong
        case EINPROGRESS: ioPending
        case ENOSYS: notSupported
        case EBADF, EIO: invalidHandle
        case EINTR: ioPending
        case EPIPE: writeFault
        case ELOOP: cannotResolveFilename
        case ENODEV, ENXIO, ENOTCONN, EHOSTDOWN: deviceDoesNotExist
        default: notSupported
        }
    }
}

extension MonoCorlib {
    /// The error for a failed call on `path` (_wapi_set_last_path_error_from_errno): a missing
    /// entry is ERROR_FILE_NOT_FOUND when its folder (or `directory`) exists, else
    /// ERROR_PATH_NOT_FOUND.
    static func pathError(_ code: Int32, path: String?, directory: String? = nil) -> Int32 {
        guard code == ENOENT else { return Win32.error(code) }
        let folder = directory ?? path.map(directoryName) ?? "."
        return access(folder, F_OK) == 0 ? Win32.fileNotFound : Win32.pathNotFound
    }

    /// glib's g_path_get_dirname.
    static func directoryName(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// glib's g_path_get_basename.
    static func baseName(_ path: String) -> String {
        if path.isEmpty { return "." }
        guard let slash = path.lastIndex(of: "/") else { return path }
        if path.index(after: slash) == path.endIndex {
            let trimmed = path[..<slash]
            guard let previous = trimmed.lastIndex(of: "/") else { return "/" }
            return String(trimmed[trimmed.index(after: previous)...])
        }
        return String(path[path.index(after: slash)...])
    }

    /// A NUL-terminated UTF-16 path argument (nil for a null pointer).
    static func pathArgument(_ frame: UnsafeMutableRawPointer, _ index: Int) -> String? {
        guard let units = argument(frame, index, as: UnsafePointer<UInt16>?.self) else { return nil }
        var count = 0
        while units[count] != 0 { count += 1 }
        return String(decoding: UnsafeBufferPointer(start: units, count: count), as: UTF16.self)
    }


    // MARK: File attributes

    /// Whether the current user may write `path` (is_file_writable): the permission bits, else
    /// access(2).
    static func isWritable(_ status: stat, _ path: String) -> Bool {
        if status.st_mode & S_IWOTH != 0 { return true }
        if status.st_uid == geteuid() && status.st_mode & S_IWUSR != 0 { return true }
        if status.st_gid == getegid() && status.st_mode & S_IWGRP != 0 { return true }
        return access(path, W_OK) == 0
    }

    /// _wapi_stat_to_file_attributes: directory, read-only (not writable), hidden (a name
    /// starting with '.'), normal, reparse point (a symbolic link).
    static func fileAttributes(_ path: String, _ status: stat, _ link: stat?) -> UInt32 {
        var status = status
        if status.st_mode & S_IFMT == S_IFSOCK { status.st_mode &= ~S_IFSOCK }
        let hidden = baseName(path).hasPrefix(".")
        var attributes: UInt32
        if status.st_mode & S_IFMT == S_IFDIR {
            attributes = Win32.attributeDirectory
            if !isWritable(status, path) { attributes |= Win32.attributeReadOnly }
            if hidden { attributes |= Win32.attributeHidden }
        } else if !isWritable(status, path) {
            attributes = Win32.attributeReadOnly | (hidden ? Win32.attributeHidden : 0)
        } else {
            attributes = hidden ? Win32.attributeHidden : Win32.attributeNormal
        }
        if let link, link.st_mode & S_IFMT == S_IFLNK { attributes |= Win32.attributeReparsePoint }
        return attributes
    }

    /// stat (lstat for a dangling link) and lstat of `path`, or the MonoIOError.
    static func statusAndLink(_ path: String, danglingOn codes: Set<Int32> = [ENOENT]) -> Result<(stat, stat), IOFailure> {
        var status = stat(), link = stat()
        var outcome = stat(path, &status)
        if outcome == -1 && codes.contains(errno) { outcome = lstat(path, &status) }
        guard outcome == 0 else { return .failure(IOFailure(pathError(errno, path: path))) }
        guard lstat(path, &link) == 0 else { return .failure(IOFailure(pathError(errno, path: path))) }
        return .success((status, link))
    }

    /// File times as Windows file times, to the microsecond as mono takes them from stat.
    static func fileTime(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) * 10_000_000 + Int64(time.tv_nsec) / 1000 * 10 + fileTimeOfUnixEpoch
    }

    // MARK: Handles

    /// The console handle for descriptor 0, 1 or 2, entered in the table on first use with the
    /// access its open flags give (never write for stdin); -1 when the descriptor is closed.
    static func standardHandle(_ state: MonoState, _ descriptor: Int32) -> Int64 {
        if state.files[descriptor] != nil { return Int64(descriptor) }
        var flags: Int32
        repeat { flags = fcntl(descriptor, F_GETFL) } while flags == -1 && errno == EINTR
        guard flags != -1 else { return -1 }
        var access: UInt32 = switch flags & O_ACCMODE {
        case O_RDONLY: Win32.genericRead
        case O_WRONLY: Win32.genericWrite
        case O_RDWR: Win32.genericRead | Win32.genericWrite
        default: 0
        }
        if descriptor == 0 { access &= ~Win32.genericWrite }
        state.files[descriptor] = OpenFile(kind: .console, access: access, path: ["<stdin>", "<stdout>", "<stderr>"][Int(descriptor)])
        return Int64(descriptor)
    }

    /// share_allows_open as mono 6.8 decides it (measured against mono over every pair of access
    /// and share modes): a file already open admits another handle unless its first opener
    /// shares nothing, the new handle shares nothing, or the first opener shares only reading
    /// (only writing) and the new handle asks for more than reading (writing). The first opener's
    /// modes stay with the file while any handle is open; the entry is counted on success.
    static func shareAllowsOpen(_ state: MonoState, _ identity: FileIdentity, shareMode: UInt32, access: UInt32) -> Bool {
        guard var entry = state.shares[identity] else {
            state.shares[identity] = FileShareEntry(shareMode: shareMode, access: access, references: 1)
            return true
        }
        if entry.shareMode == 0 || shareMode == 0 { return false }
        if (entry.shareMode == Win32.shareRead && access != Win32.genericRead)
            || (entry.shareMode == Win32.shareWrite && access != Win32.genericWrite) { return false }
        entry.references += 1
        state.shares[identity] = entry
        return true
    }

    static func releaseShare(_ state: MonoState, _ identity: FileIdentity) {
        guard var entry = state.shares[identity] else { return }
        entry.references -= 1
        state.shares[identity] = entry.references > 0 ? entry : nil
    }

    /// CreateFile: FileMode, FileAccess, FileShare and FileOptions as mono converts them, the
    /// file opened (or created 0666, 0600 for temporary files), its sharing checked.
    static func open(_ state: MonoState, _ path: String?, mode: Int32, access requested: Int32, share: Int32, options: Int32) -> (Int64, Int32) {
        guard let path else { return (-1, Win32.invalidName) }
        var attributes = Win32.attributeNormal
        if options != 0 {
            attributes = options & 0x4000 != 0 ? Win32.attributeEncrypted : Win32.attributeNormal
            if options & 0x0400_0000 != 0 { attributes |= Win32.flagDeleteOnClose }
            if options & 0x0800_0000 != 0 { attributes |= Win32.flagSequentialScan }
            if options & 0x1000_0000 != 0 { attributes |= Win32.flagRandomAccess }
            if options & 1 != 0 { attributes |= Win32.attributeTemporary }
            if UInt32(bitPattern: options) & 0x8000_0000 != 0 { attributes |= Win32.flagWriteThrough }
        }
        if case .success(let (status, _)) = statusAndLink(path, danglingOn: [ENOENT, ELOOP]), status.st_mode & S_IFMT == S_IFDIR {
            attributes |= Win32.flagBackupSemantics
        }
        if attributes & Win32.attributeEncrypted != 0 { return (-1, Win32.encryptionFailed) }
        let access: UInt32 = switch requested {
        case 2: Win32.genericWrite
        case 3: Win32.genericRead | Win32.genericWrite
        default: Win32.genericRead
        }
        var shareMode = UInt32(bitPattern: share) & (Win32.shareRead | Win32.shareWrite | Win32.shareDelete)
        if UInt32(bitPattern: share) & ~7 != 0 { shareMode = 0 }
        var flags: Int32 = access == Win32.genericRead ? O_RDONLY : access == Win32.genericWrite ? O_WRONLY : O_RDWR
        switch mode {
        case 1: flags |= O_CREAT | O_EXCL             // CreateNew: CREATE_NEW
        case 2: flags |= O_CREAT | O_TRUNC            // Create: CREATE_ALWAYS
        case 4, 6: flags |= O_CREAT                   // OpenOrCreate, Append: OPEN_ALWAYS
        case 5: flags |= O_TRUNC                      // Truncate: TRUNCATE_EXISTING
        default: break                                // Open: OPEN_EXISTING
        }
        let permissions: mode_t = attributes & Win32.attributeTemporary != 0 ? 0o600 : 0o666
        var descriptor = Glibc.open(path, flags, permissions)
        // A directory opened for writing: again without write access, as mono does.
        if descriptor == -1 && errno == EISDIR { descriptor = Glibc.open(path, flags & ~(O_RDWR | O_WRONLY), permissions) }
        guard descriptor != -1 else { return (-1, pathError(errno, path: path)) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let code = Win32.error(errno)
            close(descriptor)
            return (-1, code)
        }
        let type = status.st_mode & S_IFMT
        let kind: OpenFile.Kind = type == S_IFIFO ? .pipe : type == S_IFCHR ? .console : .file
        let identity = FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
        guard shareAllowsOpen(state, identity, shareMode: shareMode, access: access) else {
            close(descriptor)
            return (-1, Win32.sharingViolation)
        }
        if attributes & Win32.flagSequentialScan != 0 { posix_fadvise(descriptor, 0, 0, POSIX_FADV_SEQUENTIAL) }
        if attributes & Win32.flagRandomAccess != 0 { posix_fadvise(descriptor, 0, 0, POSIX_FADV_RANDOM) }
        state.files[descriptor] = OpenFile(kind: kind, access: access, shareMode: shareMode, attributes: attributes,
                                           path: kind == .pipe ? nil : path, share: identity)
        return (Int64(descriptor), Win32.success)
    }

    /// Closes a handle: a file opened with DeleteOnClose is removed first; the standard
    /// descriptors stay open (mono closes a console descriptor only above 2).
    static func closeHandle(_ state: MonoState, _ handle: Int32) -> Bool {
        guard let file = state.files.removeValue(forKey: handle) else { return false }
        if file.kind == .file, file.attributes & Win32.flagDeleteOnClose != 0, let path = file.path { unlink(path) }
        if file.kind != .console || handle > 2 {
            if let share = file.share { releaseShare(state, share) }
            close(handle)
        }
        return true
    }

    /// Moves the position of a file handle (file_seek); the new position or the error. A failure
    /// gives what mono's Seek returns then: INVALID_SET_FILE_POINTER in the low half, the
    /// offset's high half above it.
    static func seek(_ state: MonoState, _ handle: Int32, _ offset: Int64, _ origin: Int32) -> (Int64, Int32) {
        let invalid = Int64(0xFFFF_FFFF) | (offset >> 32) << 32
        guard let file = state.files[handle], file.kind == .file else { return (invalid, Win32.invalidHandle) }
        guard file.access & (Win32.genericRead | Win32.genericWrite) != 0 else { return (invalid, Win32.accessDenied) }
        let whence: Int32 = switch origin { case 0: SEEK_SET; case 2: SEEK_END; default: SEEK_CUR }
        let position = lseek(handle, off_t(offset), whence)
        return position == -1 ? (invalid, Win32.error(errno)) : (Int64(position), Win32.success)
    }

    // MARK: Directory searches

    /// The names in `directory` matching `pattern` as mono's glob matches them (backslash
    /// quotes, '*' any bytes, '?' one byte, case-sensitive; "X.*" also matches "X"), sorted by
    /// byte value; nil with errno when the directory cannot be read.
    static func matchingNames(_ directory: String, _ pattern: String) -> [String]? {
        guard let handle = opendir(directory) else {
            let code = errno
            errno = code == ENOENT && access(directory, F_OK) == 0 && access(directory, R_OK | X_OK) != 0 ? EACCES : code
            return nil
        }
        var entries: [[UInt8]] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { Array($0.prefix(while: { $0 != 0 })) }
            if name == [46] || name == [46, 46] { continue }
            entries.append(name)
        }
        closedir(handle)
        let compiled = globPattern(Array(pattern.utf8))
        var matches = entries.filter { globMatch($0[...], compiled[...]) }
        if pattern.hasSuffix(".*") {
            let shorter = globPattern(Array(pattern.utf8.dropLast(2)))
            for name in entries where globMatch(name[...], shorter[...]) && !matches.contains(name) { matches.append(name) }
        }
        return matches.sorted { $0.lexicographicallyPrecedes($1) }.map { String(decoding: $0, as: UTF8.self) }
    }

    /// A glob pattern with quotes removed and runs of '*' collapsed.
    private static func globPattern(_ pattern: [UInt8]) -> [UInt8] {
        var unquoted: [UInt8] = []
        var i = 0
        while i < pattern.count {
            if pattern[i] == UInt8(ascii: "\\"), i + 1 < pattern.count {
                unquoted.append(pattern[i + 1])
                i += 2
            } else {
                unquoted.append(pattern[i])
                i += 1
            }
        }
        var compiled: [UInt8] = []
        for byte in unquoted where !(byte == UInt8(ascii: "*") && compiled.last == UInt8(ascii: "*")) { compiled.append(byte) }
        return compiled
    }

    private static func globMatch(_ name: ArraySlice<UInt8>, _ pattern: ArraySlice<UInt8>) -> Bool {
        var name = name, pattern = pattern
        while let c = pattern.first {
            pattern = pattern.dropFirst()
            switch c {
            case UInt8(ascii: "*"):
                if pattern.isEmpty { return true }
                while true {
                    if globMatch(name, pattern) { return true }
                    if name.isEmpty { return false }
                    name = name.dropFirst()
                }
            case UInt8(ascii: "?"):
                if name.isEmpty { return false }
                name = name.dropFirst()
            default:
                if name.first != c { return false }
                name = name.dropFirst()
            }
        }
        return name.isEmpty
    }

    /// The next entry of a search that still exists (stat, lstat for a dangling link): its name
    /// and attributes, or nil when none is left.
    static func nextEntry(_ search: inout DirectorySearch) -> (String, UInt32)? {
        while search.next < search.names.count {
            let name = search.names[search.next]
            search.next += 1
            let path = search.directory.hasSuffix("/") ? search.directory + name : search.directory + "/" + name
            guard case .success(let (status, link)) = statusAndLink(path) else { continue }
            return (name, fileAttributes(path, status, link))
        }
        return nil
    }

    // MARK: Copies and moves

    /// Copies the bytes of one descriptor to another (write_file); the errno of a failure.
    static func copyContents(from source: Int32, to destination: Int32, blockSize: Int) -> Int32? {
        let size = min(max(blockSize, 8192), 65536)
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = read(source, buffer, size)
            if count < 0 { if errno == EINTR { continue }; return errno }
            if count == 0 { return nil }
            var done = 0
            while done < count {
                let written = write(destination, buffer + done, count - done)
                if written < 0 { if errno == EINTR { continue }; return errno }
                done += written
            }
        }
    }

    /// CopyFile: the contents and mode, then the access and modification times.
    static func copyFile(_ source: String?, _ destination: String?, overwrite: Bool) -> Int32 {
        guard let source else { return Win32.invalidName }
        guard let destination else { return Win32.invalidName }
        let input = Glibc.open(source, O_RDONLY)
        guard input >= 0 else { return pathError(errno, path: source) }
        defer { close(input) }
        var status = stat()
        guard fstat(input, &status) == 0 else { return Win32.error(errno) }
        var existing = stat()
        if stat(destination, &existing) == 0 {
            if existing.st_dev == status.st_dev && existing.st_ino == status.st_ino { return Win32.sharingViolation }
            if !overwrite { return Win32.alreadyExists }
        }
        var output: Int32
        if !overwrite {
            output = Glibc.open(destination, O_WRONLY | O_CREAT | O_EXCL, status.st_mode)
        } else {
            output = Glibc.open(destination, O_WRONLY | O_TRUNC, status.st_mode)
            if output < 0 { output = Glibc.open(destination, O_WRONLY | O_CREAT | O_TRUNC, status.st_mode) }
        }
        guard output >= 0 else { return Win32.error(errno) }
        let failure = copyContents(from: input, to: output, blockSize: Int(status.st_blksize))
        close(output)
        var times = [timeval(tv_sec: status.st_atim.tv_sec, tv_usec: status.st_atim.tv_nsec / 1000),
                     timeval(tv_sec: status.st_mtim.tv_sec, tv_usec: status.st_mtim.tv_nsec / 1000)]
        utimes(destination, &times)
        return failure.map(Win32.error) ?? Win32.success
    }

    /// MoveFile: a destination that exists (another file) is an error; a move across devices
    /// copies and deletes (not for directories); a file open without FileShare.Delete stays.
    static func moveFile(_ state: MonoState, _ source: String?, _ destination: String?) -> Int32 {
        guard let source, let destination else { return Win32.invalidName }
        var sourceStatus = stat(), destinationStatus = stat()
        if stat(source, &sourceStatus) < 0 {
            guard errno == ENOENT, lstat(source, &sourceStatus) == 0 else { return pathError(errno, path: source) }
        }
        if stat(destination, &destinationStatus) == 0,
           destinationStatus.st_dev != sourceStatus.st_dev || destinationStatus.st_ino != sourceStatus.st_ino {
            return Win32.alreadyExists
        }
        let identity = FileIdentity(device: UInt64(sourceStatus.st_dev), inode: UInt64(sourceStatus.st_ino))
        if let entry = state.shares[identity], entry.shareMode == 0 || entry.shareMode & Win32.shareDelete == 0 {
            return Win32.sharingViolation
        }
        guard rename(source, destination) != 0 else { return Win32.success }
        let code = errno
        switch code {
        case EEXIST: return Win32.alreadyExists
        case ENOENT: return pathError(code, path: destination)
        case EXDEV:
            if sourceStatus.st_mode & S_IFMT == S_IFDIR { return Win32.notSameDevice }
            let copied = copyFile(source, destination, overwrite: true)
            if copied != Win32.success { return copied }
            return unlink(source) == 0 ? Win32.success : pathError(errno, path: source)
        default: return Win32.error(code)
        }
    }

    /// ReplaceFile: `destination` becomes `backup` (when given), `source` becomes `destination`;
    /// when that fails the backup is moved back (or its contents restored).
    static func replaceFile(_ source: String?, _ destination: String?, _ backup: String?) -> Int32 {
        guard let destination else { return Win32.invalidName }
        guard let source else { return Win32.invalidName }
        var backupDescriptor: Int32 = -1
        defer { if backupDescriptor != -1 { close(backupDescriptor) } }
        if let backup {
            backupDescriptor = Glibc.open(backup, O_RDONLY)
            if rename(destination, backup) == -1 { return pathError(errno, path: destination) }
        }
        guard rename(source, destination) == -1 else { return Win32.success }
        let code = pathError(errno, path: source)
        if let backup {
            rename(backup, destination)
            var status = stat()
            if backupDescriptor != -1 && fstat(backupDescriptor, &status) == 0 {
                let restored = Glibc.open(backup, O_WRONLY | O_CREAT | O_TRUNC, status.st_mode)
                if restored != -1 {
                    _ = copyContents(from: backupDescriptor, to: restored, blockSize: Int(status.st_blksize))
                    close(restored)
                }
            }
        }
        return code
    }

    // MARK: Drives

    /// Linux file system magic numbers with mono's drive type (DriveType: 3 fixed, 4 network,
    /// 5 CD-ROM, 6 RAM) and name (_wapi_drive_types).
    static let fileSystems: [(magic: UInt, type: UInt32, name: String)] = [
        (0xadf5, 3, "adfs"), (0xadff, 3, "affs"), (0x5346414F, 4, "afs"), (0x0187, 6, "autofs"), (0x6d4a556d, 6, "autofs4"),
        (0x73757245, 4, "coda"), (0x28cd3d45, 6, "cramfs"), (0x453dcd28, 6, "cramfs"), (0xFF534D42, 4, "cifs"),
        (0x64626720, 6, "debugfs"), (0x62656572, 6, "sysfs"), (0x73636673, 6, "securityfs"), (0xf97cff8c, 6, "selinuxfs"),
        (0x858458f6, 6, "ramfs"), (0x73717368, 3, "squashfs"), (0x414A53, 3, "efs"), (0xEF51, 3, "ext"), (0xEF53, 3, "ext"),
        (0xabba1974, 4, "xenfs"), (0x9123683E, 3, "btrfs"), (0x4244, 3, "hfs"), (0x482b, 3, "hfsplus"), (0xf995e849, 3, "hpfs"),
        (0x958458f6, 6, "hugetlbfs"), (0x9660, 5, "iso"), (0x72b6, 3, "jffs2"), (0x09041934, 6, "anon_inode"), (0x3153464a, 3, "jfs"),
        (0x137F, 3, "minix"), (0x138F, 3, "minix v2"), (0x2468, 3, "minix2"), (0x2478, 3, "minix2 v2"), (0x4d5a, 3, "minix3"),
        (0x4d44, 3, "msdos"), (0x564c, 4, "ncp"), (0x6969, 4, "nfs"), (0x5346544e, 3, "ntfs"), (0x9fa1, 6, "openpromfs"),
        (0x9fa0, 6, "proc"), (0x002f, 3, "qnx4"), (0x52654973, 3, "reiserfs"), (0x7275, 6, "romfs"), (0x517B, 4, "samba"),
        (0x27e0eb, 6, "cgroupfs"), (0x0BAD1DEA, 6, "futexfs"), (0x012FF7B6, 3, "sysv2"), (0x012FF7B5, 3, "sysv4"),
        (0x01021994, 6, "tmpfs"), (0x1cd1, 6, "devpts"), (0x15013346, 5, "udf"), (0x00011954, 3, "ufs"), (0x54190100, 3, "ufs"),
        (0x19540119, 3, "ufs2"), (0x9fa2, 6, "usbdev"), (0x012FF7B4, 3, "xenix"), (0x58465342, 3, "xfs"), (0x65735546, 6, "fuse"),
        (0x01021997, 3, "9p"), (0x00c36400, 4, "ceph"), (0x62656570, 6, "configfs"), (0xf15f, 6, "eCryptfs"), (0x5df5, 3, "exofs"),
        (0xa501FCF5, 3, "vxfs"), (0xc0ffee, 3, "vxfs_olt"), (0x01161970, 4, "gfs2"), (0xc97e8168, 3, "logfs"), (0x7461636f, 3, "ocfs2"),
        (0xC2993D87, 3, "omfs"), (0x24051905, 3, "ubifs"),
    ]

    static func fileSystem(of path: String) -> (type: UInt32, name: String)? {
        // statfs(2) is not in the Glibc module; its f_type is the first word of struct statfs.
        typealias StatFS = @convention(c) (UnsafePointer<CChar>, UnsafeMutableRawPointer) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "statfs") else { return nil }
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: 512, alignment: 16)
        defer { buffer.deallocate() }
        guard unsafeBitCast(symbol, to: StatFS.self)(path, buffer) == 0 else { return nil }
        let magic = UInt(UInt32(truncatingIfNeeded: buffer.load(as: Int.self)))
        return fileSystems.first { $0.magic == magic }.map { ($0.type, $0.name) }
    }

    /// A DriveInfo path argument (char*, length); the current directory for null.
    static func drivePath(_ frame: UnsafeMutableRawPointer, _ index: Int) -> String {
        if let path = utf16(argument(frame, index, as: UnsafePointer<UInt16>?.self), count: Int(argument(frame, index + 1, as: Int32.self))) {
            return path
        }
        return currentDirectory() ?? "."
    }

    /// Read or Write: the handle's access checked, then one read (retried on EINTR) or writes
    /// until everything is written.
    static func transfer(_ context: UnsafeMutableRawPointer, _ frame: UnsafeMutableRawPointer, isRead: Bool) -> UInt32 {
        let context = NativeContext(context)
        let state = MonoCorlib.state(context.runtime)
        let handle = Int32(truncatingIfNeeded: argument(frame, 0, as: Int64.self))
        guard let array = argument(frame, 1, as: UnsafeMutableRawPointer?.self) else {
            return context.throwException("System.ArgumentNullException", message: "Value cannot be null.\nParameter name: \(isRead ? "dest" : "src")")
        }
        let offset = Int(argument(frame, 2, as: Int32.self)), count = Int(argument(frame, 3, as: Int32.self))
        let error = argument(frame, 4, as: UnsafeMutablePointer<Int32>.self)
        let length = array.load(fromByteOffset: ObjectLayout.arrayLengthOffset, as: Int.self)
        guard offset >= 0, count >= 0, offset <= length - count else {
            return context.throwException("System.ArgumentException", message: "array too small. numBytes/offset wrong.\nParameter name: array")
        }
        error.pointee = Win32.success
        guard let file = state.files[handle] else {
            error.pointee = Win32.invalidHandle
            result(frame, Int64(-1))
            return NativeContext.success
        }
        guard file.access & (isRead ? Win32.genericRead : Win32.genericWrite) != 0 else {
            error.pointee = Win32.accessDenied
            result(frame, Int64(-1))
            return NativeContext.success
        }
        let buffer = array + ObjectLayout.arrayDataOffset + offset
        var done = 0
        if isRead {
            var n: Int
            repeat { n = read(handle, buffer, count) } while n < 0 && errno == EINTR
            if n < 0 {
                error.pointee = Win32.error(errno)
                result(frame, Int64(-1))
                return NativeContext.success
            }
            done = n
        } else {
            while done < count {
                let n = write(handle, buffer + done, count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    error.pointee = Win32.error(errno)
                    result(frame, Int64(-1))
                    return NativeContext.success
                }
                done += n
            }
        }
        result(frame, Int64(done))
        return NativeContext.success
    }

    static func lockRegion(_ context: UnsafeMutableRawPointer, _ frame: UnsafeMutableRawPointer, lock: Bool) -> UInt32 {
        let state = MonoCorlib.state(NativeContext(context).runtime)
        let handle = Int32(truncatingIfNeeded: argument(frame, 0, as: Int64.self))
        let position = argument(frame, 1, as: Int64.self), length = argument(frame, 2, as: Int64.self)
        let error = argument(frame, 3, as: UnsafeMutablePointer<Int32>.self)
        guard let file = state.files[handle], file.kind == .file else {
            error.pointee = Win32.invalidHandle
            return NativeContext.success
        }
        guard file.access & (Win32.genericRead | Win32.genericWrite) != 0 else {
            error.pointee = Win32.accessDenied
            return NativeContext.success
        }
        if lock && (position < 0 || length < 0) {
            error.pointee = Win32.invalidParameter
            return NativeContext.success
        }
        var region = flock()
        region.l_type = Int16(lock ? F_WRLCK : F_UNLCK)
        region.l_whence = Int16(SEEK_SET)
        region.l_start = off_t(position)
        region.l_len = off_t(length)
        var outcome: Int32
        repeat { outcome = fcntl(handle, F_SETLK, &region) } while outcome == -1 && errno == EINTR
        error.pointee = outcome == -1 && errno != ENOLCK && errno != EOPNOTSUPP && errno != ENOTSUP ? Win32.lockViolation : Win32.success
        return NativeContext.success
    }

    /// CreateDirectory, RemoveDirectory, DeleteFile(char* path, out MonoIOError error).
    static func pathOperation(_ context: UnsafeMutableRawPointer, _ frame: UnsafeMutableRawPointer, _ operation: (String) -> Int32) -> UInt32 {
        let error = argument(frame, 1, as: UnsafeMutablePointer<Int32>.self)
        guard let path = pathArgument(frame, 0) else {
            error.pointee = Win32.invalidName
            result(frame, Int64(0))
            return NativeContext.success
        }
        let outcome = operation(path)
        error.pointee = outcome == 0 ? Win32.success : pathError(errno, path: path)
        result(frame, Int64(outcome == 0 ? 1 : 0))
        return NativeContext.success
    }

    // MARK: Registration

    static func registerMonoIO(_ table: NativeMethodTable) {
        let monoIO = "System.IO.MonoIO::"
        table.register(monoIO + "get_ConsoleInput") { context, frame in
            result(frame, MonoCorlib.standardHandle(MonoCorlib.state(NativeContext(context).runtime), 0))
            return NativeContext.success
        }
        table.register(monoIO + "get_ConsoleOutput") { context, frame in
            result(frame, MonoCorlib.standardHandle(MonoCorlib.state(NativeContext(context).runtime), 1))
            return NativeContext.success
        }
        table.register(monoIO + "get_ConsoleError") { context, frame in
            result(frame, MonoCorlib.standardHandle(MonoCorlib.state(NativeContext(context).runtime), 2))
            return NativeContext.success
        }
        // MonoFileType GetFileType(IntPtr handle, out MonoIOError error): Disk 1, Char 2 (the
        // console and character devices), Pipe 3; Unknown 0 with ERROR_INVALID_HANDLE.
        table.register(monoIO + "GetFileType") { context, frame in
            let state = MonoCorlib.state(NativeContext(context).runtime)
            let error = argument(frame, 1, as: UnsafeMutablePointer<Int32>.self)
            guard let file = state.files[Int32(truncatingIfNeeded: argument(frame, 0, as: Int64.self))] else {
                error.pointee = Win32.invalidHandle
                result(frame, Int64(0))
                return NativeContext.success
            }
            error.pointee = Win32.success
            result(frame, Int64(file.kind == .file ? 1 : file.kind == .console ? 2 : 3))
            return NativeContext.success
        }
        // int Read/Write(IntPtr handle, byte[] buffer, int offset, int count, out MonoIOError error)
        table.register(monoIO + "Read") { MonoCorlib.transfer($0, $1, isRead: true) }
        table.register(monoIO + "Write") { MonoCorlib.transfer($0, $1, isRead: false) }
        // long Seek(IntPtr handle, long offset, SeekOrigin origin, out MonoIOError error)
        table.register(monoIO + "Seek") { context, frame in
            let state = MonoCorlib.state(NativeContext(context).runtime)
            let (position, code) = MonoCorlib.seek(state, Int32(truncatingIfNeeded: argument(frame, 0, as: Int64.self)),
                                                   argument(frame, 1, as: Int64.self), argument(frame, 2, as: Int32.self))
            argument(frame, 3, as: UnsafeMutablePointer<Int32>.self).pointee = code
            result(frame, position)
            return NativeContext.success
        }
        // bool Close(IntPtr handle, out MonoIOError error)
        table.register(monoIO + "Close") { context, frame in
            let state = MonoCorlib.state(NativeContext(context).runtime)
            let closed = MonoCorlib.closeHandle(state, Int32(truncatingIfNeeded: argument(frame, 0, as: Int64.self)))
            argument(frame, 1, as: UnsafeMutablePointer<Int32>.self).pointee = closed ? Win32.success : Win32.invalidHandle
            result(frame, Int64(closed ? 1 : 0))
            return NativeContext.success
        }
        // bool Flush(IntPtr handle, out MonoIOError error): fsync of a file opened for writing.
        table.register(monoIO + "Flush") { context, frame in
            let state = MonoCorlib.state(NativeContext(context).runtime)
            let handle = Int32(truncatingIfNeeded: argument(frame, 0, as: Int64.self))
            let error = argument(frame, 1, as: UnsafeMutablePointer<Int32>.self)
            var code = Win32.success
            if let file = state.files[handle], file.kind == .file {
                if file.access & Win32.genericWrite == 0 { code = Win32.accessDenied } else if fsync(handle) == -1 { code = Win32.error(errno) }
            } else {
                code = Win32.invalidHandle
            }
            error.pointee = code
            result(frame, Int64(code == Win32.success ? 1 : 0))
            return NativeContext.success
        }
        // long GetLength(IntPtr handle, out MonoIOError error): a file's size (a block device's
        // size through BLKGETSIZE64); INVALID_FILE_SIZE (0xFFFFFFFF) on failure, as mono.
        table.register(monoIO + "GetLength") { context, frame in
            let state = MonoCorlib.state(NativeContext(context).runtime)
            let handle = Int32(truncatingIfNeeded: argument(frame, 0, as: Int64.self))
            let error = argument(frame, 1, as: UnsafeMutablePointer<Int32>.self)
            func fail(_ code: Int32) -> UInt32 {
                error.pointee = code
                result(frame, Int64(0xFFFF_FFFF))
                return NativeContext.success
            }
            guard let file = state.files[handle], file.kind == .file else { return fail(Win32.invalidHandle) }
            guard file.access & (Win32.genericRead | Win32.genericWrite) != 0 else { return fail(Win32.accessDenied) }
            var status = stat()
            guard fstat(handle, &status) == 0 else { return fail(Win32.error(errno)) }
            var size = Int64(status.st_size)
            if status.st_mode & S_IFMT == S_IFBLK {
                var bytes: UInt64 = 0
                guard ioctl(handle, 0x8008_1272, &bytes) >= 0 else { return fail(Win32.error(errno)) }
                size = Int64(bitPattern: bytes)
            }
            error.pointee = Win32.success
            result(frame, size)
            return NativeContext.success
        }
        // bool SetLength(IntPtr handle, long length, out MonoIOError error): truncates or
        // extends at `length`, the position kept (but left at `length` when truncation fails).
        table.register(monoIO + "SetLength") { context, frame in
            let state = MonoCorlib.state(NativeContext(context).runtime)
            let handle = Int32(truncatingIfNeeded: argument(frame, 0, as: Int64.self))
            let length = argument(frame, 1, as: Int64.self)
            let error = argument(frame, 2, as: UnsafeMutablePointer<Int32>.self)
            func fail(_ code: Int32) -> UInt32 {
                error.pointee = code
                result(frame, Int64(0))
                return NativeContext.success
            }
            let (saved, code) = MonoCorlib.seek(state, handle, 0, 1)
            guard code == Win32.success else { return fail(code) }
            let (_, moved) = MonoCorlib.seek(state, handle, length, 0)
            guard moved == Win32.success else { return fail(moved) }
            guard let file = state.files[handle], file.access & Win32.genericWrite != 0 else { return fail(Win32.accessDenied) }
            var outcome: Int32
            repeat { outcome = ftruncate(handle, off_t(length)) } while outcome == -1 && errno == EINTR
            guard outcome == 0 else { return fail(Win32.error(errno)) }
            let (_, restored) = MonoCorlib.seek(state, handle, saved, 0)
            guard restored == Win32.success else { return fail(restored) }
            error.pointee = Win32.success
            result(frame, Int64(1))
            return NativeContext.success
        }
        // bool SetFileTime(IntPtr handle, long creation, long lastAccess, long lastWrite, out
        // MonoIOError error): file times (negative: unchanged; the creation time cannot be set).
        table.register(monoIO + "SetFileTime") { context, frame in
            let state = MonoCorlib.state(NativeContext(context).runtime)
            let handle = Int32(truncatingIfNeeded: argument(frame, 0, as: Int64.self))
            let accessTime = argument(frame, 2, as: Int64.self), writeTime = argument(frame, 3, as: Int64.self)
            let error = argument(frame, 4, as: UnsafeMutablePointer<Int32>.self)
            func finish(_ code: Int32) -> UInt32 {
                error.pointee = code
                result(frame, Int64(code == Win32.success ? 1 : 0))
                return NativeContext.success
            }
            guard let file = state.files[handle], file.kind == .file else { return finish(Win32.invalidHandle) }
            guard file.access & Win32.genericWrite != 0 else { return finish(Win32.accessDenied) }
            guard let path = file.path else { return finish(Win32.invalidHandle) }
            var status = stat()
            guard fstat(handle, &status) == 0 else { return finish(Win32.invalidParameter) }
            // A time before 1970 becomes 1970, as mono converts it.
            func time(_ fileTime: Int64, _ current: timespec) -> timeval {
                guard fileTime >= 0 else { return timeval(tv_sec: current.tv_sec, tv_usec: current.tv_nsec / 1000) }
                let ticks = max(0, fileTime - MonoCorlib.fileTimeOfUnixEpoch)
                return timeval(tv_sec: Int(ticks / 10_000_000), tv_usec: Int(ticks % 10_000_000 / 10))
            }
            var times = [time(accessTime, status.st_atim), time(writeTime, status.st_mtim)]
            return finish(utimes(path, &times) == 0 ? Win32.success : Win32.invalidParameter)
        }
        // void Lock/Unlock(IntPtr handle, long position, long length, out MonoIOError error): a
        // POSIX write lock on the range (no locking available counts as locked).
        table.register(monoIO + "Lock") { MonoCorlib.lockRegion($0, $1, lock: true) }
        table.register(monoIO + "Unlock") { MonoCorlib.lockRegion($0, $1, lock: false) }
        // IntPtr Open(char* path, FileMode, FileAccess, FileShare, FileOptions, out MonoIOError)
        table.register(monoIO + "Open") { context, frame in
            let state = MonoCorlib.state(NativeContext(context).runtime)
            let (handle, code) = MonoCorlib.open(state, MonoCorlib.pathArgument(frame, 0), mode: argument(frame, 1, as: Int32.self),
                                                 access: argument(frame, 2, as: Int32.self), share: argument(frame, 3, as: Int32.self),
                                                 options: argument(frame, 4, as: Int32.self))
            argument(frame, 5, as: UnsafeMutablePointer<Int32>.self).pointee = code
            result(frame, handle)
            return NativeContext.success
        }
        // bool Cancel_internal(IntPtr handle, out MonoIOError error): cancelling pending I/O is not
        // supported on Unix (false, ERROR_NOT_SUPPORTED, as mono answers).
        table.register(monoIO + "Cancel_internal") { _, frame in
            argument(frame, 1, as: UnsafeMutablePointer<Int32>.self).pointee = Win32.notSupported
            result(frame, Int64(0))
            return NativeContext.success
        }
        // bool CreatePipe(out IntPtr read, out IntPtr write, out MonoIOError error)
        table.register(monoIO + "CreatePipe") { context, frame in
            let state = MonoCorlib.state(NativeContext(context).runtime)
            var descriptors: [Int32] = [0, 0]
            let error = argument(frame, 2, as: UnsafeMutablePointer<Int32>.self)
            guard pipe(&descriptors) == 0 else {
                error.pointee = Win32.error(errno)
                result(frame, Int64(0))
                return NativeContext.success
            }
            state.files[descriptors[0]] = OpenFile(kind: .pipe, access: Win32.genericRead)
            state.files[descriptors[1]] = OpenFile(kind: .pipe, access: Win32.genericWrite)
            argument(frame, 0, as: UnsafeMutablePointer<Int64>.self).pointee = Int64(descriptors[0])
            argument(frame, 1, as: UnsafeMutablePointer<Int64>.self).pointee = Int64(descriptors[1])
            error.pointee = Win32.success
            result(frame, Int64(1))
            return NativeContext.success
        }
        // bool DuplicateHandle(IntPtr sourceProcess, IntPtr source, IntPtr targetProcess, out
        // IntPtr target, int access, int inherit, int options, out MonoIOError error): mono
        // duplicates only its waitable handles (processes, events, mutexes); Ilex has none, and a
        // file descriptor is not one: ERROR_INVALID_HANDLE, as mono answers for it.
        table.register(monoIO + "DuplicateHandle") { _, frame in
            argument(frame, 7, as: UnsafeMutablePointer<Int32>.self).pointee = Win32.invalidHandle
            result(frame, Int64(0))
            return NativeContext.success
        }
        // void DumpHandles(): mono prints its waitable handles, of which Ilex has none.
        table.register(monoIO + "DumpHandles") { _, _ in NativeContext.success }

        // Paths and directories.
        table.register(monoIO + "get_DirectorySeparatorChar") { _, frame in result(frame, Int64(47)); return NativeContext.success }
        table.register(monoIO + "get_AltDirectorySeparatorChar") { _, frame in result(frame, Int64(47)); return NativeContext.success }
        table.register(monoIO + "get_VolumeSeparatorChar") { _, frame in result(frame, Int64(47)); return NativeContext.success }
        table.register(monoIO + "get_PathSeparator") { _, frame in result(frame, Int64(58)); return NativeContext.success }
        // string Path.get_temp_path(): TMPDIR, TMP, TEMP or /tmp, read once (g_get_tmp_dir).
        table.register("System.IO.Path::get_temp_path") { context, frame in
            let context = NativeContext(context)
            let state = MonoCorlib.state(context.runtime)
            if state.temporaryDirectory == nil {
                let names: [String] = ["TMPDIR", "TMP", "TEMP"]
                state.temporaryDirectory = names.compactMap { getenv($0).map { String(cString: $0) } }.first ?? "/tmp"
            }
            return MonoCorlib.returnString(context, frame, state.temporaryDirectory!)
        }
        // string GetCurrentDirectory(out MonoIOError error)
        table.register(monoIO + "GetCurrentDirectory") { context, frame in
            let context = NativeContext(context)
            let error = argument(frame, 0, as: UnsafeMutablePointer<Int32>.self)
            guard let directory = MonoCorlib.currentDirectory() else {
                error.pointee = Win32.error(errno)
                result(frame, UInt(0))
                return NativeContext.success
            }
            error.pointee = Win32.success
            return MonoCorlib.returnString(context, frame, directory)
        }
        // bool SetCurrentDirectory(char* path, out MonoIOError error)
        table.register(monoIO + "SetCurrentDirectory") { _, frame in
            let error = argument(frame, 1, as: UnsafeMutablePointer<Int32>.self)
            guard let path = MonoCorlib.pathArgument(frame, 0) else {
                error.pointee = Win32.invalidParameter
                result(frame, Int64(0))
                return NativeContext.success
            }
            let changed = chdir(path) == 0
            error.pointee = changed ? Win32.success : Win32.error(errno)
            result(frame, Int64(changed ? 1 : 0))
            return NativeContext.success
        }
        // bool CreateDirectory / RemoveDirectory / DeleteFile(char* path, out MonoIOError error)
        table.register(monoIO + "CreateDirectory") { MonoCorlib.pathOperation($0, $1) { mkdir($0, 0o777) } }
        table.register(monoIO + "RemoveDirectory") { MonoCorlib.pathOperation($0, $1) { rmdir($0) } }
        table.register(monoIO + "DeleteFile") { MonoCorlib.pathOperation($0, $1) { unlink($0) } }
        // bool MoveFile(char* path, char* dest, out MonoIOError error)
        table.register(monoIO + "MoveFile") { context, frame in
            let state = MonoCorlib.state(NativeContext(context).runtime)
            let code = MonoCorlib.moveFile(state, MonoCorlib.pathArgument(frame, 0), MonoCorlib.pathArgument(frame, 1))
            argument(frame, 2, as: UnsafeMutablePointer<Int32>.self).pointee = code
            result(frame, Int64(code == Win32.success ? 1 : 0))
            return NativeContext.success
        }
        // bool CopyFile(char* path, char* dest, bool overwrite, out MonoIOError error)
        table.register(monoIO + "CopyFile") { _, frame in
            let code = MonoCorlib.copyFile(MonoCorlib.pathArgument(frame, 0), MonoCorlib.pathArgument(frame, 1),
                                           overwrite: argument(frame, 2, as: UInt8.self) != 0)
            argument(frame, 3, as: UnsafeMutablePointer<Int32>.self).pointee = code
            result(frame, Int64(code == Win32.success ? 1 : 0))
            return NativeContext.success
        }
        // bool ReplaceFile(char* source, char* destination, char* backup, bool ignoreMetadataErrors,
        // out MonoIOError error)
        table.register(monoIO + "ReplaceFile") { _, frame in
            let code = MonoCorlib.replaceFile(MonoCorlib.pathArgument(frame, 0), MonoCorlib.pathArgument(frame, 1), MonoCorlib.pathArgument(frame, 2))
            argument(frame, 4, as: UnsafeMutablePointer<Int32>.self).pointee = code
            result(frame, Int64(code == Win32.success ? 1 : 0))
            return NativeContext.success
        }
        // FileAttributes GetFileAttributes(char* path, out MonoIOError error): -1 on failure.
        table.register(monoIO + "GetFileAttributes") { _, frame in
            let error = argument(frame, 1, as: UnsafeMutablePointer<Int32>.self)
            guard let path = MonoCorlib.pathArgument(frame, 0) else {
                error.pointee = Win32.invalidName
                result(frame, Int64(0))
                return NativeContext.success
            }
            switch MonoCorlib.statusAndLink(path, danglingOn: [ENOENT, ELOOP]) {
            case .success(let (status, link)):
                error.pointee = Win32.success
                result(frame, Int64(Int32(bitPattern: MonoCorlib.fileAttributes(path, status, link))))
            case .failure(let failure):
                error.pointee = failure.code
                result(frame, Int64(-1))
            }
            return NativeContext.success
        }
        // bool SetFileAttributes(char* path, FileAttributes attributes, out MonoIOError error):
        // ReadOnly clears the write permissions, anything else gives the owner write permission;
        // 0x80000000 (Ilex and mono's own) adds execute where read is allowed.
        table.register(monoIO + "SetFileAttributes") { _, frame in
            let error = argument(frame, 2, as: UnsafeMutablePointer<Int32>.self)
            guard let path = MonoCorlib.pathArgument(frame, 0) else {
                error.pointee = Win32.invalidName
                result(frame, Int64(0))
                return NativeContext.success
            }
            let attributes = UInt32(bitPattern: argument(frame, 1, as: Int32.self))
            var status = stat()
            var outcome = stat(path, &status)
            if outcome == -1 && errno == ENOENT { outcome = lstat(path, &status) }
            guard outcome == 0 else {
                error.pointee = MonoCorlib.pathError(errno, path: path)
                result(frame, Int64(0))
                return NativeContext.success
            }
            if attributes & Win32.attributeReadOnly != 0 {
                chmod(path, status.st_mode & ~(S_IWUSR | S_IWOTH | S_IWGRP))
            } else {
                chmod(path, status.st_mode | S_IWUSR)
            }
            if attributes & 0x8000_0000 != 0 {
                var execute: mode_t = 0
                if status.st_mode & S_IRUSR != 0 { execute |= S_IXUSR }
                if status.st_mode & S_IRGRP != 0 { execute |= S_IXGRP }
                if status.st_mode & S_IROTH != 0 { execute |= S_IXOTH }
                chmod(path, status.st_mode | execute)
            }
            error.pointee = Win32.success
            result(frame, Int64(1))
            return NativeContext.success
        }
        // bool GetFileStat(char* path, out MonoIOStat stat, out MonoIOError error): attributes,
        // length (0 for a directory), creation (the earlier of change and modification), last
        // access and last write times; zeroed on failure.
        table.register(monoIO + "GetFileStat") { context, frame in
            let context = NativeContext(context)
            let out = argument(frame, 1, as: UnsafeMutableRawPointer.self)
            let error = argument(frame, 2, as: UnsafeMutablePointer<Int32>.self)
            guard let statType = try? context.runtime.system.corlibType("System.IO", "MonoIOStat"),
                  let size = try? statType.storageSize().size,
                  let attributesField = try? statType.field(named: "fileAttributes"), let lengthField = try? statType.field(named: "Length"),
                  let creationField = try? statType.field(named: "CreationTime"), let accessField = try? statType.field(named: "LastAccessTime"),
                  let writeField = try? statType.field(named: "LastWriteTime") else {
                return context.throwException("System.TypeLoadException", message: "System.IO.MonoIOStat")
            }
            out.initializeMemory(as: UInt8.self, repeating: 0, count: size)
            guard let path = MonoCorlib.pathArgument(frame, 0) else {
                error.pointee = Win32.invalidName
                result(frame, Int64(0))
                return NativeContext.success
            }
            switch MonoCorlib.statusAndLink(path) {
            case .success(let (status, link)):
                let attributes = MonoCorlib.fileAttributes(path, status, link)
                out.storeBytes(of: Int32(bitPattern: attributes), toByteOffset: attributesField.offset, as: Int32.self)
                out.storeBytes(of: attributes & Win32.attributeDirectory != 0 ? 0 : Int64(status.st_size), toByteOffset: lengthField.offset, as: Int64.self)
                let modified = status.st_mtim, changed = status.st_ctim
                let earlier = modified.tv_sec < changed.tv_sec || (modified.tv_sec == changed.tv_sec && modified.tv_nsec < changed.tv_nsec) ? modified : changed
                out.storeBytes(of: MonoCorlib.fileTime(earlier), toByteOffset: creationField.offset, as: Int64.self)
                out.storeBytes(of: MonoCorlib.fileTime(status.st_atim), toByteOffset: accessField.offset, as: Int64.self)
                out.storeBytes(of: MonoCorlib.fileTime(modified), toByteOffset: writeField.offset, as: Int64.self)
                error.pointee = Win32.success
                result(frame, Int64(1))
            case .failure(let failure):
                error.pointee = failure.code
                result(frame, Int64(0))
            }
            return NativeContext.success
        }
        // IntPtr FindFirstFile(char* pathWithPattern, out string fileName, out int fileAttr, out
        // int error): the first entry of the folder matching the last segment's pattern.
        table.register(monoIO + "FindFirstFile") { context, frame in
            let context = NativeContext(context)
            let state = MonoCorlib.state(context.runtime)
            let name = argument(frame, 1, as: UnsafeMutablePointer<UnsafeMutableRawPointer?>.self)
            let attributes = argument(frame, 2, as: UnsafeMutablePointer<Int32>.self)
            let error = argument(frame, 3, as: UnsafeMutablePointer<Int32>.self)
            func fail(_ code: Int32) -> UInt32 {
                context.storeReference(nil, at: UnsafeMutableRawPointer(name))
                attributes.pointee = 0
                error.pointee = code
                result(frame, Int64(-1))
                return NativeContext.success
            }
            guard let pattern = MonoCorlib.pathArgument(frame, 0) else { return fail(Win32.pathNotFound) }
            let directory = MonoCorlib.directoryName(pattern)
            guard let names = MonoCorlib.matchingNames(directory, MonoCorlib.baseName(pattern)) else {
                return fail(MonoCorlib.pathError(errno, path: nil, directory: directory))
            }
            if names.isEmpty { return fail(Win32.fileNotFound) }
            var search = DirectorySearch(directory: directory, names: names)
            guard let (first, firstAttributes) = MonoCorlib.nextEntry(&search) else { return fail(Win32.noMoreFiles) }
            guard let text = context.makeString(first) else { return context.throwException("System.OutOfMemoryException") }
            let handle = state.nextSearch
            state.nextSearch += 1
            state.searches[handle] = search
            context.storeReference(text, at: UnsafeMutableRawPointer(name))
            attributes.pointee = Int32(bitPattern: firstAttributes)
            error.pointee = Win32.success
            result(frame, Int64(handle))
            return NativeContext.success
        }
        // bool FindNextFile(IntPtr handle, out string fileName, out int fileAttr, out int error)
        table.register(monoIO + "FindNextFile") { context, frame in
            let context = NativeContext(context)
            let state = MonoCorlib.state(context.runtime)
            let handle = Int(argument(frame, 0, as: Int64.self))
            let name = argument(frame, 1, as: UnsafeMutablePointer<UnsafeMutableRawPointer?>.self)
            let attributes = argument(frame, 2, as: UnsafeMutablePointer<Int32>.self)
            let error = argument(frame, 3, as: UnsafeMutablePointer<Int32>.self)
            guard var search = state.searches[handle] else {
                context.storeReference(nil, at: UnsafeMutableRawPointer(name))
                attributes.pointee = 0
                error.pointee = Win32.invalidHandle
                result(frame, Int64(0))
                return NativeContext.success
            }
            let next = MonoCorlib.nextEntry(&search)
            state.searches[handle] = search
            guard let (entry, entryAttributes) = next else {
                context.storeReference(nil, at: UnsafeMutableRawPointer(name))
                attributes.pointee = 0
                error.pointee = Win32.noMoreFiles
                result(frame, Int64(0))
                return NativeContext.success
            }
            guard let text = context.makeString(entry) else { return context.throwException("System.OutOfMemoryException") }
            context.storeReference(text, at: UnsafeMutableRawPointer(name))
            attributes.pointee = Int32(bitPattern: entryAttributes)
            error.pointee = Win32.success
            result(frame, Int64(1))
            return NativeContext.success
        }
        // bool FindCloseFile(IntPtr handle)
        table.register(monoIO + "FindCloseFile") { context, frame in
            let state = MonoCorlib.state(NativeContext(context).runtime)
            result(frame, Int64(state.searches.removeValue(forKey: Int(argument(frame, 0, as: Int64.self))) != nil ? 1 : 0))
            return NativeContext.success
        }

        // DriveInfo: bool GetDiskFreeSpaceInternal(char* path, int length, out ulong freeForUser,
        // out ulong total, out ulong free, out MonoIOError error) from statvfs (0 free on a
        // read-only file system).
        table.register("System.IO.DriveInfo::GetDiskFreeSpaceInternal") { _, frame in
            let path = MonoCorlib.drivePath(frame, 0)
            let available = argument(frame, 2, as: UnsafeMutablePointer<UInt64>.self)
            let total = argument(frame, 3, as: UnsafeMutablePointer<UInt64>.self)
            let free = argument(frame, 4, as: UnsafeMutablePointer<UInt64>.self)
            let error = argument(frame, 5, as: UnsafeMutablePointer<Int32>.self)
            var status = statvfs()
            var outcome: Int32
            repeat { outcome = statvfs(path, &status) } while outcome == -1 && errno == EINTR
            guard outcome == 0 else {
                (available.pointee, total.pointee, free.pointee) = (0, 0, 0)
                error.pointee = MonoCorlib.pathError(errno, path: path)
                result(frame, Int64(0))
                return NativeContext.success
            }
            let block = UInt64(status.f_frsize)
            let readOnly = status.f_flag & UInt(ST_RDONLY) != 0
            available.pointee = readOnly ? 0 : UInt64(status.f_bavail) * block
            total.pointee = UInt64(status.f_blocks) * block
            free.pointee = readOnly ? 0 : UInt64(status.f_bfree) * block
            error.pointee = Win32.success
            result(frame, Int64(1))
            return NativeContext.success
        }
        // uint GetDriveTypeInternal(char* rootPathName, int length): DriveType from the file
        // system's magic number (0 unknown).
        table.register("System.IO.DriveInfo::GetDriveTypeInternal") { _, frame in
            var path = MonoCorlib.drivePath(frame, 0)
            if path.count > 1 && path.hasSuffix("/") { path.removeLast() }
            result(frame, Int64(MonoCorlib.fileSystem(of: path)?.type ?? 0))
            return NativeContext.success
        }
        // string GetDriveFormatInternal(char* rootPathName, int length): the file system's name,
        // or null when mono does not know it.
        table.register("System.IO.DriveInfo::GetDriveFormatInternal") { context, frame in
            let context = NativeContext(context)
            guard let name = MonoCorlib.fileSystem(of: MonoCorlib.drivePath(frame, 0))?.name else {
                result(frame, UInt(0))
                return NativeContext.success
            }
            return MonoCorlib.returnString(context, frame, name)
        }
    }
}

/// A MonoIOError as a Swift error value (for Result).
struct IOFailure: Error {
    let code: Int32
    init(_ code: Int32) { self.code = code }
}
