"""A pre-started Python interpreter that forks one fresh process per case.

The agent starts this once per container, before any job arrives, so a
case pays a fork (about a millisecond) instead of an interpreter start.
Once booted it says so, so a pooled container reports ready only when
its first case will be a fork.
It holds no job data: each request carries only what to run, and the
case's own file descriptors (input, stdout, stderr, value) arrive with it
over a SOCK_SEQPACKET socket. The forked child drops this process's socket,
takes the descriptors as 0, 1, 2 (and the value fd), applies the case's
limits and runs the candidate's code; this process reports the child's pid,
then its exit status and peak memory. Cases never share a process: each
child starts from this interpreter's clean state.

Protocol, agent -> zygote: a request with fds (start a case), or
`{"spare": true}` (fork the next case's process now, to be handed the next
request; the agent asks only when no case process is left). Zygote ->
agent: `{"ready", "spares"}` once, then per case `{"pid"}` and
`{"pid", "status", "maxrss"}`.
"""
import atexit
import ctypes
import errno
import io
import json
import os
import runpy
import socket
import struct
import sys
import threading
import traceback

import importlib.util

import fn_python
import assay_limits

FD = int(os.environ.pop("ASSAY_ZYGOTE_FD"))
PR_SET_DUMPABLE = 4
LIBC = ctypes.CDLL(None, use_errno=True)
LIBC.syscall.restype = ctypes.c_long
SYS_WAITID = {"x86_64": 247, "aarch64": 95}[os.uname().machine]
P_PID, WEXITED, WNOWAIT = 1, 4, 0x01000000
CLD_EXITED, CLD_DUMPED = 1, 3
HARNESS_DIR = os.path.dirname(os.path.abspath(__file__))
READY = b'{"ready":true,"spares":true}'
REHEARSAL = "assay_rehearsal"


def std_streams(unbuffered):
    sys.stdin = sys.__stdin__ = io.TextIOWrapper(io.BufferedReader(io.FileIO(0, "r", closefd=False)), encoding="utf-8")
    out = io.FileIO(1, "w", closefd=False)
    sys.stdout = sys.__stdout__ = io.TextIOWrapper(out if unbuffered else io.BufferedWriter(out), encoding="utf-8", write_through=unbuffered)
    err = io.FileIO(2, "w", closefd=False)
    sys.stderr = sys.__stderr__ = io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace", write_through=True)


def exit_code(error):
    if error.code is None:
        return 0
    if isinstance(error.code, int):
        return error.code
    sys.stderr.write("%s\n" % error.code)
    return 1


def print_crash(error, path):
    """A traceback that starts at the candidate's file, as `python3 main.py` would show it."""
    tb = error.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename != path:
        tb = tb.tb_next
    traceback.print_exception(type(error), error, tb or error.__traceback__)


def run_case(request, fds):
    code = 1
    try:
        LIBC.prctl(PR_SET_DUMPABLE, 1, 0, 0, 0)  # the case is an ordinary process again
        os.setsid()
        stdin_fd, out_fd, err_fd = fds[0], fds[1], fds[2]
        value_fd = fds[3] if len(fds) > 3 else None
        os.dup2(stdin_fd, 0)
        os.dup2(out_fd, 1)
        os.dup2(err_fd, 2)
        for fd in fds:
            if fd > 2 and fd != value_fd:
                os.close(fd)
        assay_limits.apply(request["limits"])
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        std_streams(request["env"].get("PYTHONUNBUFFERED") == "1")
        path = os.path.join(request["cwd"], request["file"])
        call = fn_python.call
        # The candidate's program sees no harness module and none of its folder.
        for name in ("fn_python", "fn_typed", "assay_limits", "__main__"):
            sys.modules.pop(name, None)
        sys.path[:] = [p for p in sys.path if p != HARNESS_DIR]
        try:
            if request["mode"] == "function":
                code = call(path, request["entry"], value_fd)
            else:
                sys.argv = [request["file"]]
                sys.path.insert(0, request["cwd"])
                runpy.run_path(path, run_name="__main__")
                code = 0
        except SystemExit as error:
            code = exit_code(error)
        except BaseException as error:
            print_crash(error, path)
            code = 1
        threading._shutdown()  # like interpreter exit: wait for non-daemon threads
        atexit._run_exitfuncs()
    except BaseException:
        traceback.print_exc()
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except BaseException:
                pass
        os._exit(code)


def wait_unreaped(pid):
    """The wait status and peak RSS (KiB) of a child that has ended, leaving it a zombie.

    Reaped only after its status has gone to the agent: if a case kills this
    zygote at any moment before that, the child is still there for PID 1
    (the agent) to collect, so its status is never lost. waitid(WNOWAIT)
    with the kernel's rusage argument, which Python's os.waitid lacks.
    """
    info = ctypes.create_string_buffer(128)  # siginfo_t
    usage = ctypes.create_string_buffer(144)  # struct rusage
    while LIBC.syscall(SYS_WAITID, P_PID, pid, info, WEXITED | WNOWAIT, usage) != 0:
        if ctypes.get_errno() != errno.EINTR:
            raise OSError(ctypes.get_errno(), "waitid failed")
    code, value = struct.unpack_from("i", info, 8)[0], struct.unpack_from("i", info, 24)[0]
    if code == CLD_EXITED:
        status = (value & 0xFF) << 8
    else:
        status = (value & 0x7F) | (0x80 if code == CLD_DUMPED else 0)
    return status, struct.unpack_from("l", usage, 32)[0]


def rehearse():
    """Walks a spare through what starting any case writes to, before its case arrives.

    Memory written after a fork is copied page by page on first write, at
    about 10 µs a page here: streams, JSON, the import machinery compiling a
    module. Done while the spare waits (the agent is resetting meanwhile),
    those copies are off the case's clock. Nothing of it is left for the
    case to see but warm memory: the rehearsal module is dropped again.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        for buffered in (True, False):
            raw = io.FileIO(devnull, "w", closefd=False)
            stream = io.TextIOWrapper(io.BufferedWriter(raw) if buffered else raw, encoding="utf-8", write_through=not buffered)
            stream.write("rehearsal\n")
            stream.flush()
        json.dumps(json.loads('[1, 2.5, "a", {"b": [null, true]}]'), allow_nan=False, separators=(",", ":"))
        spec = importlib.util.spec_from_file_location(REHEARSAL, fn_python.__file__)
        spec.loader.exec_module(importlib.util.module_from_spec(spec))
    except Exception:
        pass  # only a warm-up: the case itself reports any real failure
    finally:
        sys.modules.pop(REHEARSAL, None)
        os.close(devnull)


class Spare:
    """A forked child that waits on a private socket for its case's request and fds.

    Every case runs in one. The agent may ask for the next case's spare as
    soon as the previous case's processes are all killed (nothing of a case
    exists while a spare waits), so the fork overlaps the agent's reset. A
    spare cannot start before it is handed its case, which happens only
    after the agent has its pid: a case that kills this zygote cannot leave
    the agent without the pid of the process it must watch.
    """

    def __init__(self, agent_sock):
        parent, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        pid = os.fork()
        if pid == 0:
            agent_sock.close()
            parent.close()
            rehearse()
            try:
                message, fds, _, _ = socket.recv_fds(child, 65536, 8)
            except OSError:
                os._exit(0)
            if not message:
                os._exit(0)  # dropped by the zygote
            child.close()
            run_case(json.loads(message), fds)
        child.close()
        self.pid = pid
        self.sock = parent

    def alive(self):
        """Whether it still waits; a spare that was killed is reaped here."""
        try:
            return os.waitpid(self.pid, os.WNOHANG)[0] == 0
        except ChildProcessError:
            return False

    def drop(self):
        self.sock.close()

    def hand(self, message, fds):
        """Starts the case; if the spare died meanwhile, its wait status says so."""
        try:
            socket.send_fds(self.sock, [message], fds)
        except OSError:
            pass
        finally:
            self.sock.close()


def main():
    # Undumpable, like the agent: a case can neither ptrace this process nor open its /proc files.
    if LIBC.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_DUMPABLE) failed")
    sock = socket.socket(fileno=FD)
    sock.send(READY)  # booted: the agent may now count on a fork per case
    spare = None
    while True:
        try:
            message, fds, _, _ = socket.recv_fds(sock, 65536, 8)
        except (ConnectionError, OSError):
            return
        if not message:
            return  # the agent is gone
        if spare is None or not spare.alive():
            if spare is not None:
                spare.drop()
            spare = Spare(sock)
        if json.loads(message).get("spare"):
            continue
        case, spare = spare, None
        sock.send(json.dumps({"pid": case.pid}).encode())
        case.hand(message, fds)
        for fd in fds:
            os.close(fd)
        status, maxrss = wait_unreaped(case.pid)
        sock.send(json.dumps({"pid": case.pid, "status": status, "maxrss": maxrss}).encode())
        os.waitpid(case.pid, 0)


if __name__ == "__main__":
    main()
