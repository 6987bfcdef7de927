import Foundation
import Testing
import TestSupport

/// A save killed at any moment (SIGKILL, SIGHUP, SIGTERM) leaves the old or the new ledger, never a mix.
@Suite(.serialized) struct CrashSafetyTests {
    /// A copy of a seed plan under a new name, with a line that makes it a different document.
    private func planCopy(_ n: Int, in dir: TempDir) throws -> String {
        let text = try String(contentsOfFile: TestPaths.seed("000"), encoding: .utf8)
        let path = dir.file("plan-\(n).txt")
        try (text + "\n备注:副本 \(n)\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func planCount(_ env: [String: String]) -> Int? {
        let r = CommandRunner.taizhang(["check"], env: env)
        guard r.status == 0 else { return nil }
        // "ledger is whole: N plans, M tasks, …"
        return r.stdout.split(separator: " ").compactMap { Int($0) }.first
    }

    private func status(of id: String, _ env: [String: String]) -> String? {
        let r = CommandRunner.taizhang(["show", id, "--format", "json"], env: env)
        guard r.status == 0, let obj = try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] else { return nil }
        return obj["status"] as? String
    }

    @Test func fiftySavesKilledAtRandomMomentsLeaveAWholeLedger() throws {
        let dir = TempDir("kill")
        let env = ["TAIZHANG_STORE": dir.file("ledger.json"), "TAIZHANG_TODAY": "2021-10-15"]
        let base = try (0..<24).map { try planCopy($0, in: dir) }
        #expect(CommandRunner.taizhang(["import"] + base, env: env).status == 0)

        // How long a save of this ledger takes, to kill within it.
        let started = Date()
        #expect(CommandRunner.taizhang(["import", try planCopy(1000, in: dir)], env: env).status == 0)
        let saveTime = Date().timeIntervalSince(started)

        var survived = 0, killedMidway = 0
        let statuses = ["done", "blocked", "in-progress", "not-started"]
        for i in 0..<50 {
            let importing = i % 2 == 0
            let before = planCount(env)
            let statusBefore = status(of: "HD21-1", env)
            let args = importing ? ["import", try planCopy(2000 + i, in: dir)] : ["set", "HD21-1", "--status", statuses[i % 4]]
            let p = Process()
            p.executableURL = URL(fileURLWithPath: TestPaths.binary)
            p.arguments = args
            p.environment = env
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            usleep(useconds_t(Double.random(in: 0...(importing ? saveTime : 0.15)) * 1_000_000))
            // Mostly SIGKILL (no chance to clean up); also the SSH hang-up and a polite kill.
            let signal = [SIGKILL, SIGKILL, SIGHUP, SIGKILL, SIGTERM][i % 5]
            if p.isRunning { kill(p.processIdentifier, signal); killedMidway += 1 }
            p.waitUntilExit()

            let after = try #require(planCount(env), "ledger unreadable after kill \(i)")
            if importing {
                #expect(after == before! || after == before! + 1, "iteration \(i): \(before!) → \(after)")
            } else {
                let s = status(of: "HD21-1", env)
                #expect(s == statusBefore || s == statuses[i % 4], "iteration \(i): \(String(describing: statusBefore)) → \(String(describing: s))")
            }
            survived += 1
        }
        #expect(survived == 50)
        #expect(killedMidway >= 10, "too few kills landed during a save (\(killedMidway)); the test proves little")
        print("crash safety: 50 saves, \(killedMidway) killed mid-save, \(survived) ledgers whole (save time \(String(format: "%.2f", saveTime)) s)")
    }
}
