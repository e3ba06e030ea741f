// System.ConsoleDriver internal calls: what Mono's TermInfoDriver needs when stdin and stdout are a
// terminal (mono/metadata/console-unix.c): isatty, non-canonical input set up and torn down at
// exit, echo and break flags, key availability, the window size kept current on SIGWINCH.
import IlexVM

#if canImport(Glibc)
import Glibc
#endif

/// The terminal, a process-wide resource: its state before TtySetup (restored at exit), the state
/// Mono sets (restored after SIGCONT), the strings TermInfoDriver gave, and the window size as
/// (columns << 16) | rows, which managed code reads through the pointer TtySetup returns.
enum Terminal {
    nonisolated(unsafe) static var initial = termios()
    nonisolated(unsafe) static var current = termios()
    nonisolated(unsafe) static var setUp = false
    nonisolated(unsafe) static var atExitRegistered = false
    nonisolated(unsafe) static var keypadTransmit: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) static var teardown: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) static let size: UnsafeMutablePointer<Int32> = {
        let size = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
        size.initialize(to: -1)
        return size
    }()

    /// (columns << 16) | rows of the terminal on stdin, or -1.
    static func dimensions() -> Int32 {
        var window = winsize()
        let saved = errno
        defer { errno = saved }
        guard ioctl(STDIN_FILENO, UInt(TIOCGWINSZ), &window) == 0 else { return -1 }
        return Int32(window.ws_col) << 16 | Int32(window.ws_row)
    }

    /// Turns a local-mode flag on or off (set_property); false when the terminal refuses.
    static func setLocalFlag(_ flag: tcflag_t, _ on: Bool) -> Bool {
        var attributes = termios()
        guard tcgetattr(STDIN_FILENO, &attributes) != -1 else { return false }
        let isOn = attributes.c_lflag & flag != 0
        guard isOn != on else { return true }
        if on { attributes.c_lflag |= flag } else { attributes.c_lflag &= ~flag }
        guard tcsetattr(STDIN_FILENO, TCSANOW, &attributes) != -1 else { return false }
        current = attributes
        return true
    }

    /// Mono's tty_teardown: the teardown string, pending input dropped, the first state back.
    static func restore() {
        guard setUp else { return }
        if let teardown {
            _ = write(STDOUT_FILENO, teardown, strlen(teardown))
            free(teardown)
            Terminal.teardown = nil
        }
        tcflush(STDIN_FILENO, TCIFLUSH)
        tcsetattr(STDIN_FILENO, TCSANOW, &initial)
        _ = setLocalFlag(tcflag_t(ECHO), true)
        setUp = false
    }
}

extension MonoCorlib {
    static func registerConsole(_ table: NativeMethodTable) {
        table.register("System.ConsoleDriver::Isatty") { _, frame in
            result(frame, Int64(isatty(Int32(truncatingIfNeeded: argument(frame, 0, as: Int64.self))) == 1 ? 1 : 0))
            return NativeContext.success
        }
        // bool SetEcho(bool wantEcho) / SetBreak(bool wantBreak): ECHO, and IGNBRK inverted.
        table.register("System.ConsoleDriver::SetEcho") { _, frame in
            result(frame, Int64(Terminal.setLocalFlag(tcflag_t(ECHO), argument(frame, 0, as: UInt8.self) != 0) ? 1 : 0))
            return NativeContext.success
        }
        table.register("System.ConsoleDriver::SetBreak") { _, frame in
            result(frame, Int64(Terminal.setLocalFlag(tcflag_t(IGNBRK), argument(frame, 0, as: UInt8.self) == 0) ? 1 : 0))
            return NativeContext.success
        }
        // int InternalKeyAvailable(int msTimeout): bytes waiting on stdin once it is readable
        // within the timeout (forever when negative), else 0.
        table.register("System.ConsoleDriver::InternalKeyAvailable") { _, frame in
            let timeout = argument(frame, 0, as: Int32.self)
            var ready: Int32
            repeat {
                var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
                ready = poll(&descriptor, 1, timeout >= 0 ? timeout : -1)
            } while ready == -1 && errno == EINTR
            if ready > 0 {
                var count: Int32 = 0
                ready = ioctl(STDIN_FILENO, UInt(FIONREAD), &count) >= 0 ? count : -1
            }
            result(frame, Int64(max(ready, 0)))
            return NativeContext.success
        }
        // bool TtySetup(string keypadXmit, string teardown, out byte[] controlCharacters,
        // out int* size): non-canonical input without flow control, one byte at a time; the 17
        // control characters TermInfoDriver reads; the window size cell; teardown at exit.
        table.register("System.ConsoleDriver::TtySetup") { context, frame in
            let context = NativeContext(context)
            // The arguments first: the result goes where the first one is.
            let keypad = argument(frame, 0, as: UnsafeRawPointer?.self).map { context.string($0) }
            let teardown = argument(frame, 1, as: UnsafeRawPointer?.self).map { context.string($0) }
            let characterSlot = argument(frame, 2, as: UnsafeMutablePointer<UnsafeMutableRawPointer?>.self)
            let sizeSlot = argument(frame, 3, as: UnsafeMutablePointer<UnsafeMutablePointer<Int32>>.self)
            let dimensions = Terminal.dimensions()
            if dimensions == -1 {
                let columns = getenv("COLUMNS").map { atoi($0) } ?? 0, rows = getenv("LINES").map { atoi($0) } ?? 0
                Terminal.size.pointee = columns != 0 && rows != 0 ? columns << 16 | rows : -1
            } else {
                Terminal.size.pointee = dimensions
            }
            sizeSlot.pointee = Terminal.size
            guard let byteArray = try? context.runtime.system.szArray(of: context.runtime.system.primitive(.uint8)),
                  let characters = context.allocate(byteArray, size: ObjectLayout.arrayDataOffset + 17) else {
                return context.throwException("System.OutOfMemoryException")
            }
            characters.storeBytes(of: 17, toByteOffset: ObjectLayout.arrayLengthOffset, as: Int.self)
            context.storeReference(characters, at: UnsafeMutableRawPointer(characterSlot))
            guard tcgetattr(STDIN_FILENO, &Terminal.initial) != -1 else {
                result(frame, Int64(0))
                return NativeContext.success
            }
            var attributes = Terminal.initial
            attributes.c_lflag &= ~tcflag_t(ICANON)
            attributes.c_iflag &= ~tcflag_t(IXON | IXOFF)
            withUnsafeMutableBytes(of: &attributes.c_cc) { cc in
                cc[Int(VMIN)] = 1
                cc[Int(VTIME)] = 0
            }
            guard tcsetattr(STDIN_FILENO, TCSANOW, &attributes) != -1 else {
                result(frame, Int64(0))
                return NativeContext.success
            }
            Terminal.current = attributes
            // ControlCharacters.cs order: INTR QUIT ERASE KILL EOF TIME MIN SWTC START STOP SUSP
            // EOL REPRINT DISCARD WERASE LNEXT EOL2.
            let order = [VINTR, VQUIT, VERASE, VKILL, VEOF, VTIME, VMIN, VSWTC, VSTART, VSTOP, VSUSP, VEOL, VREPRINT, VDISCARD, VWERASE, VLNEXT, VEOL2]
            withUnsafeBytes(of: &attributes.c_cc) { cc in
                for (i, index) in order.enumerated() {
                    characters.storeBytes(of: cc[Int(index)], toByteOffset: ObjectLayout.arrayDataOffset + i, as: UInt8.self)
                }
            }
            result(frame, Int64(1))
            if Terminal.setUp { return NativeContext.success }
            free(Terminal.keypadTransmit)
            Terminal.keypadTransmit = keypad.map { strdup($0) }
            MonoCorlib.installTerminalSignalHandlers()
            Terminal.setUp = true
            if !Terminal.atExitRegistered {
                Terminal.teardown = teardown.map { strdup($0) }
                Terminal.atExitRegistered = true
                atexit { Terminal.restore() }
            }
            return NativeContext.success
        }
    }

    /// SIGCONT puts Mono's terminal state and keypad mode back after a suspension; SIGWINCH
    /// refreshes the window size cell.
    static func installTerminalSignalHandlers() {
        var continued = sigaction()
        continued.__sigaction_handler.sa_handler = { _ in
            tcsetattr(STDIN_FILENO, TCSANOW, &Terminal.current)
            if let keypad = Terminal.keypadTransmit { _ = write(STDOUT_FILENO, keypad, strlen(keypad)) }
        }
        continued.sa_flags = SA_RESTART
        sigemptyset(&continued.sa_mask)
        sigaction(SIGCONT, &continued, nil)
        var resized = sigaction()
        resized.__sigaction_handler.sa_handler = { _ in
            let dimensions = Terminal.dimensions()
            if dimensions != -1 { Terminal.size.pointee = dimensions }
        }
        resized.sa_flags = SA_RESTART
        sigemptyset(&resized.sa_mask)
        sigaction(SIGWINCH, &resized, nil)
    }
}
