import ArgumentParser
import Foundation
import TaizhangCore

/// The command line's language, settled before the arguments are parsed, because the help
/// text and the parser's own messages are made while parsing.
enum CLI {
    nonisolated(unsafe) static var language: Language = .en
    static var strings: Strings { Strings(language) }

    /// An option's or argument's help in the command line's language.
    static func help(_ key: Strings.HelpKey) -> ArgumentHelp { ArgumentHelp(strings(key)) }

    /// Finds the language from the raw arguments (`--lang`, and `--store` for its config),
    /// the environment and the ledger's config. A config that cannot be read is reported
    /// later, when the command loads it; here it only does not choose the language.
    static func settleLanguage(arguments: [String], environment: [String: String]) {
        let option = value(of: "--lang", in: arguments)
        let store = GlobalOptions.storePath(option: value(of: "--store", in: arguments), environment: environment)
        let config = try? LedgerConfig.load(forStore: store)
        language = Language.resolve(option: option, environment: environment, config: config)
    }

    /// The value of `--name VALUE` or `--name=VALUE` in raw arguments.
    static func value(of name: String, in arguments: [String]) -> String? {
        for (i, a) in arguments.enumerated() {
            if a == name, i + 1 < arguments.count { return arguments[i + 1] }
            if a.hasPrefix(name + "=") { return String(a.dropFirst(name.count + 1)) }
        }
        return nil
    }
}
