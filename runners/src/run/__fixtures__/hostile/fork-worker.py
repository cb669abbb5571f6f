# The case's process forks a worker and exits at once, without waiting; the
# worker holds 100 MiB, spins for about 0.4 s of CPU, then prints. The
# report must count the worker's time and memory, not the parent's.
import os
import sys
import time

sys.stdin.read()
if os.fork() == 0:
    block = bytearray(100 * 1024 * 1024)
    for i in range(0, len(block), 4096):
        block[i] = 1
    end = time.process_time() + 0.4
    while time.process_time() < end:
        pass
    print("worker done")
    sys.stdout.flush()
    os._exit(0)
os._exit(0)
