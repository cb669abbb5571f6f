# Tries every place a case could leave its input for the next case to read:
# files in /tmp, $HOME, the work directory and /dev/shm, a POSIX message
# queue (/dev/mqueue), SysV shared memory, a SysV semaphore and message
# queue (via ctypes), the environment, and its own source file. For each it
# prints what an earlier case left ("before") and what it reads back after
# adding its own input ("after", proof that the channel works).
import ctypes
import json
import os
import sys

word = sys.stdin.read().strip()
libc = ctypes.CDLL(None, use_errno=True)
report = {}


def file_channel(name, path):
    try:
        with open(path) as f:
            before = f.read()
    except OSError:
        before = ""
    with open(path, "a") as f:
        f.write(word + ";")
    with open(path) as f:
        report[name] = {"before": before, "after": f.read()}


file_channel("tmp", "/tmp/leak")
file_channel("home", os.path.join(os.environ["HOME"], ".leak"))
file_channel("workdir", "leak")
file_channel("devshm", "/dev/shm/leak")

# The program's own source: make it writable again (same uid), then append a line.
def source_marks():
    with open(__file__) as f:
        return ";".join(line[6:] for line in f.read().split("\n") if line.startswith("#leak:"))


before = source_marks()
os.chmod(__file__, 0o644)
with open(__file__, "a") as f:
    f.write("\n#leak:" + word)
report["source"] = {"before": before, "after": source_marks()}

# POSIX message queue: every earlier input is a queued message.
rt = ctypes.CDLL("librt.so.1", use_errno=True)
rt.mq_open.restype = ctypes.c_int
O_RDWR, O_CREAT, O_NONBLOCK = 2, 0o100, 0o4000


class MqAttr(ctypes.Structure):
    _fields_ = [("flags", ctypes.c_long), ("maxmsg", ctypes.c_long), ("msgsize", ctypes.c_long), ("curmsgs", ctypes.c_long), ("pad", ctypes.c_long * 4)]


attr = MqAttr(0, 10, 64, 0)
mq = rt.mq_open(b"/leak", O_RDWR | O_CREAT | O_NONBLOCK, 0o600, ctypes.byref(attr))
seen = []
buf = ctypes.create_string_buffer(64)
while rt.mq_receive(mq, buf, 64, None) > 0:
    seen.append(buf.value.decode())
for message in seen + [word]:
    rt.mq_send(mq, message.encode(), len(message), 0)
report["mqueue"] = {"before": ";".join(seen), "after": ";".join(seen + [word]), "files": sorted(os.listdir("/dev/mqueue")) if os.path.isdir("/dev/mqueue") else None}  # gVisor has mq_open but no /dev/mqueue

# SysV shared memory, semaphore and message queue under fixed keys.
libc.shmat.restype = ctypes.c_void_p
shm = libc.shmget(0x1EA4, 4096, 0o1600)  # IPC_CREAT | 0600
addr = libc.shmat(shm, None, 0)
before = ctypes.string_at(addr).decode()
ctypes.memmove(addr + len(before), (word + ";").encode() + b"\0", len(word) + 2)
report["sysv_shm"] = {"before": before, "after": ctypes.string_at(addr).decode()}

sem = libc.semget(0x1EA4, 1, 0o1600)
GETVAL, SETVAL = 12, 16
count = libc.semctl(sem, 0, GETVAL)
libc.semctl(sem, 0, SETVAL, ctypes.c_int(count + 1))
report["sysv_sem"] = {"before": count, "after": libc.semctl(sem, 0, GETVAL)}

msq = libc.msgget(0x1EA4, 0o1600)


class Msg(ctypes.Structure):
    _fields_ = [("mtype", ctypes.c_long), ("text", ctypes.c_char * 64)]


IPC_NOWAIT = 0o4000
got = []
m = Msg()
while libc.msgrcv(msq, ctypes.byref(m), 64, 0, IPC_NOWAIT) >= 0:
    got.append(m.text.decode())
for text in got + [word]:
    libc.msgsnd(msq, ctypes.byref(Msg(1, text.encode())), 64, IPC_NOWAIT)
report["sysv_msg"] = {"before": ";".join(got), "after": ";".join(got + [word])}

# The environment: what an earlier case set, then set it for later ones.
before = os.environ.get("LEAK", "")
os.environ["LEAK"] = before + word + ";"
os.putenv("LEAK", os.environ["LEAK"])
report["env"] = {"before": before, "after": os.environ["LEAK"]}

print(json.dumps(report, sort_keys=True))
