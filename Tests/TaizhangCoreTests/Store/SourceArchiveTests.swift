import Foundation
import Glibc
import Testing
import TestSupport
@testable import TaizhangCore

@Suite struct SourceArchiveTests {
    let dir = TempDir("archive")
    var store: LedgerStore { LedgerStore(path: dir.file("ledger.json")) }

    @Test func aDocumentIsKeptUnderItsSHA256AndReadBack() throws {
        let archive = SourceArchive(store: store)
        let bytes = Array("1|加快推进企业开办|区市场监管局|6月底前\n".utf8)
        let checksum = try archive.keep(bytes)
        // As `sha256sum` prints it (the plan's source.checksum).
        #expect(checksum == SourceArchive.checksum(of: bytes) && checksum.count == 64)
        #expect(archive.path(of: checksum) == dir.path + "/sources/" + checksum)
        #expect(archive.contains(checksum))
        #expect(try archive.bytes(of: checksum) == bytes)
        #expect(try archive.bytes(of: String(repeating: "0", count: 64)) == nil)     // never kept
    }

    @Test func keepingTheSameDocumentAgainWritesNothing() throws {
        let archive = SourceArchive(store: store)
        let checksum = try archive.keep(Array("同一份文件".utf8))
        let path = try #require(archive.path(of: checksum))
        let before = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        usleep(20_000)
        try archive.keep(Array("同一份文件".utf8))
        let after = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        #expect(before == after)
        #expect(try FileManager.default.contentsOfDirectory(atPath: archive.directory) == [checksum])   // no temporary left
    }

    @Test func aCopyThatNoLongerMatchesItsNameIsNotReturned() throws {
        let archive = SourceArchive(store: store)
        let checksum = try archive.keep(Array("原文".utf8))
        try Data("改过的".utf8).write(to: URL(fileURLWithPath: archive.path(of: checksum)!))
        #expect(try archive.bytes(of: checksum) == nil)
    }

    @Test func namesThatAreNotAChecksumNameNoFile() throws {
        let archive = SourceArchive(store: store)
        for bad in ["", "../ledger.json", String(repeating: "g", count: 64), String(repeating: "A", count: 64), "/etc/passwd"] {
            #expect(archive.path(of: bad) == nil)
            #expect(try archive.bytes(of: bad) == nil)
        }
    }

    @Test func anImportKeepsOnlyFilesStillHoldingWhatWasImported() throws {
        let a = dir.file("a.txt"), b = dir.file("b.txt")
        try FileManager.default.copyItem(atPath: TestPaths.fixture("import-preview/分工表.txt"), toPath: a)
        try FileManager.default.copyItem(atPath: TestPaths.seed("003"), toPath: b)
        var ledger = Ledger()
        let results = try PlanImporter.importAll(files: [a, b], options: ImportOptions(actor: "t", now: .now()), into: &ledger)
        try FileHandle(forWritingAtPath: b)!.truncate(atOffset: 100)      // changed since
        let archive = SourceArchive(store: store)
        try archive.keep(files: [a, b], imported: results)
        #expect(archive.contains(results[0].plan.source.checksum))
        #expect(!archive.contains(results[1].plan.source.checksum))
        #expect(try FileManager.default.contentsOfDirectory(atPath: archive.directory).count == 1)
    }

    /// In a shared store's folder (setgid, group-writable: docs/shared-server.md) the copies
    /// take the folder's group and can be added to by every member, like the store's files.
    @Test func inASharedFolderCopiesTakeTheGroupAndAreGroupWritable() throws {
        guard geteuid() == 0 else { return }   // chown to another group needs root
        let shared = dir.file("shared")
        #expect(mkdir(shared, 0o755) == 0)
        #expect(chown(shared, 0, 100) == 0)
        #expect(chmod(shared, 0o2770) == 0)
        let archive = SourceArchive(store: LedgerStore(path: shared + "/ledger.json"))
        let checksum = try archive.keep(Array("共享的方案".utf8))
        var st = stat()
        #expect(stat(archive.directory, &st) == 0)
        #expect(st.st_gid == 100 && st.st_mode & 0o7777 == 0o2770)
        #expect(stat(archive.path(of: checksum)!, &st) == 0)
        #expect(st.st_gid == 100 && st.st_mode & 0o060 == 0o060)
    }
}
