/// The interface language: Chinese under a zh_* locale, English otherwise.
///
/// Chosen from the locale *names* in the environment, not from which locale could be set:
/// the servers often have only C.UTF-8, yet a user with LANG=zh_CN.UTF-8 reads Chinese.
public enum Language: String, Sendable, CaseIterable {
    case zh, en

    public static func from(environment env: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let v = env[key], !v.isEmpty { return v.lowercased().hasPrefix("zh") ? .zh : .en }
        }
        return .en
    }
}
