# Stdin "1": kill -9 1 (the agent). Stdin "-1": kill -9 -1 (everything it may
# signal). Then says it is still here.
import os
import signal
import sys

target = int(sys.stdin.read().strip() or "0")
if target:
    try:
        os.kill(target, signal.SIGKILL)
        print("kill -9", target, "returned")
    except OSError as error:
        print("kill -9", target, "failed:", error.strerror)
print("still here")
