import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The snapshot on disk (`ledger.json`) and its rolling backups (`ledger.json.bak.1…5`).
///
/// Every rewrite keeps the snapshot it replaces as `.bak.1` (a hard link: no copy), moving
/// the older ones down and dropping the sixth. A backup's header says where it stands in the
/// journal, and the journal is only appended to, so the changes made after any backup are
/// still there for `taizhang restore` to re-apply.
struct SnapshotFile {
    let path: String
    let permissions: FilePermissions
    static let backupCount = 5

    func backupPath(_ n: Int) -> String { path + ".bak.\(n)" }

    /// What reading the snapshot gave.
    struct Read {
        var ledger: Ledger
        var header: SnapshotHeader
        var isComplete: Bool
        var identity: FileIdentity?
        var size: Int
        /// The file's last bytes are those this program ends a snapshot with.
        var endsWhole: Bool
    }

    /// Reads the whole snapshot, or only the tasks in `only` (plus aliases and plans) when the
    /// file has this program's layout.
    func read(only: Set<TaskID>?) throws -> Read {
        let identity = FileIdentity(path)
        guard let bytes = try MappedFile(path: path) else { throw StoreError.notFound(file: path) }
        do {
            return try bytes.withUnsafeBytes { buf in
                let whole = buf.count >= 4 && buf[buf.count - 4] == 0x0A && buf[buf.count - 3] == 0x5D
                    && buf[buf.count - 2] == 0x7D && buf[buf.count - 1] == 0x0A
                if let only, let (ledger, header) = try SnapshotCodec.decodePartial(buf, ids: only, lazy: SnapshotBytes(bytes)) {
                    return Read(ledger: ledger, header: header, isComplete: false, identity: identity, size: buf.count, endsWhole: whole)
                }
                let (ledger, header) = try SnapshotCodec.decode(buf, lazy: SnapshotBytes(bytes))
                return Read(ledger: ledger, header: header, isComplete: true, identity: identity, size: buf.count, endsWhole: whole)
            }
        } catch let e as JSONSyntaxError {
            throw bytes.withUnsafeBytes { StoreError.corrupt(file: path, bytes: $0, error: e) }
        }
    }

    /// Reads a backup (or any snapshot file) whole, details included, as `check` would.
    static func readWhole(_ file: String) throws -> (Ledger, SnapshotHeader) {
        guard let bytes = try MappedFile(path: file) else { throw StoreError.notFound(file: file) }
        do {
            return try bytes.withUnsafeBytes { buf in
                let (ledger, header) = try SnapshotCodec.decode(buf)
                if let (_, problem) = ledger.detailProblems().first { throw problem }
                return (ledger, header)
            }
        } catch let e as JSONSyntaxError {
            throw bytes.withUnsafeBytes { StoreError.corrupt(file: file, bytes: $0, error: e) }
        }
    }

    /// True when a partial read can be trusted: the journal's record of this snapshot gives
    /// its size, else the file must end as this program ends it. A snapshot cut short fails
    /// this, and the caller reads it whole, which names the damage as every command does.
    static func looksWhole(_ read: Read, records: [JournalRecord]) -> Bool {
        let own = records.reversed().lazy.compactMap { r -> SnapshotRecord? in
            if case .snapshot(let s) = r, s.generation == read.header.generation { return s }
            return nil
        }.first
        if let own { return own.bytes == read.size && read.endsWhole }
        return read.endsWhole
    }

    /// The newest backup that exists and reads whole: the one to name and to restore.
    func readableBackup() -> Int? {
        (1...Self.backupCount).first { n in
            FileManager.default.fileExists(atPath: backupPath(n)) && (try? Self.readWhole(backupPath(n))) != nil
        }
    }

    /// Keeps the snapshot about to be replaced as `.bak.1`, moving older backups down. Run
    /// just before the new snapshot is renamed into place; a snapshot moved aside as damaged
    /// (restore) is no longer there and is not kept.
    func rotateBackups() {
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return }
        unlink(backupPath(Self.backupCount))
        for n in stride(from: Self.backupCount - 1, through: 1, by: -1) { rename(backupPath(n), backupPath(n + 1)) }
        _ = link(path, backupPath(1))
    }

    /// Writes `bytes` as the new snapshot, keeping the old one as a backup. `record` runs once
    /// the bytes are on disk in the temporary file, before the rename; if it throws, the
    /// snapshot is not replaced.
    func write(_ bytes: [UInt8], record: () throws -> Void) throws {
        try AtomicFile.write(bytes, to: path, permissions: permissions) {
            try record()
            rotateBackups()
        }
    }
}
