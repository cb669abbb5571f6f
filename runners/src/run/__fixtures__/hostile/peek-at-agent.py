# Tries to read the agent's environment and command line and to attach
# ptrace to it; prints one line per attempt.
import ctypes
import os

for path in ("/proc/1/environ", "/proc/1/cmdline"):
    try:
        with open(path, "rb") as f:
            print(path, "read:", f.read().replace(b"\0", b" ").decode(errors="replace").strip())
    except OSError as error:
        print(path, "refused:", error.strerror)
PTRACE_ATTACH = 16
libc = ctypes.CDLL(None, use_errno=True)
if libc.ptrace(PTRACE_ATTACH, 1, None, None) == 0:
    print("ptrace attached")
else:
    print("ptrace refused:", os.strerror(ctypes.get_errno()))
