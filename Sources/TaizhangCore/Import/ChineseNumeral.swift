/// Chinese numerals as plans use them for headings: 一 … 十 … 九十九.
enum ChineseNumeral {
    private static let digits: [Character: Int] = ["零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
                                                   "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]

    static func isNumeral(_ c: Character) -> Bool { digits[c] != nil || c == "十" }

    /// `十二` → 12, `二十` → 20, `3` → 3; nil for anything else.
    static func value(_ text: some StringProtocol) -> Int? {
        if let n = Int(text) { return n }
        guard !text.isEmpty, text.allSatisfy(isNumeral) else { return nil }
        if let ten = text.firstIndex(of: "十") {
            let high = text[..<ten].isEmpty ? 1 : digits[text[..<ten].first!] ?? 0
            let lowPart = text[text.index(after: ten)...]
            guard lowPart.count <= 1 else { return nil }
            let low = lowPart.first.flatMap { digits[$0] } ?? 0
            return high * 10 + low
        }
        guard text.count == 1 else { return nil }
        return digits[text.first!]
    }

    /// 12 → `十二`, for markers the importer has to infer.
    static func text(_ n: Int) -> String {
        let names = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard n > 0, n < 100 else { return String(n) }
        if n < 10 { return names[n] }
        let high = n / 10, low = n % 10
        return (high == 1 ? "" : names[high]) + "十" + (low == 0 ? "" : names[low])
    }
}
