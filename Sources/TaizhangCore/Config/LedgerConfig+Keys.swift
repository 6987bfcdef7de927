/// `taizhang config get|set KEY VALUE`: the keys by name, their values as text.
extension LedgerConfig {
    /// Every key a person may set, in the order `config get` lists them.
    public static let keys = ["warningBlueDays", "warningYellowDays", "staleDays", "noticeOffice", "noticeReplyDays",
                              "noticeContact", "lang"]

    /// The value of `key` as text (empty for an unset text value); nil for an unknown key.
    public func value(of key: String) -> String? {
        switch key {
        case "warningBlueDays": return String(warningBlueDays)
        case "warningYellowDays": return String(warningYellowDays)
        case "staleDays": return String(staleDays)
        case "noticeOffice": return noticeOffice ?? ""
        case "noticeReplyDays": return String(noticeReplyDays)
        case "noticeContact": return noticeContact ?? ""
        case "lang": return lang ?? ""
        default: return nil
        }
    }

    /// This config with `key` set from `text`; an empty text unsets a text value.
    public func setting(_ key: String, to text: String, file: String) throws -> LedgerConfig {
        var c = self
        func number() throws -> Int {
            guard let n = Int(text.trimmingCharacters(in: .whitespaces)) else {
                throw ConfigError(.configNotANumber, file: file, key, "(\"\(text)\")")
            }
            return n
        }
        let optional: String? = text.isEmpty ? nil : text
        switch key {
        case "warningBlueDays": c.warningBlueDays = try number()
        case "warningYellowDays": c.warningYellowDays = try number()
        case "staleDays": c.staleDays = try number()
        case "noticeOffice": c.noticeOffice = optional
        case "noticeReplyDays": c.noticeReplyDays = try number()
        case "noticeContact": c.noticeContact = optional
        case "lang": c.lang = optional
        default:
            throw ConfigError(.configUnknownKey, file: file, key, Self.keys.joined(separator: ", "))
        }
        try c.check(file: file)
        return c
    }

    /// Changes the config file under the store's lock: only coordinators may, and the value
    /// is checked before anything is written.
    public static func update(store: LedgerStore, policy: AccessPolicy, by login: String,
                              _ body: (LedgerConfig, String) throws -> LedgerConfig) throws -> LedgerConfig {
        try policy.checkCoordinator(login, doing: .changeSettings)
        return try store.exclusively {
            let file = path(forStore: store.path)
            let next = try body(try load(forStore: store.path), file)
            try store.writeBeside(try next.encoded(), to: file)
            return next
        }
    }
}
