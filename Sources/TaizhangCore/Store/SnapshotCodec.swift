import Dispatch
import Foundation

/// What a snapshot file holds besides the ledger: where in the journal it stands.
struct SnapshotHeader: Sendable, Equatable {
    /// Bumped by every rewrite of the snapshot; its record in the journal names it.
    var generation: Int
    /// The last journal sequence number folded into this snapshot.
    var seq: Int
    var saved: Timestamp
    /// The hash of journal line `seq`: the chain's head this snapshot folded in (nil in
    /// snapshots written before the chain).
    var head: String? = nil
    /// Where journal line `seq` ends: readers start there.
    var journalOffset: Int? = nil

    static let empty = SnapshotHeader(generation: 0, seq: 0, saved: Timestamp(seconds: 0))

    var chainHead: ChainHead? { head.map { ChainHead(seq: seq, hash: $0) } }

    /// Reads a member of the header; false when `k` is not one.
    mutating func read(_ k: JSONReader.Key, _ r: inout JSONReader) throws -> Bool {
        if k == "generation" { generation = try r.int() }
        else if k == "seq" { seq = try r.int() }
        else if k == "saved" { saved = try ModelCodec.timestamp(&r) }
        else if k == "head" { head = try r.string() }
        else if k == "journal" { journalOffset = try r.int() }
        else { return false }
        return true
    }
}

/// Reads and writes the ledger snapshot (`ledger.json`).
///
/// The file is one JSON object, written one plan or task per line:
///
///     {"format":"taizhang-ledger","version":1,"generation":3,"seq":41,"saved":"…","aliases":{…},
///     "plans":[
///     {"id":"HD21",…},
///     ],
///     "tasks":[
///     {"id":"HD21-1",…},
///     {"id":"HD21-2",…}
///     ]}
///
/// Any JSON reader can read it; this one uses the line layout to split the tasks between
/// the cores and to find a single task by its id without parsing the rest.
enum SnapshotCodec {
    static let format = "taizhang-ledger"
    /// 2: a task's details (text, measure, unit cells, lines, notes, history) come last.
    static let version = 2

    static func encode(_ ledger: Ledger, header: SnapshotHeader) -> [UInt8] {
        var w = JSONWriter(capacity: 1024 + ledger.tasks.count * 900)
        w.raw("{\"format\":\"taizhang-ledger\",\"version\":2")
        w.key("generation"); w.int(header.generation)
        w.key("seq"); w.int(header.seq)
        w.key("saved"); w.string(header.saved.iso)
        if let head = header.head { w.key("head"); w.string(head) }
        if let offset = header.journalOffset { w.key("journal"); w.int(offset) }
        w.key("aliases"); w.byte(0x7B)
        for (i, alias) in ledger.aliases.keys.sorted().enumerated() {
            w.key(dynamic: alias, first: i == 0)
            w.string(ledger.aliases[alias]!)
        }
        w.byte(0x7D)
        w.raw(",\"plans\":[")
        for (i, p) in ledger.plans.enumerated() {
            w.raw(i == 0 ? "\n" : ",\n")
            ModelCodec.write(p, to: &w)
        }
        w.raw("\n],\"tasks\":[")
        // Tasks are encoded in parallel chunks, then joined: encoding dominates a save.
        let parts = Parallel.map(Parallel.chunks(ledger.tasks.count)) { chunk in
            var part = JSONWriter(capacity: chunk.count * 900)
            for i in chunk {
                part.raw(i == 0 ? "\n" : ",\n")
                ModelCodec.write(ledger.tasks[i], to: &part)
            }
            return part.bytes
        }
        // Joined into one array sized once: the writer's own memory would be copied out again.
        var out = w.bytes
        out.reserveCapacity(out.count + parts.reduce(0) { $0 + $1.count } + 4)
        for p in parts { out += p }
        out += Array("\n]}\n".utf8)
        return out
    }

    /// Decodes the whole snapshot. With `lazy` (the mapped file `bytes` lie in), tasks keep
    /// their notes and history undecoded until used.
    static func decode(_ bytes: UnsafeRawBufferPointer, lazy: SnapshotBytes? = nil) throws -> (Ledger, SnapshotHeader) {
        var r = JSONReader.document(bytes)
        var format: String?, version: Int?
        var header = SnapshotHeader.empty
        var aliases: [String: String] = [:]
        var plans: [Plan] = []
        var tasks: [LedgerTask] = []
        try r.object { r, k in
            if k == "format" { format = try r.string() }
            else if k == "version" { version = try r.int() }
            else if try header.read(k, &r) {}
            else if k == "aliases" {
                try r.object { r, k in aliases[k.string] = try r.string() }
            }
            else if k == "plans" { plans = try readPlans(&r, bytes, lazy: lazy) }
            else if k == "tasks" { tasks = try readTasks(&r, bytes, lazy: lazy, version: version ?? 1) }
            else { try r.skip() }
        }
        guard r.atEnd else { throw r.error("unexpected text after the ledger's closing '}'") }
        guard format == Self.format else {
            throw JSONSyntaxError(offset: 0, message: "not a Taizhang ledger (\"format\" is \(format.map { "\"\($0)\"" } ?? "missing"))")
        }
        guard let version, version <= Self.version else {
            throw JSONSyntaxError(offset: 0, message: "ledger format version \(version ?? 0) is newer than this program reads (\(Self.version))")
        }
        return (Ledger(plans: plans, tasks: tasks, aliases: aliases), header)
    }

    /// Reads only the header (generation, seq), stopping before the plans.
    static func decodeHeader(_ bytes: UnsafeRawBufferPointer) throws -> SnapshotHeader {
        try decodeHead(bytes).header
    }

    /// The header fields, aliases and plans: everything before the tasks, which is small.
    private static func decodeHead(_ bytes: UnsafeRawBufferPointer, lazy: SnapshotBytes? = nil) throws -> (header: SnapshotHeader, aliases: [String: String], plans: [Plan]) {
        var r = JSONReader.document(bytes)
        var header = SnapshotHeader.empty
        var aliases: [String: String] = [:]
        var plans: [Plan] = []
        var format: String?
        try r.expect(0x7B, "'{'")
        var first = true
        while let k = try r.nextKey(&first) {
            if k == "format" { format = try r.string() }
            else if k == "version" {
                let v = try r.int()
                if v > version { throw JSONSyntaxError(offset: 0, message: "ledger format version \(v) is newer than this program reads (\(version))") }
            }
            else if try header.read(k, &r) {}
            else if k == "aliases" { try r.object { r, k in aliases[k.string] = try r.string() } }
            else if k == "plans" { plans = try ModelCodec.list(&r) { try ModelCodec.readPlan(&$0, lazy: lazy) } }
            else if k == "tasks" { break }
            else { try r.skip() }
        }
        guard format == Self.format else {
            throw JSONSyntaxError(offset: 0, message: "not a Taizhang ledger (\"format\" is \(format.map { "\"\($0)\"" } ?? "missing"))")
        }
        return (header, aliases, plans)
    }

    /// Reads the header, the aliases and only the tasks in `ids`, by finding their lines.
    /// Returns nil when the file does not have this program's layout (hand-formatted):
    /// the caller then reads it all.
    static func decodePartial(_ bytes: UnsafeRawBufferPointer, ids: Set<TaskID>, lazy: SnapshotBytes? = nil) throws -> (Ledger, SnapshotHeader)? {
        let prefix = Array("{\"format\":\"taizhang-ledger\"".utf8)
        guard bytes.count > prefix.count, memcmp(bytes.baseAddress!, prefix, prefix.count) == 0 else { return nil }
        let marker = Array("\n],\"tasks\":[".utf8)
        let p = bytes.baseAddress!.assumingMemoryBound(to: UInt8.self)
        // The tasks marker sits after the plans, which are few: search forwards from the start.
        var tasksStart: Int?
        var i = 0
        while i < bytes.count {
            guard let nl = memchr(p + i, 0x0A, bytes.count - i) else { break }
            let at = UnsafeRawPointer(nl).assumingMemoryBound(to: UInt8.self) - p
            if at + marker.count <= bytes.count, memcmp(p + at, marker, marker.count) == 0 { tasksStart = at + marker.count; break }
            i = at + 1
        }
        guard let tasksStart else { return nil }
        let (header, aliases, plans) = try decodeHead(bytes, lazy: lazy)
        var tasks: [LedgerTask] = []
        let idPrefix = Array("{\"id\":\"".utf8)
        i = tasksStart
        while i < bytes.count, tasks.count < ids.count {
            guard let nl = memchr(p + i, 0x0A, bytes.count - i) else { break }
            let lineStart = UnsafeRawPointer(nl).assumingMemoryBound(to: UInt8.self) - p + 1
            i = lineStart
            guard lineStart + idPrefix.count < bytes.count,
                  memcmp(p + lineStart, idPrefix, idPrefix.count) == 0 else { continue }
            let idStart = lineStart + idPrefix.count
            guard let q = memchr(p + idStart, 0x22, bytes.count - idStart) else { continue }
            let idEnd = UnsafeRawPointer(q).assumingMemoryBound(to: UInt8.self) - p
            let id = TaskID(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[idStart..<idEnd]), as: UTF8.self))
            guard ids.contains(id) else { continue }
            var lineEnd = (memchr(p + lineStart, 0x0A, bytes.count - lineStart)).map { UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self) - p } ?? bytes.count
            if p[lineEnd - 1] == 0x2C { lineEnd -= 1 }
            var r = JSONReader(bytes, from: lineStart, to: lineEnd, depth: 2)
            tasks.append(try ModelCodec.readTask(&r))
        }
        return (Ledger(plans: plans, tasks: tasks, aliases: aliases), header)
    }

    /// Reads the plans array, split by lines between the cores when the file has the
    /// one-plan-per-line layout: 500 plans with their sections and source lines took 9 ms on
    /// one core, a sixth of loading the seeds ×100 ledger.
    private static func readPlans(_ r: inout JSONReader, _ bytes: UnsafeRawBufferPointer, lazy: SnapshotBytes?) throws -> [Plan] {
        guard let (ranges, after) = objectLines(bytes, from: r.position) else {
            return try ModelCodec.list(&r) { try ModelCodec.readPlan(&$0) }
        }
        let bytes = UnsafeSendable(bytes)
        let parts = Parallel.map(Parallel.chunks(ranges.count, minimumChunk: 64)) { chunk in
            Result { () throws(JSONSyntaxError) -> [Plan] in
                var plans: [Plan] = []
                plans.reserveCapacity(chunk.count)
                // Each thread's plans hold their own handle (see `readTasks`).
                let handle = lazy.map { SnapshotBytes($0.file) }
                for i in chunk {
                    var line = JSONReader(bytes.value, from: ranges[i].lowerBound, to: ranges[i].upperBound, depth: 2)
                    do {
                        plans.append(try ModelCodec.readPlan(&line, lazy: handle))
                        guard line.atEnd else { throw line.error("expected ',' or ']' after a plan") }
                    } catch let e as JSONSyntaxError {
                        throw e
                    } catch {
                        throw JSONSyntaxError(offset: ranges[i].lowerBound, message: "\(error)")
                    }
                }
                return plans
            }
        }
        r = JSONReader(bytes.value, from: after, depth: 1)
        return try parts.flatMap { try $0.get() }
    }

    /// Reads the tasks array: split by lines and decoded on all cores when the file has the
    /// one-task-per-line layout, else (a hand-formatted file) read in order.
    private static func readTasks(_ r: inout JSONReader, _ bytes: UnsafeRawBufferPointer, lazy: SnapshotBytes?,
                                  version: Int) throws -> [LedgerTask] {
        let arrayStart = r.position
        if let (ranges, after) = objectLines(bytes, from: arrayStart) {
            let chunks = Parallel.chunks(ranges.count)
            var failures = [JSONSyntaxError?](repeating: nil, count: chunks.count)
            // Workers decode straight into their part of the result: no copies of 100,000 tasks.
            let tasks = [LedgerTask](unsafeUninitializedCapacity: ranges.count) { out, initialized in
                let out = UnsafeSendable(out)
                let bytes = UnsafeSendable(bytes)
                var done = [Int](repeating: 0, count: chunks.count)
                failures.withUnsafeMutableBufferPointer { fail in
                    done.withUnsafeMutableBufferPointer { done in
                        let fail = UnsafeSendable(fail), done = UnsafeSendable(done)
                        DispatchQueue.concurrentPerform(iterations: chunks.count) { c in
                            var count = 0
                            // Each thread's tasks hold their own handle on the mapping: one shared
                            // object retained by every task from both cores made its reference
                            // count bounce between them (a fifth of the load, measured).
                            let handle = lazy.map { SnapshotBytes($0.file) }
                            let interner = StringInterner()
                            do {
                                for i in chunks[c] {
                                    var line = JSONReader(bytes.value, from: ranges[i].lowerBound, to: ranges[i].upperBound, depth: 2)
                                    line.interner = interner
                                    let task = try ModelCodec.readTask(&line, lazy: handle, version: version)
                                    guard line.atEnd else { throw line.error("expected ',' or ']' after a task") }
                                    (out.value.baseAddress! + i).initialize(to: task)
                                    count += 1
                                }
                            } catch let e as JSONSyntaxError {
                                fail.value[c] = e
                            } catch {
                                fail.value[c] = JSONSyntaxError(offset: 0, message: "\(error)")
                            }
                            done.value[c] = count
                        }
                    }
                }
                // On failure, release what was made and return nothing; the error is thrown below.
                if failures.contains(where: { $0 != nil }) {
                    for (c, n) in zip(chunks, done) { (out.value.baseAddress! + c.lowerBound).deinitialize(count: n) }
                    initialized = 0
                } else {
                    initialized = ranges.count
                }
            }
            if let failure = failures.compactMap({ $0 }).first { throw failure }
            r = JSONReader(bytes, from: after, depth: 1)
            return tasks
        }
        // A hand-formatted file: read it all, in order (lazy details need one task per line).
        r.interner = StringInterner()
        defer { r.interner = nil }
        return try ModelCodec.list(&r) { try ModelCodec.readTask(&$0) }
    }

    /// Byte ranges of an array's objects (plans, tasks) when each sits on its own line; nil otherwise.
    private static func objectLines(_ bytes: UnsafeRawBufferPointer, from start: Int) -> ([Range<Int>], Int)? {
        let p = bytes.baseAddress!.assumingMemoryBound(to: UInt8.self)
        let n = bytes.count
        var i = start
        while i < n, p[i] == 0x20 { i += 1 }
        guard i < n, p[i] == 0x5B else { return nil }
        i += 1
        var ranges: [Range<Int>] = []
        // Every object but the last is followed by a comma (the last may be too, as
        // JSONSerialization allows); one missing is not this program's layout.
        var followedByComma = true
        while true {
            guard i < n, p[i] == 0x0A else { return nil }
            i += 1
            guard i < n else { return nil }
            if p[i] == 0x5D { return (ranges, i + 1) }
            guard p[i] == 0x7B, followedByComma else { return nil }
            let lineStart = i
            guard let nl = memchr(p + i, 0x0A, n - i) else { return nil }
            var lineEnd = UnsafeRawPointer(nl).assumingMemoryBound(to: UInt8.self) - p
            i = lineEnd
            followedByComma = lineEnd > lineStart && p[lineEnd - 1] == 0x2C
            if followedByComma { lineEnd -= 1 }
            ranges.append(lineStart..<lineEnd)
        }
    }
}
