print("taizhang-bench: see scripts/bench")
