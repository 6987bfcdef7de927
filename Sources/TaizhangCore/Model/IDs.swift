import Foundation

/// A plan's short code, e.g. `HD21` (花都 2021): the prefix of every task id in the plan.
public struct PlanID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: PlanID, b: PlanID) -> Bool { a.rawValue < b.rawValue }
}

/// A task's id, e.g. `HD21-3`: typed so that a section id cannot be passed where a task id
/// is wanted. Ids are assigned once at import and never change, so they can be written on
/// paper, in mail and in scripts.
public struct TaskID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    /// An id as a person typed it: the plan code in capitals, the rest in small letters
    /// (`hd21-3` → `HD21-3`, `dg17-7.1B` → `DG17-7.1b`).
    public init(typed: String) {
        let t = typed.trimmingCharacters(in: .whitespaces)
        if let dash = t.lastIndex(of: "-") {
            self.rawValue = t[..<dash].uppercased() + "-" + t[t.index(after: dash)...].lowercased()
        } else {
            self.rawValue = t.uppercased()
        }
    }

    /// The plan part of the id (`HD21` of `HD21-3`).
    public var plan: PlanID {
        guard let dash = rawValue.lastIndex(of: "-") else { return PlanID(rawValue) }
        return PlanID(String(rawValue[..<dash]))
    }

    /// Orders `HD21-2` before `HD21-10` (numeric parts compared as numbers).
    public static func < (a: TaskID, b: TaskID) -> Bool {
        NaturalOrder.less(a.rawValue, b.rawValue)
    }
}

/// A section's id within the ledger, e.g. `HD21/2.1` for the first subsection of section 二.
public struct SectionID: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
}

/// Compares strings with runs of ASCII digits as numbers: `7.2` < `7.10`.
enum NaturalOrder {
    static func less(_ a: String, _ b: String) -> Bool {
        var i = a.utf8.makeIterator(), j = b.utf8.makeIterator()
        var x = i.next(), y = j.next()
        while let cx = x, let cy = y {
            if isDigit(cx) && isDigit(cy) {
                var nx = 0, ny = 0
                while let c = x, isDigit(c) { nx = nx &* 10 &+ Int(c - 48); x = i.next() }
                while let c = y, isDigit(c) { ny = ny &* 10 &+ Int(c - 48); y = j.next() }
                if nx != ny { return nx < ny }
                continue
            }
            if cx != cy { return cx < cy }
            x = i.next(); y = j.next()
        }
        return x == nil && y != nil
    }
    private static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
}
