#if canImport(Glibc)
import Glibc
#endif

/// The words of a string enum as UTF-8, to read a value straight from the snapshot's bytes.
///
/// Every task's status, deadline kind, units' roles and levels, and review kinds were read
/// as a `String` and matched case by case (`init(rawValue:)`), about 3% of loading a ledger
/// (review kinds: 0.6% of a JSON list). The few words are compared as bytes instead;
/// anything else (escapes, unknown words) takes the `String` path, which names the bad value.
struct EnumWords<E: RawRepresentable & CaseIterable & Sendable>: Sendable where E.RawValue == String {
    private let words: [(bytes: [UInt8], value: E)]

    init() { words = E.allCases.map { (Array($0.rawValue.utf8), $0) } }

    func value(_ bytes: UnsafeBufferPointer<UInt8>) -> E? {
        for w in words where w.bytes.count == bytes.count {
            if w.bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) { return w.value }
        }
        return nil
    }
}

extension TaskStatus { static let words = EnumWords<TaskStatus>() }
extension DeadlineKind { static let words = EnumWords<DeadlineKind>() }
extension UnitRole { static let words = EnumWords<UnitRole>() }
extension UnitLevel { static let words = EnumWords<UnitLevel>() }
extension ReviewFlag.Kind { static let words = EnumWords<ReviewFlag.Kind>() }
