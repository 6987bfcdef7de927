#if canImport(Glibc)
import Glibc
#endif

/// A unit's name as a dictionary key, hashed and compared by its UTF-8 bytes.
///
/// Swift hashes and compares a `String` by its normalized form, which for Chinese text means
/// normalizing the name again on every lookup: a sixth of `units` on the seeds ×100 ledger.
/// Unit names come from the ledger as they were written and merged, so the same name has
/// the same bytes.
struct UnitKey: Hashable {
    let name: String

    init(_ name: String) { self.name = name }

    func hash(into hasher: inout Hasher) {
        var name = name
        name.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (a: UnitKey, b: UnitKey) -> Bool {
        var (a, b) = (a.name, b.name)
        return a.withUTF8 { x in
            b.withUTF8 { y in x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
        }
    }
}
