import Foundation

struct BenchOptions {
    var binary = ""
    var seeds = "seeds"
    var sizes = [10_000, 100_000]
    var runs = 5
    var editors = 8
    var edits = 50
    var copies = 100
    /// Rows of the generated tables whose import is timed.
    var importRows = [1_000, 10_000, 100_000]
    var json: String?
    var taskwarrior = true

    init(_ args: [String]) {
        var i = 1
        func value() -> String { i += 1; return i < args.count ? args[i] : "" }
        while i < args.count {
            switch args[i] {
            case "--binary": binary = value()
            case "--seeds": seeds = value()
            case "--sizes": sizes = value().split(separator: ",").compactMap { Int($0) }
            case "--runs": runs = max(1, Int(value()) ?? 5)
            case "--editors": editors = max(1, Int(value()) ?? 8)
            case "--edits": edits = max(1, Int(value()) ?? 50)
            case "--copies": copies = max(1, Int(value()) ?? 100)
            case "--import-rows": importRows = value().split(separator: ",").compactMap { Int($0) }
            case "--json": json = value()
            case "--no-taskwarrior": taskwarrior = false
            default: FileHandle.standardError.write(Data("taizhang-bench: unknown option \(args[i])\n".utf8)); exit(2)
            }
            i += 1
        }
        if binary.isEmpty { FileHandle.standardError.write(Data("taizhang-bench: --binary is required\n".utf8)); exit(2) }
    }
}
