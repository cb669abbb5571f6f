# Stdin "flood": fills /tmp from inside a directory it then locks (chmod 000),
# hoping the cleanup between cases cannot get in. Otherwise: writes 8 MiB.
import os
import sys

if sys.stdin.read().strip() == "flood":
    os.mkdir("/tmp/hideout")
    try:
        with open("/tmp/hideout/flood", "wb") as f:
            while True:
                f.write(b"x" * (1 << 20))
                f.flush()
    except OSError as error:
        print("flood stopped:", error.strerror)
    os.chmod("/tmp/hideout", 0)
    sys.exit(0)
with open("/tmp/after", "wb") as f:
    f.write(b"y" * (8 << 20))
print("wrote 8 MiB")
