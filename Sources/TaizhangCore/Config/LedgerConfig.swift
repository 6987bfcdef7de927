import Foundation

/// Settings of one ledger, from `config.json` beside it (like `access.json`):
///
///     {"format": "taizhang-config", "version": 1,
///      "warningBlueDays": 7, "warningYellowDays": 3, "staleDays": 30,
///      "noticeOffice": "区政府办公室", "noticeReplyDays": 7, "noticeContact": "王明,电话 12345678",
///      "lang": "zh"}
///
/// Small and edited by hand as often as by `taizhang config set`, so it is read with
/// `JSONDecoder` (speed does not matter here; clear errors do). A missing file means the
/// defaults; a file that cannot be read is an error naming the file, never silently the
/// defaults. Written only by coordinators, under the store's lock.
public struct LedgerConfig: Codable, Sendable, Equatable {
    public var format: String = LedgerConfig.formatName
    public var version: Int = 1
    /// Blue light: open and due within this many days.
    public var warningBlueDays: Int = 7
    /// Yellow light: open and due within this many days (or no progress for `staleDays`).
    public var warningYellowDays: Int = 3
    /// An open task with no note or change for this many days is stale (yellow).
    public var staleDays: Int = 30
    /// The issuing office (发文机关) at the end of a notice; nil: "办公室".
    public var noticeOffice: String?
    /// Units are asked to reply within this many days of the notice.
    public var noticeReplyDays: Int = 7
    /// Whom to contact about a notice (联系人及电话), printed at its end when set.
    public var noticeContact: String?
    /// The interface language for everyone on this ledger, unless the command line says otherwise.
    public var lang: String?

    public static let formatName = "taizhang-config"
    public static let fileName = "config.json"
    public static let defaults = LedgerConfig()

    public init() {}

    public init(lang: String?) { self.lang = lang }

    /// The language the config names, if any.
    public var language: Language? { lang.flatMap(Language.init(rawValue:)) }

    /// The config file that belongs to a ledger: `config.json` in the same directory.
    public static func path(forStore store: String) -> String {
        let dir = (store as NSString).deletingLastPathComponent
        return (dir.isEmpty ? "." : dir) + "/" + fileName
    }

    /// Reads the config beside `store`; the defaults when there is none.
    public static func load(forStore store: String) throws -> LedgerConfig {
        let file = path(forStore: store)
        guard let bytes = try AtomicFile.read(file) else { return .defaults }
        return try decode(Data(bytes), file: file)
    }

    static func decode(_ data: Data, file: String) throws -> LedgerConfig {
        let config: LedgerConfig
        do {
            config = try JSONDecoder().decode(LedgerConfig.self, from: data)
        } catch DecodingError.typeMismatch(let type, let c) {
            // The usual hand-editing slip: "staleDays": "30"; said in the reader's words.
            let key = c.codingPath.map(\.stringValue).joined(separator: ".")
            throw ConfigError(type == Int.self ? .configNotANumber : .configNotAText, file: file, key, "")
        } catch let error as DecodingError {
            throw ConfigError(.configUnreadable, file: file, Self.describe(error))
        } catch {
            throw ConfigError(.configUnreadable, file: file, "\(error)")
        }
        guard config.format == formatName else { throw ConfigError(.configNotAConfig, file: file) }
        try config.check(file: file)
        return config
    }

    /// Keys missing from the file take their defaults; unknown keys are ignored.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = LedgerConfig.defaults
        format = try c.decodeIfPresent(String.self, forKey: .format) ?? ""
        version = try c.decodeIfPresent(Int.self, forKey: .version) ?? 1
        warningBlueDays = try c.decodeIfPresent(Int.self, forKey: .warningBlueDays) ?? d.warningBlueDays
        warningYellowDays = try c.decodeIfPresent(Int.self, forKey: .warningYellowDays) ?? d.warningYellowDays
        staleDays = try c.decodeIfPresent(Int.self, forKey: .staleDays) ?? d.staleDays
        noticeOffice = try c.decodeIfPresent(String.self, forKey: .noticeOffice)
        noticeReplyDays = try c.decodeIfPresent(Int.self, forKey: .noticeReplyDays) ?? d.noticeReplyDays
        noticeContact = try c.decodeIfPresent(String.self, forKey: .noticeContact)
        lang = try c.decodeIfPresent(String.self, forKey: .lang)
    }

    /// Values that would make the lights or notices meaningless are refused.
    func check(file: String) throws {
        func fail(_ key: Strings.Key, _ name: String, _ value: Int) -> ConfigError {
            ConfigError(key, file: file, name, String(value))
        }
        if warningBlueDays < 0 { throw fail(.configZeroOrMore, "warningBlueDays", warningBlueDays) }
        if warningYellowDays < 0 { throw fail(.configZeroOrMore, "warningYellowDays", warningYellowDays) }
        if warningYellowDays > warningBlueDays {
            throw ConfigError(.configYellowAboveBlue, file: file, String(warningYellowDays), String(warningBlueDays))
        }
        if staleDays < 1 { throw fail(.configOneOrMore, "staleDays", staleDays) }
        if noticeReplyDays < 1 { throw fail(.configOneOrMore, "noticeReplyDays", noticeReplyDays) }
        if let lang, Language(rawValue: lang) == nil { throw ConfigError(.configBadValue, file: file, "lang", lang) }
    }

    private static func describe(_ e: DecodingError) -> String {
        func path(_ c: DecodingError.Context) -> String {
            let p = c.codingPath.map(\.stringValue).joined(separator: ".")
            return p.isEmpty ? "" : p + ": "
        }
        switch e {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c): return path(c) + c.debugDescription
        case .dataCorrupted(let c):
            let underlying = (c.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return path(c) + (underlying ?? c.debugDescription)
        @unknown default: return "\(e)"
        }
    }

    /// The file's JSON: one key a line, sorted, so a hand edit or a diff stays easy.
    public func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self)) + [0x0A]
    }
}

/// A config file that cannot be read or a value that cannot be set. Keyed like `LoopError`, so
/// the message is in the reader's language; the first argument is always the file.
public struct ConfigError: Error, CustomStringConvertible, Equatable {
    public var key: Strings.Key
    public var args: [String]

    public init(_ key: Strings.Key, file: String, _ args: String...) {
        self.key = key
        self.args = [file] + args
    }

    public var file: String { args[0] }

    public func message(_ s: Strings) -> String {
        Strings.fill(s(key), args)
    }

    public var description: String { message(Strings(.en)) }
}
