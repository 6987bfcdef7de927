import Foundation
import Testing
import TestSupport
@testable import TaizhangCore

@Suite struct SourceDecoderTests {
    let utf8 = [UInt8](FileManager.default.contents(atPath: TestPaths.seed("000"))!)

    private func tasks(_ bytes: [UInt8]) throws -> [LedgerTask] {
        try PlanImporter.read(bytes: bytes, fileName: "000.txt", options: ImportOptions(actor: "t", now: Timestamp(seconds: 0)),
                              ledger: Ledger()).tasks
    }

    @Test(arguments: ["GB18030", "UTF-16LE", "UTF-16BE"])
    func otherEncodingsGiveTheSameTasks(_ encoding: String) throws {
        let converted = try #require(SourceDecoder.convert(utf8, from: "UTF-8", to: encoding))
        #expect(try SourceDecoder.decode(converted, file: "x").encoding == encoding)
        let a = try tasks(utf8), b = try tasks(converted)
        #expect(a.map(\.text) == b.map(\.text))
        #expect(a.map(\.units) == b.map(\.units))
    }

    @Test func byteOrderMarksAreRecognisedAndDropped() throws {
        let withBOM = [0xEF, 0xBB, 0xBF] + utf8
        let decoded = try SourceDecoder.decode(withBOM, file: "x")
        #expect(decoded.encoding == "UTF-8 (BOM)" && decoded.text.first == "|")
        let le = [0xFF, 0xFE] + SourceDecoder.convert(utf8, from: "UTF-8", to: "UTF-16LE")!
        #expect(try SourceDecoder.decode(le, file: "x").text == String(decoding: utf8, as: UTF8.self))
    }

    @Test func bytesInNoKnownEncodingAreRefusedWithTheFileName() {
        // 0x80 alone is invalid in UTF-8 and in GB18030.
        #expect(throws: SourceDecodingError.self) { try SourceDecoder.decode([0x41, 0x80, 0x80, 0xFF], file: "bad.txt") }
        do { _ = try SourceDecoder.decode([0x41, 0x80, 0x80, 0xFF], file: "bad.txt") } catch {
            #expect("\(error)".contains("bad.txt") && "\(error)".contains("offset 1"))
        }
    }
}
