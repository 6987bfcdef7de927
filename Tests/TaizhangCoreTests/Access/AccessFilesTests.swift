import Foundation
import Testing
import TestSupport
@testable import TaizhangCore

/// access.json and /etc/taizhang.conf are small and edited by hand: read strictly by
/// JSONDecoder, with a message that says where they are wrong.
@Suite struct AccessFilesTests {
    let dir = TempDir("access")
    let s = Strings(.en)

    private func policy(_ json: String) throws -> AccessPolicy {
        try AccessPolicy.decode(Array(json.utf8), file: "access.json")
    }

    @Test func aValidAccessFileIsRead() throws {
        let p = try policy(#"{"format":"taizhang-access","version":1,"coordinators":["wang"],"officers":{"li":["区市场监管局"]}}"#)
        #expect(p.enforced && p.coordinators == ["wang"] && p.units(of: "li") == ["区市场监管局"])
        #expect(try AccessPolicy.decode(p.encoded(), file: "a") == p)
    }

    @Test func badAccessFilesSayWhatIsWrong() throws {
        let cases: [(String, String)] = [
            (#"{"format":"taizhang-access","coordinators":"wang"}"#, "coordinators"),
            (#"{"format":"taizhang-access","officers":{"li":"审批科"}}"#, "officers"),
            (#"{"coordinators":["wang"]}"#, "format"),
            (#"{"format":"other","coordinators":["wang"]}"#, "not a Taizhang access file"),
            (#"{"format":"taizhang-access","coordinators":["wang"]"#, "access.json"),
            ("{\"format\":\"taizhang-access\",\"coordinators\":[\"\\uD83D\\u0041\"]}", "access.json"),
        ]
        for (json, mentions) in cases {
            do {
                _ = try policy(json)
                Issue.record("accepted: \(json)")
            } catch let e as AccessFileError {
                #expect(e.description.contains(mentions), "\(json): \(e)")
            }
        }
    }

    @Test func theConfigurationPicksListedLedgersOnly() throws {
        let file = dir.file("taizhang.conf")
        try #"{"format":"taizhang-conf","version":1,"stores":[{"name":"main","path":"/srv/taizhang/ledger.json"},{"name":"y2022","path":"/srv/t22/ledger.json"}]}"#
            .write(toFile: file, atomically: true, encoding: .utf8)
        chmod(file, 0o644)
        let conf = try ServerConfig.load(file, strings: s)
        #expect(try conf.resolve(nil, conf: file, strings: s) == "/srv/taizhang/ledger.json")
        #expect(try conf.resolve("y2022", conf: file, strings: s) == "/srv/t22/ledger.json")
        #expect(try conf.resolve("/srv/t22/ledger.json", conf: file, strings: s) == "/srv/t22/ledger.json")
        #expect(throws: ServerSetupError.self) { try conf.resolve("/etc/shadow", conf: file, strings: s) }
        #expect(throws: ServerSetupError.self) { try conf.resolve("/srv/taizhang/../t22/ledger.json", conf: file, strings: s) }
    }

    @Test func aConfigurationOthersMayWriteIsRefused() throws {
        let file = dir.file("open.conf")
        try #"{"format":"taizhang-conf","version":1,"stores":[{"name":"main","path":"/x/ledger.json"}]}"#
            .write(toFile: file, atomically: true, encoding: .utf8)
        chmod(file, 0o666)
        #expect(throws: ServerSetupError.self) { try ServerConfig.load(file, strings: s) }
        chmod(file, 0o644)
        if getuid() == 0 { _ = try ServerConfig.load(file, strings: s) }
        #expect(throws: ServerSetupError.self) { try ServerConfig.load(dir.file("missing.conf"), strings: s) }
    }
}
