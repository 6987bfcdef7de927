import Foundation
import Testing
import TestSupport
@testable import TaizhangCore

/// config.json beside the ledger: defaults when missing, errors naming the file, set and get
/// by coordinators only, other keys (and a `lang` another version wrote) kept.
@Suite struct LedgerConfigTests {
    let dir = TempDir("config")
    var storePath: String { dir.file("ledger.json") }

    @Test func aMissingFileMeansTheDefaults() throws {
        let c = try LedgerConfig.load(forStore: storePath)
        #expect(c == .defaults && c.warningBlueDays == 7 && c.warningYellowDays == 3 && c.staleDays == 30)
    }

    @Test func aMinimalFileKeepsTheOtherDefaults() throws {
        try Data(#"{"format":"taizhang-config","version":1,"lang":"zh"}"#.utf8).write(to: URL(fileURLWithPath: dir.file("config.json")))
        let c = try LedgerConfig.load(forStore: storePath)
        #expect(c.lang == "zh" && c.staleDays == 30 && c.noticeReplyDays == 7)
    }

    @Test func aBadFileIsAnErrorNamingItAndTheKey() throws {
        let file = dir.file("config.json")
        try Data(#"{"format":"taizhang-config","warningBlueDays":"seven"}"#.utf8).write(to: URL(fileURLWithPath: file))
        #expect { try LedgerConfig.load(forStore: storePath) } throws: { e in
            let text = "\(e)"
            return text.hasPrefix(file) && text.contains("warningBlueDays")
        }
        try Data("{\"format\":\"taizhang-config\",".utf8).write(to: URL(fileURLWithPath: file))
        #expect(throws: ConfigError.self) { try LedgerConfig.load(forStore: storePath) }
        try Data(#"{"format":"taizhang-access"}"#.utf8).write(to: URL(fileURLWithPath: file))
        #expect(throws: ConfigError.self) { try LedgerConfig.load(forStore: storePath) }
        try Data(#"{"format":"taizhang-config","warningBlueDays":2,"warningYellowDays":3}"#.utf8).write(to: URL(fileURLWithPath: file))
        #expect(throws: ConfigError.self) { try LedgerConfig.load(forStore: storePath) }
    }

    @Test func onlyCoordinatorsSetAndTheFileRoundTrips() throws {
        let store = LedgerStore(path: storePath)
        let policy = AccessPolicy(coordinators: ["wang"], officers: ["li": ["办公室"]])
        #expect(throws: AccessDenied.self) {
            try LedgerConfig.update(store: store, policy: policy, by: "li") { c, f in try c.setting("staleDays", to: "10", file: f) }
        }
        _ = try LedgerConfig.update(store: store, policy: policy, by: "wang") { c, f in try c.setting("noticeOffice", to: "区政府办公室", file: f) }
        _ = try LedgerConfig.update(store: store, policy: policy, by: "wang") { c, f in try c.setting("staleDays", to: "45", file: f) }
        let c = try LedgerConfig.load(forStore: storePath)
        #expect(c.noticeOffice == "区政府办公室" && c.staleDays == 45 && c.value(of: "staleDays") == "45")
        #expect(throws: ConfigError.self) { try c.setting("staleDay", to: "1", file: "x") }
        #expect(throws: ConfigError.self) { try c.setting("warningYellowDays", to: "many", file: "x") }
        #expect(try c.setting("noticeOffice", to: "", file: "x").noticeOffice == nil)
        #expect(WarningRules(c).staleDays == 45)
    }
}
