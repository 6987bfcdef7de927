/// Why the store could not be read or written. Every case names the file, so the message
/// tells a person what to look at.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    /// The file is not valid: line and column are 1-based.
    case corrupt(file: String, line: Int, column: Int, message: String)
    case io(file: String, message: String)
    case locked(file: String)
    case notFound(file: String)

    public var description: String {
        switch self {
        case let .corrupt(file, line, column, message):
            return "\(file):\(line):\(column): \(message). The file was left as it is; the previous good copy, if any, is \(file).bak"
        case let .io(file, message): return "\(file): \(message)"
        case let .locked(file): return "\(file): the ledger is locked by another process"
        case let .notFound(file): return "\(file): no ledger here (import a plan first: taizhang import FILE)"
        }
    }

    /// Turns a byte offset into line and column, counting only up to the offset.
    static func corrupt(file: String, bytes: UnsafeRawBufferPointer, error: JSONSyntaxError) -> StoreError {
        var line = 1, lineStart = 0
        let end = min(error.offset, bytes.count)
        for i in 0..<end where bytes[i] == 0x0A { line += 1; lineStart = i + 1 }
        // Columns count characters, not bytes, so an editor's cursor lands on the spot.
        let column = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[lineStart..<end]), as: UTF8.self).count + 1
        return .corrupt(file: file, line: line, column: column, message: error.message)
    }
}
