// System.IO.MonoIO and System.ConsoleDriver internal calls: file descriptors as handles, as mono's
// io-layer does on Unix. Errors come back as MonoIOError values (errno mapped to Win32 codes).
import IlexVM

#if canImport(Glibc)
import Glibc
#endif

extension MonoCorlib {
    static func registerMonoIO(_ table: NativeMethodTable) {
        table.register("System.IO.MonoIO::get_ConsoleInput") { _, frame in result(frame, Int64(0)); return NativeContext.success }
        table.register("System.IO.MonoIO::get_ConsoleOutput") { _, frame in result(frame, Int64(1)); return NativeContext.success }
        table.register("System.IO.MonoIO::get_ConsoleError") { _, frame in result(frame, Int64(2)); return NativeContext.success }
        // MonoFileType GetFileType(IntPtr handle, out MonoIOError error): Disk 1, Char 2, Pipe 3, Unknown 0.
        table.register("System.IO.MonoIO::GetFileType") { _, frame in
            let handle = Int32(truncatingIfNeeded: argument(frame, 0, as: Int64.self))
            let error = argument(frame, 1, as: UnsafeMutablePointer<Int32>.self)
            var status = stat()
            guard fstat(handle, &status) == 0 else {
                error.pointee = MonoCorlib.win32Error(errno)
                result(frame, Int64(0))
                return NativeContext.success
            }
            error.pointee = 0
            let kind = status.st_mode & S_IFMT
            let type: Int64 = kind == S_IFREG || kind == S_IFDIR ? 1 : kind == S_IFCHR ? 2 : kind == S_IFIFO || kind == S_IFSOCK ? 3 : 0
            result(frame, type)
            return NativeContext.success
        }
        // int Write(IntPtr handle, byte[] source, int offset, int count, out MonoIOError error)
        table.register("System.IO.MonoIO::Write") { context, frame in
            let context = NativeContext(context)
            let handle = Int32(truncatingIfNeeded: argument(frame, 0, as: Int64.self))
            guard let array = argument(frame, 1, as: UnsafeRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            let offset = Int(argument(frame, 2, as: Int32.self)), count = Int(argument(frame, 3, as: Int32.self))
            let error = argument(frame, 4, as: UnsafeMutablePointer<Int32>.self)
            let length = array.load(fromByteOffset: ObjectLayout.arrayLengthOffset, as: Int.self)
            guard offset >= 0, count >= 0, offset + count <= length else { return context.throwException("System.ArgumentOutOfRangeException") }
            var written = 0
            while written < count {
                let n = write(handle, array + ObjectLayout.arrayDataOffset + offset + written, count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    error.pointee = MonoCorlib.win32Error(errno)
                    result(frame, Int64(-1))
                    return NativeContext.success
                }
                written += n
            }
            error.pointee = 0
            result(frame, Int64(written))
            return NativeContext.success
        }
        // int Read(IntPtr handle, byte[] dest, int offset, int count, out MonoIOError error)
        table.register("System.IO.MonoIO::Read") { context, frame in
            let context = NativeContext(context)
            let handle = Int32(truncatingIfNeeded: argument(frame, 0, as: Int64.self))
            guard let array = argument(frame, 1, as: UnsafeMutableRawPointer?.self) else { return context.throwException("System.ArgumentNullException") }
            let offset = Int(argument(frame, 2, as: Int32.self)), count = Int(argument(frame, 3, as: Int32.self))
            let error = argument(frame, 4, as: UnsafeMutablePointer<Int32>.self)
            let length = array.load(fromByteOffset: ObjectLayout.arrayLengthOffset, as: Int.self)
            guard offset >= 0, count >= 0, offset + count <= length else { return context.throwException("System.ArgumentOutOfRangeException") }
            var n: Int
            repeat { n = read(handle, array + ObjectLayout.arrayDataOffset + offset, count) } while n < 0 && errno == EINTR
            error.pointee = n < 0 ? MonoCorlib.win32Error(errno) : 0
            result(frame, Int64(n < 0 ? -1 : n))
            return NativeContext.success
        }
        // long Seek(IntPtr handle, long offset, SeekOrigin origin, out MonoIOError error)
        table.register("System.IO.MonoIO::Seek") { _, frame in
            let handle = Int32(truncatingIfNeeded: argument(frame, 0, as: Int64.self))
            let offset = argument(frame, 1, as: Int64.self)
            let whence: Int32 = switch argument(frame, 2, as: Int32.self) { case 1: SEEK_CUR; case 2: SEEK_END; default: SEEK_SET }
            let error = argument(frame, 3, as: UnsafeMutablePointer<Int32>.self)
            let position = lseek(handle, off_t(offset), whence)
            error.pointee = position < 0 ? MonoCorlib.win32Error(errno) : 0
            result(frame, Int64(position))
            return NativeContext.success
        }
        // bool Close(IntPtr handle, out MonoIOError error)
        table.register("System.IO.MonoIO::Close") { _, frame in
            let handle = Int32(truncatingIfNeeded: argument(frame, 0, as: Int64.self))
            let error = argument(frame, 1, as: UnsafeMutablePointer<Int32>.self)
            let ok = close(handle) == 0
            error.pointee = ok ? 0 : MonoCorlib.win32Error(errno)
            result(frame, Int64(ok ? 1 : 0))
            return NativeContext.success
        }
        // bool Flush(IntPtr handle, out MonoIOError error): descriptors are unbuffered; nothing to do.
        table.register("System.IO.MonoIO::Flush") { _, frame in
            argument(frame, 1, as: UnsafeMutablePointer<Int32>.self).pointee = 0
            result(frame, Int64(1))
            return NativeContext.success
        }
        // long GetLength(IntPtr handle, out MonoIOError error)
        table.register("System.IO.MonoIO::GetLength") { _, frame in
            let handle = Int32(truncatingIfNeeded: argument(frame, 0, as: Int64.self))
            let error = argument(frame, 1, as: UnsafeMutablePointer<Int32>.self)
            var status = stat()
            if fstat(handle, &status) == 0 {
                error.pointee = 0
                result(frame, Int64(status.st_size))
            } else {
                error.pointee = MonoCorlib.win32Error(errno)
                result(frame, Int64(-1))
            }
            return NativeContext.success
        }
        table.register("System.IO.MonoIO::get_DirectorySeparatorChar") { _, frame in result(frame, Int64(47)); return NativeContext.success }
        table.register("System.IO.MonoIO::get_AltDirectorySeparatorChar") { _, frame in result(frame, Int64(47)); return NativeContext.success }
        table.register("System.IO.MonoIO::get_VolumeSeparatorChar") { _, frame in result(frame, Int64(47)); return NativeContext.success }
        table.register("System.IO.MonoIO::get_PathSeparator") { _, frame in result(frame, Int64(58)); return NativeContext.success }
        table.register("System.ConsoleDriver::Isatty") { _, frame in
            result(frame, Int64(isatty(Int32(truncatingIfNeeded: argument(frame, 0, as: Int64.self))) == 1 ? 1 : 0))
            return NativeContext.success
        }
    }

    /// errno as the Win32 error code mono's MonoIOError uses.
    static func win32Error(_ code: Int32) -> Int32 {
        switch code {
        case ENOENT: 2        // ERROR_FILE_NOT_FOUND
        case EACCES, EPERM: 5 // ERROR_ACCESS_DENIED
        case EBADF: 6         // ERROR_INVALID_HANDLE
        case ENOSPC: 112      // ERROR_DISK_FULL
        case EEXIST: 80       // ERROR_FILE_EXISTS
        case EPIPE: 109       // ERROR_BROKEN_PIPE
        default: 1            // ERROR_INVALID_FUNCTION (generic)
        }
    }
}
