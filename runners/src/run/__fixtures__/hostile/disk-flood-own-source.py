# Stdin "flood": fills /tmp by growing its own source file, which the cleanup
# between cases keeps. Otherwise: reports how much input it received.
import sys

data = sys.stdin.read()
if data == "flood":
    try:
        with open(__file__, "ab") as f:
            while True:
                f.write(b"#" * (1 << 20) + b"\n")
                f.flush()
    except OSError as error:
        print("flood stopped:", error.strerror)
    sys.exit(0)
print("read", len(data), "bytes")
