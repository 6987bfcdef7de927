#if canImport(Glibc)
import Glibc
#endif

/// A unit name as a key, compared and hashed by its UTF-8 bytes.
///
/// Swift hashes and compares a `String` by its normalized form, which for Chinese text means
/// normalizing the name again on every lookup: a sixth of `units` on the seeds ×100 ledger,
/// and a filter makes 200,000 of them at 100,000 tasks. Names are normalized when they are
/// stored, so the same name has the same bytes.
struct UTF8Key: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        var (a, b) = (a.text, b.text)
        return a.withUTF8 { x in
            b.withUTF8 { y in x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
        }
    }
}
