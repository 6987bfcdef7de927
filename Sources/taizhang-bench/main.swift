import TaizhangCore
if CommandLine.arguments.count > 1 { CodecProbe.decodeOnly(path: CommandLine.arguments[1]) } else { CodecProbe.run(n: 100_000) }
