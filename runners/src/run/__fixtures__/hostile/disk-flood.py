# Stdin "flood": fills /tmp until the kernel refuses. Otherwise: writes 8 MiB
# to /tmp, which only works if the previous case's flood was cleaned up.
import sys

if sys.stdin.read().strip() == "flood":
    with open("/tmp/flood", "wb") as f:
        while True:
            f.write(b"x" * (1 << 20))
            f.flush()
with open("/tmp/after", "wb") as f:
    f.write(b"y" * (8 << 20))
print("wrote 8 MiB")
