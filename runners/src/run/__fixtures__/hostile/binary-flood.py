# Writes exactly 4 MiB of bytes that are not UTF-8: each becomes U+FFFD, which
# the agent's ASCII-only JSON escapes to six characters (a 24 MiB report line).
import sys

sys.stdout.buffer.write(b"\xff" * (4 * 1024 * 1024))
