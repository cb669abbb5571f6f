# One action per case, each breaking something the next case depends on.
# "deep": a directory tree up to 20,000 levels deep (at most 1.5 s of work;
# paths far past PATH_MAX), its top then locked with chmod 000. "files": up to 200,000 files in one
# directory. "stop" / "kill": SIGSTOP or SIGKILL the process that forked this
# one (the zygote). "check": counts what is left in the writable places.
import os
import signal
import sys
import time

action = sys.stdin.read().strip()
if action == "deep":
    os.chdir("/tmp")
    os.mkdir("deep")
    os.chdir("deep")
    depth = 0
    stop = time.monotonic() + 1.5
    while depth < 20000 and time.monotonic() < stop:
        os.mkdir("d")
        os.chdir("d")
        depth += 1
    os.chdir("/tmp")
    os.chmod("deep", 0)
    print("depth", depth)
elif action == "files":
    os.mkdir("/tmp/many")
    stop = time.monotonic() + 1.0
    count = 0
    while count < 200000 and time.monotonic() < stop:
        for _ in range(1000):
            os.close(os.open("/tmp/many/%d" % count, os.O_CREAT | os.O_WRONLY, 0o600))
            count += 1
    print("files", count)
elif action in ("stop", "kill") and os.getppid() != 1:
    os.kill(os.getppid(), signal.SIGSTOP if action == "stop" else signal.SIGKILL)
    print(action, "parent")
elif action == "check":
    left = {place: os.listdir(place) if os.path.isdir(place) else [] for place in ("/tmp", "/dev/shm", "/dev/mqueue")}  # gVisor: no /dev/mqueue
    print(sorted(left["/tmp"]), left["/dev/shm"], left["/dev/mqueue"], "fine")
