# Stdin "flood": fills /tmp by growing its own source file (read-only, but
# the same uid can make it writable again), which the cleanup between cases
# restores. Otherwise: reports how much input it received.
import os
import sys

data = sys.stdin.read()
if data == "flood":
    os.chmod(__file__, 0o644)
    try:
        with open(__file__, "ab") as f:
            while True:
                f.write(b"#" * (1 << 20) + b"\n")
                f.flush()
    except OSError as error:
        print("flood stopped:", error.strerror)
    sys.exit(0)
print("read", len(data), "bytes")
