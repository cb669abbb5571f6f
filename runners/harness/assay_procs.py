"""How Assay's agent starts and watches a case's processes.

A case runs either as a child the agent forks and execs (`spawn`, `Child`)
or as a process the language's pre-started interpreter forks (`Zygote`,
`ZygoteChild`); `collect` drains its pipes under the time and output
limits whichever it is. Used only by agent.py.
"""
import json
import os
import select
import selectors
import signal
import socket
import time

import assay_limits

READ_CHUNK = 65536


def kill_everything_else(keep=None):
    """SIGKILL every process in the container but this one (and `keep`), then reap them.

    Returns the largest peak resident size (KiB) among the processes reaped:
    a case's orphans and background processes count towards its memory.
    """
    peak = 0
    if keep is None:
        try:
            os.kill(-1, signal.SIGKILL)
        except ProcessLookupError:
            pass
        while True:
            try:
                _, _, usage = os.wait4(-1, 0)
                peak = max(peak, usage.ru_maxrss)
            except ChildProcessError:
                return peak
            except InterruptedError:
                continue
    # With a zygote to keep, kill by pid until nothing else is left (forks in between are caught next round).
    for _ in range(1000):
        others = [pid for pid in (int(d) for d in os.listdir("/proc") if d.isdigit()) if pid not in (1, keep) and not is_zombie(pid)]
        if not others:
            break
        for pid in others:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        peak = max(peak, reap_finished(keep))
        time.sleep(0.001)
    return max(peak, reap_finished(keep))


def is_zombie(pid):
    """Dead already: a zygote's child it has not reaped yet is its business, not something left to kill."""
    try:
        with open("/proc/%d/stat" % pid, "rb") as f:
            return f.read().rpartition(b")")[2].split()[0] == b"Z"
    except (OSError, IndexError):
        return True  # gone meanwhile


def reap_finished(keep=None):
    """Reap every child that has ended, without waiting for live ones; returns their peak RSS, KiB.

    `keep` (the zygote) is not counted: its usage includes every case it forked.
    """
    peak = 0
    while True:
        try:
            pid, _, usage = os.wait4(-1, os.WNOHANG)
        except ChildProcessError:
            return peak
        if pid == 0:
            return peak
        if pid != keep:
            peak = max(peak, usage.ru_maxrss)


class Child:
    """A case process the agent forked and exec'd itself."""

    def __init__(self, pid):
        self.pid = pid
        self.fd = None

    def poll(self):
        wpid, status, usage = os.wait4(self.pid, os.WNOHANG)
        return (status, usage.ru_maxrss) if wpid == self.pid else None

    def kill(self):
        try:
            os.killpg(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    def wait(self):
        _, status, usage = os.wait4(self.pid, 0)
        return status, usage.ru_maxrss


KILLED = signal.SIGKILL  # a raw wait status meaning "killed by SIGKILL"
REPLY_SECONDS = 2.0  # a zygote that does not answer within this is treated as gone
BOOT_SECONDS = 10.0  # an interpreter's start-up on a loaded machine (or under gVisor) stays well below this


class Zygote:
    """A pre-started interpreter (zygote_python.py) that forks each case's process."""

    def __init__(self, spec):
        parent, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        fd = child.fileno()
        env = dict(spec["env"], ASSAY_ZYGOTE_FD=str(fd))
        pid = os.fork()
        if pid == 0:
            try:
                devnull = os.open(os.devnull, os.O_RDWR)
                for target in (0, 1, 2):
                    os.dup2(devnull, target)
                os.set_inheritable(fd, True)
                os.closerange(3, fd)
                os.closerange(fd + 1, 65536)
                os.execvpe(spec["argv"][0], spec["argv"], env)
            finally:
                os._exit(127)
        child.close()
        parent.settimeout(REPLY_SECONDS)
        self.spec = spec
        self.pid = pid
        self.sock = parent
        self.booted = False
        self.spares = False  # whether it forks a case's process ahead when asked (`spare`)

    def wait_booted(self, seconds=BOOT_SECONDS):
        """Waits for the zygote's one `ready` message; False if it does not come in time."""
        if self.booted:
            return True
        self.sock.settimeout(seconds)
        try:
            hello = json.loads(self.sock.recv(4096) or b"{}")
            self.booted = hello.get("ready") is True
            self.spares = hello.get("spares") is True
        except (OSError, ValueError):
            self.booted = False
        finally:
            self.sock.settimeout(REPLY_SECONDS)
        return self.booted

    def stop(self):
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        self.sock.close()

    def alive(self):
        try:
            return os.waitpid(self.pid, os.WNOHANG)[0] == 0
        except ChildProcessError:
            return False

    def stopped(self):
        """Whether a case has stopped it (SIGSTOP): it would never report again."""
        try:
            pid, status = os.waitpid(self.pid, os.WNOHANG | os.WUNTRACED)
        except ChildProcessError:
            return False
        return pid == self.pid and os.WIFSTOPPED(status)

    def healthy(self):
        """Alive, not stopped, and answering: fit to fork the next case."""
        return not self.stopped() and self.alive()

    def fork_spare(self):
        """Asks a booted zygote to fork the next case's process now; only when no case process is left."""
        if self.booted and self.spares:
            try:
                self.sock.send(b'{"spare":true}')
            except OSError:
                pass  # gone: the next launch finds out and the case runs the slow way

    def launch(self, request, fds):
        """Starts one case; returns its handle, or None if the zygote is gone."""
        if not self.wait_booted():
            return None
        try:
            socket.send_fds(self.sock, [json.dumps(request).encode()], fds)
            reply = self.sock.recv(4096)
        except OSError:
            return None
        return ZygoteChild(self, json.loads(reply)["pid"]) if reply else None


def exists(pid):
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False
    except PermissionError:
        return True


class ZygoteChild:
    """A case process forked by the zygote; its exit arrives on the zygote's socket.

    If the zygote dies first (a case may kill it), the process is the agent's
    child now (orphans go to PID 1), so its status is read directly. A zygote
    that a case stopped is killed at once, which makes it that case.
    """

    def __init__(self, zygote, pid):
        self.zygote = zygote
        self.pid = pid
        self.fd = zygote.sock.fileno()

    def _report(self, data):
        if data:
            message = json.loads(data)
            return message["status"], message["maxrss"]
        self.fd = None  # the zygote is gone: from now on this is an ordinary child
        return self._orphan(os.WNOHANG)

    def _orphan(self, flags):
        while True:
            try:
                wpid, status, usage = os.wait4(self.pid, flags)
                return (status, usage.ru_maxrss) if wpid == self.pid else None
            except ChildProcessError:
                # The zygote's socket closes before its children are handed to
                # PID 1, so "not my child" may only mean "not yet".
                if not exists(self.pid):
                    return KILLED, 0  # reaped by the zygote before it died: the status is lost
                if flags & os.WNOHANG:
                    return None
                time.sleep(0.001)

    def _abandon_zygote(self):
        self.zygote.stop()
        self.fd = None

    def poll(self):
        if self.fd is None:
            return self._orphan(os.WNOHANG)
        if select.select([self.fd], [], [], 0)[0]:
            try:
                data = self.zygote.sock.recv(4096)
            except OSError:
                data = b""
            return self._report(data)
        if self.zygote.stopped():
            self._abandon_zygote()
            return self._orphan(os.WNOHANG)
        return None

    def kill(self):
        Child.kill(self)

    def wait(self):
        deadline = time.monotonic() + REPLY_SECONDS
        while True:
            result = self.poll()
            if result is not None:
                return result
            if self.fd is not None:
                if time.monotonic() > deadline:
                    self._abandon_zygote()  # neither answering nor stopped: treat it as gone
                else:
                    select.select([self.fd], [], [], 0.01)
            else:
                time.sleep(0.001)


def child_setup(limits):
    """Runs in the child between fork and exec: new session, then the case's limits."""

    def setup():
        os.setsid()
        assay_limits.apply(limits)

    return setup


def spawn(argv, cwd, env, stdin_fd, limits, pass_fds=()):
    """Fork+exec argv with fresh stdout/stderr pipes. Returns (pid, out_r, err_r)."""
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    setup = child_setup(limits)
    pid = os.fork()
    if pid == 0:
        try:
            os.dup2(stdin_fd, 0)
            os.dup2(out_w, 1)
            os.dup2(err_w, 2)
            low = 3
            for fd in sorted(pass_fds):
                os.set_inheritable(fd, True)
                os.closerange(low, fd)
                low = fd + 1
            os.closerange(low, 65536)
            os.chdir(cwd)
            setup()
            os.execvpe(argv[0], argv, env)
        except BaseException as error:  # exec failed: report on stderr, distinct code
            try:
                os.write(2, ("assay: cannot start %s: %s\n" % (argv[0], error)).encode())
            finally:
                os._exit(127)
    os.close(out_w)
    os.close(err_w)
    return pid, out_r, err_r


EXIT = object()  # selector key of a process handle's exit notifications


def collect(proc, streams, caps, time_ms):
    """Drain streams (name -> fd) until the case is over or a limit trips.

    A case is over when its process has exited and every stream is closed:
    a child it forked that still holds its output is still the case's work,
    so the time covers it, and a case whose output is still open at the
    deadline is stopped there. Returns the wall time, the process's wait
    status and peak memory, the captured bytes per stream (each capped),
    and which limit stopped the case, if any.
    """
    sel = selectors.DefaultSelector()
    captured = {name: bytearray() for name in streams}
    open_streams = set(streams.values())
    for name, fd in streams.items():
        sel.register(fd, selectors.EVENT_READ, name)
    exit_fd = proc.fd
    if exit_fd is not None:
        sel.register(exit_fd, selectors.EVENT_READ, EXIT)
    start = time.monotonic()
    deadline = start + time_ms / 1000.0
    stopped = None
    exited = None
    while stopped is None and (open_streams or exited is None):
        if exited is None:
            result = proc.poll()
            if result is not None:
                exited = (result[0], result[1])
            if exit_fd is not None and (result is not None or proc.fd is None):
                sel.unregister(exit_fd)
                exit_fd = None
        now = time.monotonic()
        if now >= deadline:
            stopped = "time_limit"
            break
        if exited is not None and not open_streams:
            break
        if exited is None and not open_streams and exit_fd is None:
            time.sleep(0.001)  # pipes closed, process not yet reaped: poll closely
            continue
        events = sel.select(min(0.05, deadline - now))
        for key, _ in events:
            if key.data is EXIT:
                continue  # polled at the top of the loop
            try:
                chunk = os.read(key.fd, READ_CHUNK)
            except OSError:
                chunk = b""
            if not chunk:
                sel.unregister(key.fd)
                open_streams.discard(key.fd)
                continue
            name = key.data
            room = caps[name] - len(captured[name])
            captured[name] += chunk[: max(0, room)]
            if len(chunk) > room and name != "stderr":
                stopped = "output_limit"
    end = time.monotonic()
    sel.close()
    if exited is None:
        proc.kill()
        exited = proc.wait()
    status, maxrss = exited
    return {
        "status": status,
        "maxrss": maxrss,
        "wallMs": round((end - start) * 1000, 1),
        "captured": captured,
        "stopped": stopped,
    }
