# Function mode: solve(kind) writes a bad frame to every descriptor that
# might be the value channel, then leaves with exit status 0 (so only the
# frame can make the case fail): a 5,000-deep nested array, NaN, Infinity,
# bytes that are not UTF-8, or garbage. "nan" and "deep" instead return
# such a value through the harness; "fine" returns [1, 2].
import os


def solve(kind):
    frames = {
        "raw-deep": b"[" * 5000 + b"]" * 5000,
        "raw-nan": b"NaN",
        "raw-infinity": b"[1, Infinity]",
        "raw-binary": b"\xff\xfe\x00[",
        "raw-garbage": b'{"value": 1',
    }
    if kind in frames:
        for fd in range(3, 64):
            try:
                os.write(fd, frames[kind])
            except OSError:
                pass
        os._exit(0)
    if kind == "nan":
        return [1.0, float("nan")]
    if kind == "deep":
        value = []
        for _ in range(5000):
            value = [value]
        return value
    if kind == "big":
        return 123456789012345678901234567890
    return [1, 2]
