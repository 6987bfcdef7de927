import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A source document's text and how it was encoded.
public struct DecodedSource: Sendable {
    public var text: String
    public var encoding: String
}

public enum SourceDecodingError: Error, CustomStringConvertible {
    case unreadable(file: String, offset: Int)

    public var description: String {
        switch self {
        case let .unreadable(file, offset):
            return "\(file): not readable as UTF-8, UTF-16 or GB18030 (first bad byte at offset \(offset))"
        }
    }
}

/// Reads the encodings plans arrive in: UTF-8 (with or without BOM), UTF-16 (with BOM, or
/// recognisable by its zero bytes) and GB18030, which covers GBK and GB2312 files.
public enum SourceDecoder {
    public static func decode(_ bytes: [UInt8], file: String) throws -> DecodedSource {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return DecodedSource(text: String(decoding: bytes.dropFirst(3), as: UTF8.self), encoding: "UTF-8 (BOM)")
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return try utf16(bytes.dropFirst(2), littleEndian: true, file: file) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try utf16(bytes.dropFirst(2), littleEndian: false, file: file) }
        if let text = String(validating: bytes, as: UTF8.self) {
            return DecodedSource(text: text, encoding: "UTF-8")
        }
        if let endian = utf16WithoutBOM(bytes) { return try utf16(bytes[...], littleEndian: endian, file: file) }
        if let text = iconv(bytes, from: "GB18030") { return DecodedSource(text: text, encoding: "GB18030") }
        throw SourceDecodingError.unreadable(file: file, offset: firstInvalidUTF8(bytes))
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool, file: String) throws -> DecodedSource {
        guard bytes.count % 2 == 0 else { throw SourceDecodingError.unreadable(file: file, offset: bytes.count) }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        return DecodedSource(text: String(decoding: units, as: UTF16.self), encoding: littleEndian ? "UTF-16LE" : "UTF-16BE")
    }

    /// UTF-16 text without a BOM: each ASCII character (line breaks, digits, `|`) is a pair
    /// holding the character and a zero — (c, 0) little-endian, (0, c) big-endian. Text in
    /// UTF-8 or GB18030 has no zero bytes at all.
    private static func utf16WithoutBOM(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
        func ascii(_ b: UInt8) -> Bool { b == 0x09 || b == 0x0A || b == 0x0D || (0x20...0x7E).contains(b) }
        var little = 0, big = 0
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i + 1] == 0, ascii(bytes[i]) { little += 1 }
            if bytes[i] == 0, ascii(bytes[i + 1]) { big += 1 }
            i += 2
        }
        if little >= 2, little >= big * 3 { return true }
        if big >= 2, big >= little * 3 { return false }
        return nil
    }

    /// Converts with glibc's iconv; nil when the bytes are not valid in that encoding.
    static func iconv(_ bytes: [UInt8], from encoding: String) -> String? {
        convert(bytes, from: encoding, to: "UTF-8").map { String(decoding: $0, as: UTF8.self) }
    }

    /// Re-encodes bytes with glibc's iconv; nil when they are not valid in `from`.
    static func convert(_ bytes: [UInt8], from encoding: String, to target: String) -> [UInt8]? {
        let cd = iconv_open(target, encoding)
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        let remaining: Int? = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count, outLeft = outBuf.count
                let r = Glibc.iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                return r == -1 || inLeft != 0 ? nil : outLeft
            }
        }
        guard let remaining else { return nil }
        output.removeLast(remaining)
        return output
    }

    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let len: Int
            switch bytes[i] {
            case 0x00...0x7F: len = 1
            case 0xC2...0xDF: len = 2
            case 0xE0...0xEF: len = 3
            case 0xF0...0xF4: len = 4
            default: return i
            }
            guard i + len <= bytes.count, bytes[(i + 1)..<(i + len)].allSatisfy({ $0 & 0xC0 == 0x80 }) else { return i }
            i += len
        }
        return i
    }
}
