import Foundation

/// One `String` for each distinct piece of text that repeats across a ledger's tasks — unit
/// names, time limits as written, plan and section ids.
///
/// A unit name in Chinese is longer than Swift's 15-byte small-string form, so decoding it
/// allocates and validates it again for every task that names the unit: at 100,000 tasks,
/// 200,000 allocations of a few hundred distinct names. Looking the bytes up here returns the
/// string already made. One interner serves one decoding thread; it is not shared.
final class StringInterner {
    private var slots: [Slot]
    private var count = 0

    private struct Slot {
        var hash: UInt64 = 0
        var value: String?
    }

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(), count: size)
    }

    /// The string made of these UTF-8 bytes (already known to hold no escapes); nil when they
    /// are not valid UTF-8.
    func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while let value = slots[i].value {
            if slots[i].hash == hash, Self.equal(value, bytes) { return value }
            i = (i + 1) & mask
        }
        guard let value = JSONReader.utf8String(bytes) else { return nil }
        slots[i] = Slot(hash: hash, value: value)
        count += 1
        if count * 2 > slots.count { grow() }
        return value
    }

    /// FNV-1a: the keys are short and not chosen by an attacker (they come from the ledger
    /// file this process is reading), so a seeded SipHash buys nothing here.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    private static func equal(_ s: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var s = s
        return s.withUTF8 { utf8 in
            guard utf8.count == bytes.count else { return false }
            return utf8.isEmpty || memcmp(utf8.baseAddress!, bytes.baseAddress!, bytes.count) == 0
        }
    }

    private func grow() {
        let old = slots
        slots = Array(repeating: Slot(), count: old.count * 2)
        let mask = slots.count - 1
        for slot in old where slot.value != nil {
            var i = Int(truncatingIfNeeded: slot.hash) & mask
            while slots[i].value != nil { i = (i + 1) & mask }
            slots[i] = slot
        }
    }
}
