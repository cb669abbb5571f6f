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
import fcntl
import os
import stat

WRITABLE_ROOTS = ("/tmp", "/dev/shm", "/dev/mqueue")
# (kind, its control call, its get call)
SYSVIPC = (("shm", "shmctl", "shmget"), ("sem", "semctl", "semget"), ("msg", "msgctl", "msgget"))
IPC_RMID = 0
IPC_PRIVATE = 0
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
    for kind, call, get in SYSVIPC:
        ctl = getattr(LIBC, call)
        remove = (lambda ident: ctl(ident, 0, IPC_RMID)) if kind == "sem" else (lambda ident: ctl(ident, IPC_RMID, None))
        for ident in sysv_ids(kind, getattr(LIBC, get)):
            remove(ident)


# Under gVisor: per kind, the id after the last reset's probe (every object below it is gone).
_probed = {}
# More than gVisor lets live at once of any kind (shm 4096, sem and msg 32000).
GVISOR_MAX_LIVE = 32768


def sysv_ids(kind, get):
    """Ids of the live objects, from /proc/sysvipc where there is one.

    gVisor has no /proc/sysvipc, and its *_INFO and *_STAT commands do not
    say which ids are live; but it hands out ids in increasing order. So a
    new private object (the probe) bounds every id made since the last
    reset: the candidates are the ids between the last probe and this one,
    the probe included. Removing an id that is not live does nothing.
    """
    try:
        with open("/proc/sysvipc/" + kind) as f:
            return [int(line.split()[1]) for line in list(f)[1:] if line.strip()]
    except OSError:
        pass
    probe = get(IPC_PRIVATE, 1, 0o600) if kind != "msg" else get(IPC_PRIVATE, 0o600)
    first = _probed.get(kind, 0)
    if probe < 0:  # every slot is taken: look through as many ids as can be live; the next reset probes again
        return range(first, first + GVISOR_MAX_LIVE)
    _probed[kind] = probe + 1
    if probe >= first:
        return range(first, probe + 1)
    return [*range(first, first + GVISOR_MAX_LIVE), *range(0, probe + 1)]  # the ids wrapped around


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
        self.fd = os.memfd_create("assay-program", os.MFD_CLOEXEC | os.MFD_ALLOW_SEALING)
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
        # Sealed: even where /proc/1/fd is open to a case (gVisor), nobody can change the copy.
        fcntl.fcntl(self.fd, fcntl.F_ADD_SEALS, fcntl.F_SEAL_WRITE | fcntl.F_SEAL_SHRINK | fcntl.F_SEAL_GROW | fcntl.F_SEAL_SEAL)

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
