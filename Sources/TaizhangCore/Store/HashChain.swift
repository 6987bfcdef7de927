import Crypto

/// The journal's hash chain: every line carries the SHA-256 of the previous line's hash and
/// its own bytes, so changing, removing, inserting or reordering a line breaks the chain at
/// that line (docs/store-format.md).
///
/// A line is `BODY,"hash":"HEX"}` where BODY is the entry's JSON up to its closing brace,
/// and HEX = sha256(PREVIOUS_HEX + BODY) in lowercase hex. The first entry's previous hash is
/// the SHA-256 of the journal's header line. Anyone can recompute it with `sha256sum` or three
/// lines of Python; nothing secret is involved, so the chain proves that the past was not
/// rewritten *against a head someone wrote down*, not who wrote a new line.
enum HashChain {
    static let hashMember = Array(",\"hash\":\"".utf8)
    /// `,"hash":"` + 64 hex digits + `"}`.
    static let sealLength = hashMember.count + 64 + 2

    /// The previous hash of a journal's first entry: the hash of its header line (no newline).
    static func genesis(header: some Collection<UInt8>) -> String {
        hex(SHA256.hash(data: Array(header)))
    }

    /// The hash of a line whose body (without the hash member and closing brace) is `body`.
    static func link(previous: String, body: UnsafeRawBufferPointer) -> String {
        var h = SHA256()
        h.update(data: Array(previous.utf8))
        h.update(bufferPointer: body)
        return hex(h.finalize())
    }

    /// Closes `body` (an entry's JSON without its final `}`) with its hash: the line to write,
    /// newline included, and the hash.
    static func seal(_ body: [UInt8], previous: String) -> (line: [UInt8], hash: String) {
        let hash = body.withUnsafeBytes { link(previous: previous, body: $0) }
        var line = body
        line.reserveCapacity(body.count + sealLength + 1)
        line.append(contentsOf: hashMember)
        line.append(contentsOf: Array(hash.utf8))
        line.append(contentsOf: [0x22, 0x7D, 0x0A])
        return (line, hash)
    }

    /// Splits a line (without its newline) into the body and the hash it states; nil when the
    /// line does not end with a hash member.
    static func split(_ line: UnsafeRawBufferPointer) -> (body: UnsafeRawBufferPointer, hash: String)? {
        guard line.count > sealLength, line[line.count - 1] == 0x7D, line[line.count - 2] == 0x22 else { return nil }
        let bodyEnd = line.count - sealLength
        for (i, b) in hashMember.enumerated() where line[bodyEnd + i] != b { return nil }
        let hexStart = bodyEnd + hashMember.count
        var hash = ""
        hash.reserveCapacity(64)
        for i in hexStart..<(hexStart + 64) {
            let c = line[i]
            guard (0x30...0x39).contains(c) || (0x61...0x66).contains(c) else { return nil }
            hash.unicodeScalars.append(Unicode.Scalar(c))
        }
        return (UnsafeRawBufferPointer(rebasing: line[0..<bodyEnd]), hash)
    }

    static func hex(_ digest: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for b in digest { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 0xF)]) }
        return String(decoding: out, as: UTF8.self)
    }

    static func sha256(_ bytes: UnsafeRawBufferPointer) -> String {
        var h = SHA256()
        h.update(bufferPointer: bytes)
        return hex(h.finalize())
    }
}

/// The last line of the chain a reader has seen: its number, its hash and when it was written.
public struct ChainHead: Hashable, Sendable {
    public var seq: Int
    public var hash: String
    /// When the head line was written; nil for a journal's genesis.
    public var at: Timestamp?

    /// The short form people copy onto paper: the first 16 hex digits.
    public var short: String { String(hash.prefix(16)) }
}
