import CSupport
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

    static func run(_ argv: [String], environment: [String: String] = [:], output: String = "/dev/null") -> Sample {
        for (k, v) in environment { setenv(k, v, 1) }
        defer { for k in environment.keys { unsetenv(k) } }
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
