import CSupport
import Foundation
import ZIPFoundation
#if canImport(Glibc)
import Glibc
#endif

/// The parts of an Office Open XML package (a zip archive), by their path inside it.
///
/// Reading and writing go through ZIPFoundation without temporary files on disk: the exporter
/// builds the archive in memory; the importer reads from an anonymous in-memory file, because
/// ZIPFoundation's in-memory reader traps when a damaged archive's offsets point past its end
/// (found by the import fuzzer), while its file reader reports an error.
public enum ZipParts {
    public enum Failure: Error, CustomStringConvertible {
        case notAZip
        case missingPart(String)
        case unreadablePart(String, String)

        public var description: String {
            switch self {
            case .notAZip: return "not a zip archive (an Office 2007+ file is one; an old .doc/.xls must be saved as .docx/.xlsx first)"
            case .missingPart(let p): return "the archive has no part \(p)"
            case let .unreadablePart(p, why): return "part \(p) cannot be read: \(why)"
            }
        }
    }

    /// Reads the parts whose paths are listed, skipping none: a missing one is an error.
    static func read(_ bytes: [UInt8], parts wanted: [String], optional: Set<String> = []) throws -> [String: Data] {
        let (archive, file) = try open(bytes)
        defer { close(file) }
        var found: [String: Data] = [:]
        for path in wanted {
            guard let entry = archive[path] else {
                if optional.contains(path) { continue }
                throw Failure.missingPart(path)
            }
            var data = Data()
            do { _ = try archive.extract(entry, skipCRC32: false) { data.append($0) } } catch {
                throw Failure.unreadablePart(path, "\(error)")
            }
            found[path] = data
        }
        return found
    }

    /// Paths of every entry, for parts named by a relationship (sheet1.xml, sheet2.xml …).
    static func paths(_ bytes: [UInt8]) throws -> [String] {
        let (archive, file) = try open(bytes)
        defer { close(file) }
        return archive.map(\.path)
    }

    /// The archive read from an in-memory file holding `bytes`, and that file's descriptor.
    private static func open(_ bytes: [UInt8]) throws -> (Archive, Int32) {
        let fd = tz_memory_file("taizhang-zip")
        guard fd >= 0 else { throw Failure.notAZip }
        do {
            try AtomicFile.writeAll(fd, bytes, file: "zip")
            return (try Archive(url: URL(fileURLWithPath: "/proc/self/fd/\(fd)"), accessMode: .read), fd)
        } catch {
            close(fd)
            throw Failure.notAZip
        }
    }

    /// A deflated archive of the given parts, in the order given.
    static func write(_ parts: [(path: String, text: String)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let fixed = Date(timeIntervalSince1970: 1_577_836_800) // the same bytes for the same ledger
        for part in parts {
            let data = Data(part.text.utf8)
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixed,
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }
}
