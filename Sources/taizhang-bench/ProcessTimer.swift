import CSupport
import CTerminalSupport
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a command as a whole process and measures its wall time and peak memory.
enum ProcessTimer {
    struct Sample {
        var seconds: Double
        var maxRSSKilobytes: Int
        var status: Int32
    }

    /// Sets variables for every process started from now on (spawned children inherit them).
    static func export(_ environment: [String: String]) {
        for (k, v) in environment { setenv(k, v, 1) }
    }

    static func run(_ argv: [String], environment: [String: String] = [:], output: String = "/dev/null") -> Sample {
        export(environment)
        let start = DispatchTime.now().uptimeNanoseconds
        let cArgs = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        let pid = cArgs.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: buf.count) { tz_spawn($0, output) }
        }
        guard pid > 0 else { return Sample(seconds: 0, maxRSSKilobytes: 0, status: -1) }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Sample(seconds: seconds, maxRSSKilobytes: usage.ru_maxrss, status: status)
    }

    /// Median and spread (min–max) of `runs` runs after one warm-up run.
    static func measure(runs: Int = 5, _ argv: [String], environment: [String: String] = [:], before: () -> Void = {}) -> Figure {
        before()
        _ = run(argv, environment: environment)
        var samples: [Sample] = []
        for _ in 0..<runs {
            before()
            samples.append(run(argv, environment: environment))
        }
        let times = samples.map(\.seconds).sorted()
        return Figure(median: times[times.count / 2], min: times.first!, max: times.last!,
                      maxRSSKilobytes: samples.map(\.maxRSSKilobytes).max()!, failures: samples.filter { $0.status != 0 }.count)
    }
}

extension ProcessTimer {
    /// Time from starting a full-screen program in an 80×24 pseudo-terminal until `marker`
    /// appears in what it draws; then the program is stopped with SIGTERM.
    static func firstScreen(_ argv: [String], environment: [String: String], marker: String, timeout: Double = 30) -> Sample {
        export(environment)
        let needle = Array(marker.utf8)
        let start = DispatchTime.now().uptimeNanoseconds
        let cArgs = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        var master: Int32 = -1
        let pid = cArgs.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: buf.count) { tz_spawn_pty($0, 24, 80, &master) }
        }
        guard pid > 0 else { return Sample(seconds: 0, maxRSSKilobytes: 0, status: -1) }
        var seen: [UInt8] = []
        var found: Double?
        var chunk = [UInt8](repeating: 0, count: 65536)
        while found == nil, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 < timeout {
            var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&p, 1, 50) > 0 else { continue }
            let n = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            seen.append(contentsOf: chunk[0..<n])
            answerPositionQueries(chunk[0..<n], on: master)
            if seen.count >= needle.count, seen.indices.dropLast(needle.count - 1).contains(where: { seen[$0..<($0 + needle.count)].elementsEqual(needle) }) {
                found = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            }
        }
        kill(pid_t(pid), SIGTERM)
        // Keep reading so the program is never blocked writing while it restores the terminal.
        var status: Int32 = 0
        var usage = rusage()
        for _ in 0..<200 {
            if wait4(pid_t(pid), &status, WNOHANG, &usage) == pid_t(pid) { break }
            _ = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            usleep(10_000)
        }
        close(master)
        return Sample(seconds: found ?? -1, maxRSSKilobytes: usage.ru_maxrss, status: found == nil ? -1 : 0)
    }

    /// Answers each cursor-position query (`ESC [ 6 n`) as a terminal would: the program asks
    /// how wide an ambiguous character is drawn, and without an answer it waits 100 ms, which
    /// no real terminal makes it do. The answer says one column (row 1, column 2).
    static func answerPositionQueries(_ bytes: ArraySlice<UInt8>, on master: Int32) {
        let query: [UInt8] = [0x1B, 0x5B, 0x36, 0x6E], answer = Array("\u{1B}[1;2R".utf8)
        guard bytes.count >= query.count else { return }
        for i in bytes.startIndex...(bytes.endIndex - query.count) where bytes[i..<(i + query.count)].elementsEqual(query) {
            _ = answer.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        }
    }

    static func measureFirstScreen(runs: Int, _ argv: [String], environment: [String: String], marker: String) -> Figure {
        _ = firstScreen(argv, environment: environment, marker: marker)
        let samples = (0..<runs).map { _ in firstScreen(argv, environment: environment, marker: marker) }
        let times = samples.map(\.seconds).sorted()
        return Figure(median: times[times.count / 2], min: times.first!, max: times.last!,
                      maxRSSKilobytes: samples.map(\.maxRSSKilobytes).max()!, failures: samples.filter { $0.status != 0 }.count)
    }

    struct Concurrent {
        var seconds: Double
        var failed: Int
        /// Each command's own time, sorted: the latency a person waits for a save.
        var latencies: [Double]
        var median: Double { latencies.isEmpty ? 0 : latencies[latencies.count / 2] }
        var p95: Double { latencies.isEmpty ? 0 : latencies[min(latencies.count - 1, latencies.count * 95 / 100)] }
    }

    /// `editors` processes at once, each running `edits` commands one after another.
    static func concurrently(editors: Int, edits: Int, _ command: @escaping @Sendable (Int, Int) -> [String]) -> Concurrent {
        let start = DispatchTime.now().uptimeNanoseconds
        let failures = UnsafeMutableBufferPointer<Int>.allocate(capacity: editors)
        let times = UnsafeMutableBufferPointer<Double>.allocate(capacity: editors * edits)
        defer { failures.deallocate(); times.deallocate() }
        let box = UnsafeBox((failures, times))
        // One thread per editor (not a pool capped at the core count): they must run at once.
        let group = DispatchGroup()
        for e in 0..<editors {
            group.enter()
            Thread.detachNewThread {
                var failed = 0
                for k in 0..<edits {
                    let sample = run(command(e, k))
                    if sample.status != 0 { failed += 1 }
                    box.value.1[e * edits + k] = sample.seconds
                }
                box.value.0[e] = failed
                group.leave()
            }
        }
        group.wait()
        return Concurrent(seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9,
                          failed: failures.reduce(0, +), latencies: Array(times).sorted())
    }
}

struct UnsafeBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

struct Figure: Codable {
    var median: Double
    var min: Double
    var max: Double
    var maxRSSKilobytes: Int
    var failures: Int

    var text: String {
        String(format: "%7.3f s  (%.3f–%.3f)  %6.1f MB", median, min, max, Double(maxRSSKilobytes) / 1024)
    }
}
