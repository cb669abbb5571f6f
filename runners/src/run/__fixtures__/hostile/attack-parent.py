# Attacks whatever started this case (in Python, the pre-started zygote that
# forks each case). Stdin "peek": try to read its memory, its open files and
# to ptrace it, printing what happened. Stdin "stop": SIGSTOP it, so a
# later case could hang if the agent trusted it. Stdin "kill": SIGKILL it.
# Stdin "kill-exit": SIGKILL it and exit with status 3 at once, racing its
# report of this case's status.
import ctypes
import os
import signal
import sys

action = sys.stdin.read().strip()
parent = os.getppid()
if action == "peek":
    for path in ("/proc/%d/mem" % parent, "/proc/%d/environ" % parent):
        try:
            with open(path, "rb") as f:
                f.read(16)
            print(path, "READ")
        except OSError as error:
            print(path, "denied:", error.strerror)
    try:
        print("fds", os.listdir("/proc/%d/fd" % parent))
    except OSError as error:
        print("fds denied:", error.strerror)
    libc = ctypes.CDLL(None, use_errno=True)
    PTRACE_ATTACH = 16
    result = libc.ptrace(PTRACE_ATTACH, parent, 0, 0)
    print("ptrace", "ATTACHED" if result == 0 else "denied: errno %d" % ctypes.get_errno())
elif action == "stop" and parent != 1:
    os.kill(parent, signal.SIGSTOP)
    print("stopped", parent)
elif action == "kill" and parent != 1:
    os.kill(parent, signal.SIGKILL)
    print("killed", parent)
elif action == "kill-exit" and parent != 1:
    os.kill(parent, signal.SIGKILL)
    os._exit(3)
print("done")
