import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Copies an evidence file (a scan, a screenshot, a PDF) into the ledger's evidence folder,
/// `evidence/` beside the ledger, and records its size and SHA-256: the proof stays with the
/// ledger when the officer's own copy moves, and a changed file can be told by its checksum.
///
/// Files go in as `TASK-YYYYMMDDTHHMMSSZ-NAME`, so two reports of one task never collide.
/// The folder takes the ledger folder's group (setgid, docs/shared-server.md) and is group
/// writable there, so every officer of the group can add to it.
public enum EvidenceFile {
    /// Larger files belong in the office's document system; the ledger keeps a 文号 or URL.
    public static let maxBytes = 20 * 1024 * 1024

    public static func folder(forStore store: String) -> String {
        let dir = (store as NSString).deletingLastPathComponent
        return (dir.isEmpty ? "." : dir) + "/evidence"
    }

    /// Copies `source` for `task`; returns the evidence to record. Throws `LoopError` naming
    /// the file when it cannot be read or is over the limit.
    public static func store(_ source: String, for task: TaskID, in store: LedgerStore, at time: Timestamp) throws -> Evidence {
        let name = (source as NSString).lastPathComponent
        // The officer's own file, read with their own rights, never the service group's
        // (docs/shared-server.md).
        let bytes: Data = try ServiceRights.asUser {
            var st = stat()
            guard stat(source, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
                throw LoopError(.loopEvidenceUnreadable, source, String(cString: strerror(errno == 0 ? ENOENT : errno)))
            }
            guard Int(st.st_size) <= maxBytes else {
                throw LoopError(.loopEvidenceTooLarge, source, String(st.st_size), String(maxBytes / 1024 / 1024))
            }
            guard let bytes = FileManager.default.contents(atPath: source) else {
                throw LoopError(.loopEvidenceUnreadable, source, String(cString: strerror(errno)))
            }
            return bytes
        }
        let folder = folder(forStore: store.path)
        try makeFolder(folder, beside: store.directory)
        let stamp = time.iso.filter { $0.isNumber || $0 == "T" || $0 == "Z" }
        let safeName = String(name.map { "/\\:*?\"<>|".contains($0) || $0.isNewline ? "_" : $0 }.prefix(80))
        let relative = task.rawValue + "-" + stamp + "-" + safeName
        let digest = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        try AtomicFile.write(Array(bytes), to: folder + "/" + relative, permissions: FilePermissions(directory: folder))
        return Evidence(kind: .file, text: name, file: Evidence.StoredFile(path: relative, size: bytes.count, sha256: digest))
    }

    /// Creates the evidence folder like the ledger's own: in a setgid (shared) ledger folder
    /// it is setgid and group-writable too.
    private static func makeFolder(_ folder: String, beside ledgerDirectory: String) throws {
        var st = stat()
        if stat(folder, &st) == 0 { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw LoopError(.loopEvidenceUnreadable, folder, error.localizedDescription)
        }
        var parent = stat()
        if stat(ledgerDirectory, &parent) == 0, (parent.st_mode & S_ISGID) != 0 { _ = chmod(folder, 0o2770) }
    }
}
