import CNCurses
import CTerminalSupport
import Glibc
import TaizhangUI

/// Waiting for events: poll() on the terminal, the signal self-pipe and watched descriptors,
/// then get_wch without blocking for whatever keys arrived.
extension NCursesTerminal {
    enum Wakeup { case input, timeout, interrupted, wake(Int32) }

    public func nextEvent(timeout: Duration?) -> TerminalEvent {
        let deadline = timeout.map { ContinuousClock.now.advanced(by: $0) }
        while !isStopped {
            if let signal = takeSignal() { return .signal(signal) }
            noticeWindowChange()
            readKeys()
            if !pending.isEmpty { return pending.removeFirst() }
            if inputClosed { return .signal(.hangup) }
            // A started escape sequence waits at most the escape delay for its end.
            let escapeEnd = parser.isWaiting ? lastInput.advanced(by: escapeDelay) : nil
            switch wait(until: [deadline, escapeEnd].compactMap { $0 }.min()) {
            case .timeout:
                if let escapeEnd, ContinuousClock.now >= escapeEnd {
                    pending += parser.timeout().map { .key($0) }
                    continue
                }
                return .tick
            case .wake(let fd): return .wake(fileDescriptor: fd)
            case .input, .interrupted: continue
            }
        }
        return .signal(.hangup)
    }

    func takeSignal() -> TerminalEvent.Signal? {
        switch tz_signals_take() {
        case SIGHUP: return .hangup
        case SIGTERM: return .terminate
        case SIGINT: return .interrupt
        default: return nil
        }
    }

    /// After SIGWINCH, tells ncurses the new size; resizeterm queues the KEY_RESIZE that
    /// `readKeys` turns into `.resize`.
    func noticeWindowChange() {
        guard tz_signals_take_winch() == 1 else { return }
        var rows: Int32 = 0
        var cols: Int32 = 0
        guard tz_window_size(outputFD, &rows, &cols) == 0 else { return }
        if rows != tz_lines() || cols != tz_cols() { resizeterm(rows, cols) }
    }

    /// Queues every key ncurses has now, without waiting. Keypad mode is off, so ncurses hands
    /// over the characters as sent and `KeyParser` reads the escape sequences.
    func readKeys() {
        guard pending.isEmpty else { return }
        var value: wint_t = 0
        var gotAny = false
        while true {
            let result = wget_wch(tz_stdscr(), &value)
            if result == ERR { break }
            gotAny = true
            lastInput = .now
            if result == KEY_CODE_YES {
                if Int32(value) == KEY_RESIZE { invalidate(); pending.append(.resize(rows: size.rows, cols: size.cols)) }
                else if let key = KeyDecoder.key(code: Int32(value)) { pending.append(.key(key)) }
            } else if let scalar = Unicode.Scalar(UInt32(value)) {
                pending += parser.feed(scalar).map { .key($0) }
            }
        }
        emptyReads = gotAny ? 0 : emptyReads
    }

    /// Blocks until input, a signal, a watched descriptor or the deadline.
    func wait(until deadline: ContinuousClock.Instant?) -> Wakeup {
        let timeout = deadline.map(Self.milliseconds(until:)) ?? -1
        if timeout == 0 { return .timeout }
        var fds = ([inputFD, signalFD] + watched).map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        let ready = poll(&fds, nfds_t(fds.count), timeout)
        if ready < 0 { return .interrupted }
        if ready == 0 { return deadline == nil ? .interrupted : .timeout }
        if fds[1].revents != 0 { tz_signals_drain() }
        if let watchedReady = fds.dropFirst(2).first(where: { $0.revents != 0 }) { return .wake(watchedReady.fd) }
        noteInputState(fds[0].revents)
        return .input
    }

    /// A hung-up terminal reports POLLHUP, or stays readable while get_wch finds nothing.
    func noteInputState(_ revents: Int16) {
        if revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { inputClosed = true }
        if revents & Int16(POLLIN) != 0 {
            emptyReads += 1
            if emptyReads > 100 { inputClosed = true }
        }
    }

    static func milliseconds(until deadline: ContinuousClock.Instant) -> Int32 {
        let remaining = ContinuousClock.now.duration(to: deadline)
        guard remaining > .zero else { return 0 }
        let (seconds, attoseconds) = remaining.components
        let ms = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: max(ms, 1))
    }
}
