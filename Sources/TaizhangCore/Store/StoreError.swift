/// Why the store could not be read or written. Every case names the file, so the message
/// tells a person what to look at.
public indirect enum StoreError: Error, CustomStringConvertible, Equatable {
    /// The file is not valid: line and column are 1-based.
    case corrupt(file: String, line: Int, column: Int, message: String)
    case io(file: String, message: String)
    case locked(file: String)
    case notFound(file: String)
    /// A store file is a symbolic link, a directory or a device: never followed.
    case notRegular(file: String)
    /// The journal's hash chain breaks at this line (1-based).
    case chainBroken(file: String, line: Int, problem: ChainProblem)
    /// The ledger is damaged: refused by every command, with the newest backup that reads.
    case damaged(StoreError, backup: String?)
    /// A wait for the lock was given up (Esc in a screen's save).
    case cancelled(file: String)

    public var description: String { message(Strings(.en)) }

    /// The message in the person's language.
    public func message(_ s: Strings) -> String {
        switch self {
        case let .corrupt(file, line, column, message): return s(.storeCorrupt, file, line, column, message)
        case let .io(file, message): return s(.storeIO, file, message)
        case let .locked(file): return s(.storeLocked, file)
        case let .notFound(file): return s(.storeNotFound, file)
        case let .notRegular(file): return s(.storeNotRegular, file)
        case let .chainBroken(file, line, problem): return Self.chainMessage(file, line, problem, s)
        case let .damaged(inner, backup):
            if let backup { return s(.storeDamagedBackup, inner.message(s), backup) }
            return s(.storeDamagedNoBackup, inner.message(s))
        case let .cancelled(file): return s(.storeCancelled, file)
        }
    }

    static func chainMessage(_ file: String, _ line: Int, _ problem: ChainProblem, _ s: Strings) -> String {
        switch problem {
        case .changed: return s(.storeChainChanged, file, line)
        case .inserted: return s(.storeChainInserted, file, line)
        case let .removed(first, last): return s(.storeChainRemoved, file, line, first, last)
        case let .reordered(after): return s(.storeChainReordered, file, line, after)
        case .unsealed: return s(.storeChainUnsealed, file, line)
        case let .headMissing(seq): return s(.storeChainHeadMissing, file, line, seq)
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
