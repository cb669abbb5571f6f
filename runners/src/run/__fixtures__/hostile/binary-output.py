# Writes bytes that are not UTF-8 to stdout and stderr.
import sys

sys.stdout.buffer.write(b"start " + bytes(range(128, 256)) + b" \xed\xa0\x80 \xf0\x9f\x98 end\n")
sys.stderr.buffer.write(b"\xff\xfe not text\n")
