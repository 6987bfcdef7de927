/// One unit name read from a cell, with the role its own words give it.
struct UnitItem: Equatable {
    var name: String
    /// From the unit's own words; nil when it has none and the cell's rules decide.
    var role: UnitRole?
    /// The role also applies to the unmarked names before it in its clause ("A、B牵头").
    var sharesRole: Bool
}

/// Reads one clause of a cell (the text between , and ;) into unit items.
///
/// Inside a clause names are separated by 、 or spaces. A marker at the end of a name
/// applies to it and to the unmarked names before it ("A、B牵头": both lead); 牵头 followed
/// by another name makes that one support ("区司法局牵头区直有关行政执法部门"); 会 or 会同
/// joins two units under one marker ("办公室会法规科牵头": both lead).
enum UnitClause {
    /// Words that make 牵头 part of a name rather than a marker: 各牵头单位.
    static let nounsAfterLead = ["单位", "部门", "科室", "处室"]

    /// How a unit's name ends, to tell the 会 of "办公室会法规科" from that of 区工会 or 社会.
    static let unitEndings: Set<Character> = [
        "室", "科", "局", "办", "处", "委", "部", "厅", "站", "所", "队", "院", "组", "心",
        "府", "馆", "台", "司", "会", "联",
    ]

    /// Words that start with 会 and so are no join: 会计科, 会议室, 会展中心, 会务联络科.
    static let wordsStartingWithJoin: Set<Character> = ["计", "议", "展", "务", "员", "所", "馆", "堂", "商", "签", "审"]

    /// The clause's units in reading order, and whether one ended with 等.
    static func read(_ clause: String) -> (items: [UnitItem], andOthers: Bool) {
        var items: [UnitItem] = [], andOthers = false
        for piece in BracketSplitter.split(clause, at: ["、"], separatesAtSpace: true) {
            let marked = UnitRoleWords.strippingMarkers(piece)
            let trimmed = UnitRoleWords.strippingAndOthers(marked.rest)
            andOthers = andOthers || trimmed.andOthers
            items += splittingInnerLead(trimmed.rest, role: marked.role)
        }
        let joined = sharingRolesBackward(items).flatMap(splittingJointUnits)
        return (joined.filter { !$0.name.isEmpty }, andOthers)
    }

    /// "A牵头B": A leads, and so do the unmarked names before it; B supports unless its own
    /// marker says otherwise.
    static func splittingInnerLead(_ name: String, role: UnitRole?) -> [UnitItem] {
        let whole = [UnitItem(name: name, role: role, sharesRole: role != nil)]
        guard let lead = name.range(of: "牵头") else { return whole }
        let left = String(name[..<lead.lowerBound]), right = String(name[lead.upperBound...])
        guard !left.isEmpty, !right.isEmpty, BracketSplitter.isBalanced(left),
              !nounsAfterLead.contains(where: { right.hasPrefix($0) }) else { return whole }
        return [UnitItem(name: left, role: .lead, sharesRole: true),
                UnitItem(name: right, role: role ?? .support, sharesRole: role != nil)]
    }

    /// Gives each unmarked name the role of the nearest sharing marker after it in the clause.
    static func sharingRolesBackward(_ items: [UnitItem]) -> [UnitItem] {
        var shared: UnitRole?
        var result = items
        for index in result.indices.reversed() {
            if result[index].role == nil {
                result[index].role = shared
            } else if result[index].sharesRole {
                shared = result[index].role
            }
        }
        return result
    }

    /// "A会同B" → A and B; "A会B" too, but only under a marker and where A and B both end
    /// like units' names, because 会 also sits inside names (区工会, 社会保障局, 会计科).
    static func splittingJointUnits(_ item: UnitItem) -> [UnitItem] {
        guard let (left, right) = jointSplit(item.name, bareJoinAllowed: item.role != nil) else { return [item] }
        var first = item, second = item
        first.name = left
        second.name = right
        return [first] + splittingJointUnits(second)
    }

    private static func jointSplit(_ name: String, bareJoinAllowed: Bool) -> (String, String)? {
        if let join = name.range(of: "会同") {
            let left = String(name[..<join.lowerBound]), right = String(name[join.upperBound...])
            if !left.isEmpty, !right.isEmpty { return (left, right) }
        }
        guard bareJoinAllowed else { return nil }
        for join in name.indices where name[join] == "会" {
            let left = String(name[..<join]), right = String(name[name.index(after: join)...])
            if isBareJoin(left: left, right: right) { return (left, right) }
        }
        return nil
    }

    private static func isBareJoin(left: String, right: String) -> Bool {
        guard let leftEnd = left.last, let rightStart = right.first, let rightEnd = right.last else { return false }
        return unitEndings.contains(leftEnd) && unitEndings.contains(rightEnd) && right.count >= 2
            && !wordsStartingWithJoin.contains(rightStart)
            && BracketSplitter.isBalanced(left) && BracketSplitter.isBalanced(right)
    }
}
