import TaizhangCore

/// swift-argument-parser writes its headings and errors in English; this puts them into the
/// reader's language (the help of each command and option already comes from the strings
/// table). Checked by the Chinese-everywhere test, which fails on any English sentence left.
struct ParserText {
    let strings: Strings

    func translate(_ text: String) -> String {
        guard strings.language == .zh else { return text }
        var out = text
        for (pattern, key) in Self.patterns {
            out = out.replacingOccurrences(of: pattern, with: strings(key), options: .regularExpression)
        }
        return out
    }

    /// The parser's phrases, as regular expressions, and the strings-table entry for each
    /// (`$1`… keep what was matched: an option's name, a value).
    static let patterns: [(String, Strings.Key)] = [
        (#"(?m)^OVERVIEW: "#, .apOverview),
        (#"(?m)^USAGE: "#, .apUsage),
        (#"(?m)^ARGUMENTS:$"#, .apArguments),
        (#"(?m)^OPTIONS:$"#, .apOptions),
        (#"(?m)^SUBCOMMANDS:$"#, .apSubcommands),
        (#"(?m)^  See 'taizhang help ([^']*)<subcommand>' for detailed help\.$"#, .apSeeHelp),
        (#"Show help information\."#, .apShowHelp),
        (#"Show the version\."#, .apShowVersion),
        (#"\(default:"#, .apDefault),
        (#"\(values:"#, .apValues),
        (#"(?m)\. Please provide one of (.*)\.$"#, .apProvideOneOf),
        (#"(?m)\. Please provide one of the following:$"#, .apProvideList),
        (#"(?m)^  See 'taizhang ([^']*)--help' for more information\.$"#, .apSeeMoreHelp),
        (#"\(default\)"#, .apDefaultSubcommand),
        (#"(?m)^Error: Missing expected argument '([^']*)'"#, .apMissingArgument),
        (#"(?m)^Error: Missing value for '([^']*)'"#, .apMissingValue),
        (#"(?m)^Error: Unknown option '([^']*)'"#, .apUnknownOption),
        (#"(?m)^Error: Unexpected argument '([^']*)'"#, .apUnexpectedArgument),
        (#"(?m)^Error: (\d+) unexpected arguments: (.*)$"#, .apUnexpectedArguments),
        (#"(?m)^Error: The value '([^']*)' is invalid for '([^']*)'(?!:)"#, .apInvalidValue),
        (#"(?m)^Error: The value '([^']*)' is invalid for '([^']*)': (.*)$"#, .apInvalidValueWhy),
        (#"(?m)^Error: Missing expected argument"#, .apMissing),
        (#"(?m)^Error: "#, .apError),
        (#"(?m)^Help:  "#, .apHelpLine),
        (#"(?m)^Usage: "#, .apUsageLine),
    ]
}
