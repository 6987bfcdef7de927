/// The interface language: Chinese under a zh_* locale, English otherwise.
///
/// Chosen from the locale *names* in the environment, not from which locale could be set:
/// the servers often have only C.UTF-8, yet a user with LANG=zh_CN.UTF-8 reads Chinese.
public enum Language: String, Sendable, CaseIterable {
    case zh, en

    /// The language of one person's command or screen, first found of: `--lang`, then
    /// `TAIZHANG_LANG`, then the ledger's `config.json`, then the locale. A server whose
    /// locale is C can so serve Chinese without `--lang` on every command.
    public static func resolve(option: String?, environment env: [String: String], config: LedgerConfig?) -> Language {
        if let option, let l = Language(rawValue: option.lowercased()) { return l }
        if let v = env["TAIZHANG_LANG"], let l = Language(rawValue: v.lowercased()) { return l }
        if let l = config?.language { return l }
        return from(environment: env)
    }

    /// From the locale names: Chinese under zh_*, English otherwise.
    public static func from(environment env: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let v = env[key], !v.isEmpty { return v.lowercased().hasPrefix("zh") ? .zh : .en }
        }
        return .en
    }
}
