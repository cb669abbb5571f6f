# Function mode: writes a value frame to every descriptor that might be the
# value channel, then crashes instead of returning.
import os


def solve(x):
    for fd in range(3, 64):
        try:
            os.write(fd, b'{"value": 42}')
        except OSError:
            pass
    raise RuntimeError("crashed after forging a value")
