import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Results of work done on other threads, and a pipe that wakes the event loop when one
/// arrives (the loop already waits on descriptors with poll, so a byte in the pipe is all it
/// takes; no second event loop, no timer).
final class BackgroundResults<Message>: @unchecked Sendable {
    private let lock = NSCondition()
    private var results: [Message] = []
    private var fds: (read: Int32, write: Int32)?
    private var running = 0

    /// The descriptor the runner watches; -1 before any work started.
    var fileDescriptor: Int32 { lock.lock(); defer { lock.unlock() }; return fds?.read ?? -1 }

    func start(_ work: @escaping @Sendable () -> Message?, watchedBy device: some TerminalDevice) {
        lock.lock()
        if fds == nil {
            var p: [Int32] = [-1, -1]
            if pipe(&p) == 0 {
                for fd in p { _ = fcntl(fd, F_SETFL, O_NONBLOCK); _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
                fds = (p[0], p[1])
            }
            if let fds { device.watch(fileDescriptor: fds.read) }
        }
        running += 1
        let writer = fds?.write ?? -1
        lock.unlock()
        let thread = Thread { [self] in
            let message = work()
            lock.lock()
            if let message { results.append(message) }
            running -= 1
            lock.broadcast()
            lock.unlock()
            var byte: UInt8 = 1
            _ = write(writer, &byte, 1)
        }
        thread.start()
    }

    /// Waits until no work is running, at most `seconds`; true when none is.
    func wait(_ seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        lock.lock()
        defer { lock.unlock() }
        while running > 0 { if !lock.wait(until: deadline) { break } }
        return running == 0
    }

    /// The results so far (the pipe emptied).
    func take() -> [Message] {
        lock.lock()
        defer { lock.unlock() }
        if let fds {
            var sink = [UInt8](repeating: 0, count: 64)
            while read(fds.read, &sink, sink.count) > 0 {}
        }
        let out = results
        results = []
        return out
    }

    func grace(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
