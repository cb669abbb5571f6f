"""Between two cases: nothing a case wrote survives, the program's files come back as built.

Everything the sandbox's uid can write to is emptied: the /tmp tmpfs, the
POSIX shared-memory tmpfs (/dev/shm), the POSIX message queues
(/dev/mqueue) and every SysV IPC object (shared memory, semaphores,
message queues). The program's files (source, binary, class files, a
generated driver: whatever the work directory held after the compile step)
are then written back from a copy only the agent holds, a memfd that no
case can reach (the agent is undumpable, so /proc/1/fd is closed), with
read-only modes. A case may change its own copy; the next case never sees
it. Runs only when no case process is left (the agent kills them first),
so nothing races the walk. Used only by agent.py.
"""
import ctypes
import os
import stat

WRITABLE_ROOTS = ("/tmp", "/dev/shm", "/dev/mqueue")
# (kind, libc call, its *_INFO command, its *_STAT command)
SYSVIPC = (("shm", "shmctl", 14, 13), ("sem", "semctl", 19, 18), ("msg", "msgctl", 12, 11))
IPC_RMID = 0
LIBC = ctypes.CDLL(None, use_errno=True)


def wipe(root):
    """Remove everything inside `root`, however deep, locked (chmod 000) or many the entries.

    Walks by chdir, not by path or by held descriptors: a tree deeper than
    PATH_MAX, or than the agent's open-files limit, is still removed.
    """
    try:
        unlock(root)
        os.chdir(root)
    except OSError:
        return
    names = []  # the path from root to the current directory
    while True:
        sub = None
        with os.scandir(".") as entries:
            for entry in entries:
                try:
                    if entry.is_dir(follow_symlinks=False):
                        sub = entry.name
                        break
                    os.unlink(entry.name)
                except OSError:
                    pass
        if sub is not None:
            try:
                unlock(sub)
                os.chdir(sub)
                names.append(sub)
                continue
            except OSError:
                pass  # cannot enter (not ours): leave it, try to remove it below
        if not names:
            break
        os.chdir("..")
        name = names.pop()
        try:
            os.rmdir(name)
        except OSError:
            break  # something in it cannot be removed: stop instead of walking into it again
    os.chdir("/")


def unlock(path):
    """Give the owner rwx on a directory again (a case may have chmod-ed it to 000)."""
    mode = os.lstat(path).st_mode
    if stat.S_ISDIR(mode) and stat.S_IMODE(mode) & stat.S_IRWXU != stat.S_IRWXU:
        os.chmod(path, stat.S_IMODE(mode) | stat.S_IRWXU)


def remove_sysv_ipc():
    """IPC_RMID every SysV object in the container's IPC namespace (all belong to the sandbox's uid)."""
    for kind, call, info, stat_cmd in SYSVIPC:
        ctl = getattr(LIBC, call)
        for ident in sysv_ids(kind, ctl, info, stat_cmd):
            if kind == "sem":
                ctl(ident, 0, IPC_RMID)
            else:
                ctl(ident, IPC_RMID, None)


def sysv_ids(kind, ctl, info, stat_cmd):
    """Ids of the live objects: from /proc/sysvipc, or (where that is missing, as under gVisor) by *_STAT per index."""
    try:
        with open("/proc/sysvipc/" + kind) as f:
            return [int(line.split()[1]) for line in list(f)[1:] if line.strip()]
    except OSError:
        pass
    buf = ctypes.create_string_buffer(1024)  # larger than any of the kernel's info and *_ds structures
    call = (lambda index, cmd: ctl(index, 0, cmd, buf)) if kind == "sem" else (lambda index, cmd: ctl(index, cmd, buf))
    highest = call(0, info)
    ids = (call(index, stat_cmd) for index in range(highest + 1)) if highest >= 0 else ()
    return [ident for ident in ids if ident >= 0]


def reset_writable():
    for root in WRITABLE_ROOTS:
        wipe(root)
    remove_sysv_ipc()


class Snapshot:
    """The work directory as the compile step left it, held in one sealed-off memfd."""

    def __init__(self, workdir):
        self.workdir = workdir
        self.dirs = []  # relative paths, parents first
        self.files = []  # (relative path, executable, offset, size)
        self.fd = os.memfd_create("assay-program", os.MFD_CLOEXEC)
        offset = 0
        for base, dirs, files in os.walk(workdir):
            dirs.sort()
            rel = os.path.relpath(base, workdir)
            for name in dirs:
                self.dirs.append(os.path.normpath(os.path.join(rel, name)))
            for name in sorted(files):
                path = os.path.join(base, name)
                info = os.lstat(path)
                if not stat.S_ISREG(info.st_mode):
                    continue
                with open(path, "rb") as src:
                    copy(src.fileno(), self.fd, info.st_size)
                self.files.append((os.path.normpath(os.path.join(rel, name)), bool(info.st_mode & stat.S_IXUSR), offset, info.st_size))
                offset += info.st_size

    def restore(self):
        """Recreate the work directory: read-only files, writable folders (programs may write beside themselves)."""
        os.makedirs(self.workdir, mode=0o700, exist_ok=True)
        for rel in self.dirs:
            os.makedirs(os.path.join(self.workdir, rel), mode=0o700, exist_ok=True)
        for rel, executable, offset, size in self.files:
            path = os.path.join(self.workdir, rel)
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
            try:
                out = os.open(path, flags, 0o555 if executable else 0o444)
            except FileExistsError:  # only if the wipe left something behind
                os.unlink(path)
                out = os.open(path, flags, 0o555 if executable else 0o444)
            try:
                os.lseek(self.fd, offset, os.SEEK_SET)
                copy(self.fd, out, size)
            finally:
                os.close(out)


def copy(src, dst, size):
    """Copy `size` bytes in the kernel (no buffer in the agent's memory)."""
    while size > 0:
        sent = os.sendfile(dst, src, None, min(size, 1 << 30))
        if sent == 0:
            raise OSError("short copy")
        size -= sent
