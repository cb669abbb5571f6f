# Writes to stdout as fast as it can, forever.
import sys

line = b"y" * 65535 + b"\n"
while True:
    sys.stdout.buffer.write(line)
