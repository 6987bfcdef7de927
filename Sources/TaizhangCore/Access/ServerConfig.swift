import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `/etc/taizhang.conf`: the ledgers a setgid `taizhang` may open, written by root
/// (`scripts/install-server`). When the program holds the service group's rights, a ledger
/// is only ever one listed here; `--store` and `$TAIZHANG_STORE` pick among them, by name or
/// path, and without either the first is used.
///
///     {"format": "taizhang-conf", "version": 1,
///      "stores": [{"name": "main", "path": "/srv/taizhang/ledger.json"}]}
///
/// Read with `JSONDecoder`: it is small, written by hand or by the install script, and strict
/// decoding names what is wrong.
public struct ServerConfig: Decodable, Sendable {
    public struct Store: Decodable, Sendable {
        public var name: String
        public var path: String
    }

    public var format: String
    public var version: Int
    public var stores: [Store]

    public static let systemPath = "/etc/taizhang.conf"

    /// The configuration that belongs to this installation: `PREFIX/etc/taizhang.conf` for a
    /// program in `PREFIX/bin` (a test's private installation), if root owns it, else
    /// `/etc/taizhang.conf`. The executable's place comes from the kernel (`/proc/self/exe`),
    /// not from anything the user can set.
    public static func locate() -> String {
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            let prefix = ((exe as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
            let beside = prefix + "/etc/taizhang.conf"
            if prefix != "/usr", prefix != "/usr/local", FileManager.default.fileExists(atPath: beside), rootOnly(beside) {
                return beside
            }
        }
        return systemPath
    }

    /// Reads and checks the file: it and every directory above it must be root's and writable
    /// by root only (like sudoers), so that nobody else can add a ledger to the list.
    public static func load(_ path: String, strings s: Strings) throws -> ServerConfig {
        guard FileManager.default.fileExists(atPath: path) else { throw ServerSetupError(message: s(.serverNoConf, path)) }
        guard rootOnly(path) else { throw ServerSetupError(message: s(.serverConfInsecure, path)) }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let config = try DecodingProblem.decode(ServerConfig.self, from: [UInt8](data))
            guard config.format == "taizhang-conf", config.version == 1, !config.stores.isEmpty else {
                throw ServerSetupError(message: s(.serverConfInvalid, path, "expected {\"format\":\"taizhang-conf\",\"version\":1,\"stores\":[…]}"))
            }
            return config
        } catch let e as ServerSetupError {
            throw e
        } catch {
            throw ServerSetupError(message: s(.serverConfInvalid, path, DecodingProblem.describe(error)))
        }
    }

    /// The ledger `requested` names (a listed name or path), or the first one.
    public func resolve(_ requested: String?, conf: String, strings s: Strings) throws -> String {
        guard let requested else { return stores[0].path }
        if let store = stores.first(where: { $0.name == requested || $0.path == requested }) { return store.path }
        let listed = stores.map { "\($0.name) (\($0.path))" }.joined(separator: ", ")
        throw ServerSetupError(message: s(.serverStoreNotListed, requested, conf, listed))
    }

    /// True when the file and each directory above it belong to root and only root may write
    /// them (a sticky directory such as /tmp counts as safe: others cannot replace root's files).
    static func rootOnly(_ path: String) -> Bool {
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_uid == 0, st.st_mode & 0o022 == 0 else { return false }
        var dir = (path as NSString).deletingLastPathComponent
        while true {
            guard lstat(dir, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR, st.st_uid == 0,
                  st.st_mode & 0o022 == 0 || st.st_mode & S_ISVTX != 0 else { return false }
            if dir == "/" || dir.isEmpty { return true }
            dir = (dir as NSString).deletingLastPathComponent
        }
    }
}

/// Reads the small files people edit by hand, and says where they are wrong.
enum DecodingProblem {
    /// Checks the whole text as JSON (`JSONSerialization`), then decodes its shape
    /// (`JSONDecoder`). JSONDecoder alone leaves members it does not decode unchecked: a
    /// misspelt key holding bytes that are not UTF-8 passed (found by the access fuzzer).
    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        let data = Data(bytes)
        _ = try JSONSerialization.jsonObject(with: data)
        return try JSONDecoder().decode(type, from: data)
    }

    static func describe(_ error: Error) -> String {
        guard let e = error as? DecodingError else {
            return ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? String(describing: error)
        }
        func path(_ c: DecodingError.Context) -> String {
            let p = c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return p.isEmpty ? "" : "\(p): "
        }
        switch e {
        case .dataCorrupted(let c): return path(c) + ((c.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String ?? c.debugDescription)
        case .keyNotFound(let key, let c): return path(c) + "\"\(key.stringValue)\" is missing"
        case .typeMismatch(_, let c), .valueNotFound(_, let c): return path(c) + c.debugDescription
        @unknown default: return String(describing: e)
        }
    }
}
