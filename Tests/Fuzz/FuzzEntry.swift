import Foundation

#if FUZZING
/// libFuzzer's entry: one input for the target `TAIZHANG_FUZZ` names.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTarget.current.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>, Int) -> CInt

/// libFuzzer's driver (`-sanitize=fuzzer` links it in).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: FuzzCallback) -> CInt

/// SwiftPM links an executable's `main` under the name `<module>_main`; here it hands over
/// to libFuzzer's driver, with its usual command line.
@_cdecl("taizhang_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzOneInput)
}
#else
/// Without libFuzzer: runs each corpus file (`Tests/Fuzz/corpus/TARGET/*`, or the folders
/// given) through its target, so a crash found once stays fixed.
@main
enum CorpusRunner {
    static func main() {
        let root = CommandLine.arguments.dropFirst().first ?? "Tests/Fuzz/corpus"
        var total = 0
        for target in FuzzTarget.allCases {
            let dir = root + "/" + target.rawValue
            let files = (try? FileManager.default.contentsOfDirectory(atPath: dir))?.sorted() ?? []
            for file in files {
                guard let data = FileManager.default.contents(atPath: dir + "/" + file) else { continue }
                target.run([UInt8](data))
            }
            print("\(target.rawValue): \(files.count) inputs")
            total += files.count
        }
        print("corpus: \(total) inputs, no crash")
    }
}
#endif
