import Foundation

/// Settings of a ledger for everyone who uses it, from `config.json` beside the ledger (like
/// `access.json`), written by coordinators with `taizhang config set KEY VALUE`:
///
///     {"format": "taizhang-config", "version": 1, "lang": "zh"}
///
/// Every member is optional: a missing file or key means the default.
public struct LedgerConfig: Codable, Sendable, Equatable {
    public var format: String = "taizhang-config"
    public var version: Int = 1
    /// The interface language for everyone on this ledger ("zh" or "en"): a server whose
    /// locale is C still serves Chinese. A person's `--lang` or `TAIZHANG_LANG` comes first.
    public var lang: String?

    public init(lang: String? = nil) { self.lang = lang }

    public static let fileName = "config.json"

    /// The config file that belongs to a ledger: `config.json` in the same directory.
    public static func path(forStore store: String) -> String {
        let dir = (store as NSString).deletingLastPathComponent
        return (dir.isEmpty ? "." : dir) + "/" + fileName
    }

    /// Reads the config file; the defaults when it does not exist. A file that cannot be read
    /// or decoded is an error naming the file, never silently the defaults.
    public static func load(forStore store: String) throws -> LedgerConfig {
        let file = path(forStore: store)
        guard let bytes = try AtomicFile.read(file) else { return LedgerConfig() }
        do {
            let config = try JSONDecoder().decode(LedgerConfig.self, from: Data(bytes))
            guard config.format == "taizhang-config" else { throw ConfigError.notAConfig(file: file) }
            if let lang = config.lang, Language(rawValue: lang) == nil { throw ConfigError.badValue(file: file, key: "lang", value: lang) }
            return config
        } catch let error as ConfigError {
            throw error
        } catch {
            throw ConfigError.unreadable(file: file, reason: String(describing: error))
        }
    }

    /// The language the config names, if any.
    public var language: Language? { lang.flatMap(Language.init(rawValue:)) }
}

extension LedgerConfig {
    enum CodingKeys: String, CodingKey { case format, version, lang }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        format = try c.decodeIfPresent(String.self, forKey: .format) ?? "taizhang-config"
        version = try c.decodeIfPresent(Int.self, forKey: .version) ?? 1
        lang = try c.decodeIfPresent(String.self, forKey: .lang)
    }
}

/// A config file that cannot be used; the message names the file.
public enum ConfigError: Error, Equatable {
    case unreadable(file: String, reason: String)
    case notAConfig(file: String)
    case badValue(file: String, key: String, value: String)
}
