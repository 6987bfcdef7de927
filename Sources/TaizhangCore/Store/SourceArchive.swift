import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Copies of the documents imported into a store, beside it in `sources/`, each named by the
/// SHA-256 of its bytes (the `checksum` its plan records).
///
/// The ledger keeps what the importer made of a document, not the document: the import
/// preview opened from the review screen has to read the document again, with the
/// coordinator's corrections, so the bytes are kept here. Content-addressed, a copy never
/// changes once written: importing the same file twice writes nothing, two stores in one
/// folder share their copies, and writers need no lock (each copy is written atomically).
public struct SourceArchive: Sendable {
    /// The folder of the copies: `sources` in the store's folder.
    public let directory: String
    private let storeDirectory: String

    public init(store: LedgerStore) {
        storeDirectory = store.directory
        directory = (store.directory as NSString).appendingPathComponent("sources")
    }

    /// The SHA-256 of `bytes` in lower-case hex, as `sha256sum` prints it.
    public static func checksum(of bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    /// Where the copy of the document with this checksum is (or would be); nil for anything
    /// that is not a SHA-256 in hex, so a hand-edited ledger cannot name a path elsewhere.
    public func path(of checksum: String) -> String? {
        guard checksum.utf8.count == 64, checksum.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else {
            return nil
        }
        return (directory as NSString).appendingPathComponent(checksum)
    }

    public func contains(_ checksum: String) -> Bool {
        path(of: checksum).map { FileManager.default.fileExists(atPath: $0) } ?? false
    }

    /// Keeps a copy of a document; nothing is written when the copy is already there.
    /// Returns its checksum.
    @discardableResult
    public func keep(_ bytes: [UInt8]) throws -> String {
        let checksum = Self.checksum(of: bytes)
        let target = path(of: checksum)!
        guard !FileManager.default.fileExists(atPath: target) else { return checksum }
        try makeDirectory()
        try AtomicFile.write(bytes, to: target, permissions: FilePermissions(directory: directory))
        return checksum
    }

    /// Keeps a copy of each file an import read, when the file still holds the bytes its plan
    /// was read from (a file changed since is not the document imported). `results` are in
    /// the order of `files`, as `PlanImporter.importAll` returns them.
    public func keep(files: [String], imported results: [ImportResult]) throws {
        for (file, result) in zip(files, results) {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            let bytes = [UInt8](data)
            if Self.checksum(of: bytes) == result.plan.source.checksum { try keep(bytes) }
        }
    }

    /// The document imported with this checksum; nil when no copy was kept (a plan imported
    /// before copies were kept) or the copy no longer holds those bytes.
    public func bytes(of checksum: String) throws -> [UInt8]? {
        guard let target = path(of: checksum), let bytes = try AtomicFile.read(target) else { return nil }
        return Self.checksum(of: bytes) == checksum ? bytes : nil
    }

    /// Makes `sources/` with the mode and group of the store's own folder, so that in a shared
    /// (setgid, group-writable) folder every member of the group can add copies too.
    private func makeDirectory() throws {
        guard !FileManager.default.fileExists(atPath: directory) else { return }
        try FileManager.default.createDirectory(atPath: storeDirectory, withIntermediateDirectories: true)
        guard mkdir(directory, 0o755) == 0 else {
            if errno == EEXIST { return }
            throw StoreError.io(file: directory, message: String(cString: strerror(errno)))
        }
        var st = stat()
        guard stat(storeDirectory, &st) == 0 else { return }
        _ = chown(directory, uid_t.max, st.st_gid)
        _ = chmod(directory, st.st_mode & 0o7777)
    }
}
