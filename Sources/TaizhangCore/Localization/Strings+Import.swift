extension Strings {
    /// A line kind's name, as the dry run and the import preview show it.
    public func lineKind(_ k: LineKind) -> String {
        switch k {
        case .title: return self(.lineTitle)
        case .preamble: return self(.linePreamble)
        case .heading: return self(.lineHeading)
        case .task: return self(.lineTask)
        case .units: return self(.lineUnits)
        case .deadline: return self(.lineDeadline)
        case .leader: return self(.lineLeader)
        case .join: return self(.lineJoin)
        case .fragment: return self(.lineFragment)
        case .blank: return self(.lineBlank)
        }
    }

    /// What a table column is said to hold, by name.
    public func columnMeaning(_ m: ColumnMeaning) -> String {
        switch m {
        case .number: return self(.columnNumber)
        case .group: return self(.columnGroup)
        case .requirement: return self(.columnRequirement)
        case .measure: return self(.columnMeasure)
        case .units: return self(.columnUnits)
        case .leadUnits: return self(.columnLeadUnits)
        case .supportUnits: return self(.columnSupportUnits)
        case .deadline: return self(.columnDeadline)
        case .leader: return self(.columnLeader)
        case .progress: return self(.columnProgress)
        case .ignore: return self(.columnIgnore)
        }
    }
}
