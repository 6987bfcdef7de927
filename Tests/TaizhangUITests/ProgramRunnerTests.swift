import Testing
@testable import TaizhangUI

/// A small list program: j moves, q quits, s suspends, w watches fd 7, signals save first.
private struct ListProgram: TerminalProgram {
    struct State {
        var selected = 0
        var events: [TerminalEvent] = []
        var saved = false
    }

    enum Message { case saved }

    func update(_ state: inout State, _ event: TerminalEvent) -> ProgramCommand<Message> {
        state.events.append(event)
        switch event {
        case .key(.character("j")): state.selected += 1
        case .key(.character("q")): return .quit
        case .key(.character("s")): return .suspend
        case .key(.character("w")): return .batch([.watch(fileDescriptor: 7), .redraw])
        case .key(.character("x")): return .batch([.quit, .perform { Issue.record("ran after quit"); return nil }])
        case .signal: return .perform { .saved }
        default: break
        }
        return .none
    }

    func receive(_ state: inout State, _ message: Message) -> ProgramCommand<Message> {
        state.saved = true
        return .none
    }

    func render(_ state: State, size: TerminalSize) -> Frame {
        var buffer = ScreenBuffer(rows: size.rows, cols: size.cols)
        buffer.put("selected \(state.selected) at \(size)", row: 0, col: 0)
        return Frame(buffer: buffer, cursor: ScreenPosition(row: state.selected, col: 0))
    }
}

@Suite struct ProgramRunnerTests {
    private let runner = ProgramRunner(ListProgram())

    @Test func drawsFirstThenAfterEveryEventAndQuits() {
        let device = FakeTerminal(script: [.event(.key(.character("j"))), .event(.key(.character("j"))), .event(.key(.character("q")))])
        let outcome = runner.run(.init(), on: device)
        #expect(outcome.reason == .quit)
        #expect(outcome.exitStatus == 0)
        #expect(outcome.state.selected == 2)
        #expect(device.frames.count == 3)
        #expect(device.lastLines.first == "selected 2 at 80x24")
        #expect(device.frames.last?.cursor == ScreenPosition(row: 2, col: 0))
        #expect(device.stopCount == 1)
        #expect(!device.ranOut)
    }

    @Test func signalReachesTheProgramWhichSavesBeforeTheRunnerStops() {
        let device = FakeTerminal(script: [.event(.signal(.hangup)), .event(.key(.character("j")))])
        let outcome = runner.run(.init(), on: device)
        #expect(outcome.reason == .signal(.hangup))
        #expect(outcome.exitStatus == 129)
        #expect(outcome.state.saved)
        #expect(outcome.state.events == [.signal(.hangup)])
        #expect(device.calls.last == "stop")
    }

    @Test func resizeIsReportedWithTheSizeReadFromTheDevice() {
        let device = FakeTerminal(script: [.resize(TerminalSize(rows: 30, cols: 100)), .event(.key(.character("q")))])
        let outcome = runner.run(.init(), on: device)
        #expect(outcome.state.events.first == .resize(rows: 30, cols: 100))
        #expect(device.frames[1].buffer.size == TerminalSize(rows: 30, cols: 100))
        #expect(device.frames[1].buffer.line(0) == "selected 0 at 100x30")
    }

    @Test func belowTheMinimumTheTooSmallMessageIsCentred() {
        let device = FakeTerminal(script: [.resize(TerminalSize(rows: 12, cols: 50)), .resize(TerminalSize(rows: 24, cols: 80)), .event(.key(.character("q")))])
        _ = runner.run(.init(), on: device)
        let small = device.frames[1]
        #expect(small.buffer.size == TerminalSize(rows: 12, cols: 50))
        #expect(small.cursor == nil)
        let lines = small.buffer.lines()
        #expect(!lines.contains { $0.contains("selected") })
        let row = try! #require(lines.firstIndex { $0.contains("Window too small") })
        #expect(row >= 4 && row <= 7)
        #expect(lines.contains { $0.contains("窗口太小") && $0.contains("60x16") && $0.contains("50x12") })
        #expect(lines[row].hasPrefix(" "))
        #expect(device.frames[2].buffer.line(0) == "selected 0 at 80x24")
    }

    @Test func minimumSizeIsAParameter() {
        let small = ProgramRunner(ListProgram(), minimumSize: TerminalSize(rows: 5, cols: 20))
        #expect(small.frame(for: .init(), size: TerminalSize(rows: 5, cols: 20)).buffer.line(0) == "selected 0 at 20x5")
        #expect(small.frame(for: .init(), size: TerminalSize(rows: 5, cols: 19)).buffer.line(0) != "selected 0 at 19x5")
    }

    @Test func tooSmallScreenSurvivesATinyWindow() {
        let frame = runner.frame(for: .init(), size: TerminalSize(rows: 1, cols: 3))
        #expect(frame.buffer.lines().count == 1)
        let empty = runner.frame(for: .init(), size: TerminalSize(rows: 0, cols: 0))
        #expect(empty.buffer.lines().isEmpty)
    }

    @Test func suspendAsksTheDeviceAndRepaintsAfterwards() {
        let device = FakeTerminal(script: [.event(.key(.character("s"))), .event(.key(.character("q")))])
        _ = runner.run(.init(), on: device)
        #expect(device.calls == ["draw", "suspend", "invalidate", "draw", "stop"])
    }

    @Test func batchCommandsRunInOrderAndStopAtQuit() {
        let device = FakeTerminal(script: [.event(.key(.character("w"))), .event(.key(.character("x")))])
        let outcome = runner.run(.init(), on: device)
        #expect(device.watched == [7])
        #expect(device.calls.contains("invalidate"))
        #expect(outcome.reason == .quit)
    }
}
