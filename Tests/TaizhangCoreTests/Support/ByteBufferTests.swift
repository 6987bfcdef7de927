import Testing
@testable import TaizhangCore

/// The buffer every table and JSON list is written into: nothing may be lost as it grows.
@Suite struct ByteBufferTests {
    @Test func growingKeepsEveryByteInOrder() {
        var buffer = ByteBuffer(capacity: 1)
        var expected: [UInt8] = []
        for n in 0..<5000 {
            switch n % 4 {
            case 0: buffer.append(UInt8(n & 0x7F)); expected.append(UInt8(n & 0x7F))
            case 1: buffer.append(utf8: "台账\(n)"); expected += Array("台账\(n)".utf8)
            case 2: buffer.append(repeating: 0x20, count: n % 7); expected += Array(repeating: 0x20, count: n % 7)
            default: buffer.append("\"key\":"); expected += Array("\"key\":".utf8)
            }
        }
        #expect(buffer.count == expected.count)
        #expect(buffer.array == expected)
        #expect(buffer.withBytes { Array($0) } == expected)
    }

    @Test func removingKeepsTheMemoryForTheNextRound() {
        var buffer = ByteBuffer(capacity: 8)
        buffer.append(contentsOf: Array("abc  ".utf8))
        while buffer.last == 0x20 { buffer.removeLast() }
        #expect(buffer.array == Array("abc".utf8))
        buffer.removeAll()
        let (empty, last) = (buffer.isEmpty, buffer.last)
        #expect(empty && last == nil)
        buffer.append(contentsOf: [])
        buffer.append(repeating: 0x41, count: 0)
        let stillEmpty = buffer.isEmpty
        #expect(stillEmpty)
        buffer.append(0x42)
        #expect(buffer.array == [0x42])
    }
}
