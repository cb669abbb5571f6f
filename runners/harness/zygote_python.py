"""A pre-started Python interpreter that forks one fresh process per case.

The agent starts this once per container, before any job arrives, so a
case pays a fork (about a millisecond) instead of an interpreter start.
Once booted it says so (one `{"ready": true}` message), so a pooled
container reports ready only when its first case will be a fork.
It holds no job data: each request carries only what to run, and the
case's own file descriptors (input, stdout, stderr, value) arrive with it
over a SOCK_SEQPACKET socket. The forked child drops this process's socket,
takes the descriptors as 0, 1, 2 (and the value fd), applies the case's
limits and runs the candidate's code; this process reports the child's pid,
then its exit status and peak memory. Cases never share a process: each
child starts from this interpreter's clean state.
"""
import atexit
import ctypes
import io
import json
import os
import runpy
import socket
import sys
import threading
import traceback

import fn_python
import assay_limits

FD = int(os.environ.pop("ASSAY_ZYGOTE_FD"))
PR_SET_DUMPABLE = 4
LIBC = ctypes.CDLL(None, use_errno=True)
HARNESS_DIR = os.path.dirname(os.path.abspath(__file__))
READY = b'{"ready":true,"spares":true}'


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
        for name in ("fn_python", "assay_limits", "__main__"):
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


class Spare:
    """A child forked ahead of its case, waiting on a private socket for the request and its fds.

    The agent asks for one only once the previous case's processes are all
    killed, so nothing of a case exists while a spare waits; the fork then
    overlaps the agent's reset instead of delaying the next case.
    """

    def __init__(self, agent_sock):
        parent, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        pid = os.fork()
        if pid == 0:
            agent_sock.close()
            parent.close()
            try:
                message, fds, _, _ = socket.recv_fds(child, 65536, 8)
            except OSError:
                os._exit(0)
            if not message:
                os._exit(0)  # the zygote dropped this spare
            child.close()
            run_case(json.loads(message), fds)
        child.close()
        self.pid = pid
        self.sock = parent

    def hand(self, message, fds):
        """Gives the spare its case; False if it is gone (its status is then reaped here)."""
        try:
            alive = os.waitpid(self.pid, os.WNOHANG)[0] == 0
            if alive:
                socket.send_fds(self.sock, [message], fds)
            return alive
        except OSError:
            return False
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
        request = json.loads(message)
        if request.get("spare"):
            spare = spare or Spare(sock)
            continue
        pid = spare.pid if spare is not None and spare.hand(message, fds) else None
        spare = None
        if pid is None:
            pid = os.fork()
            if pid == 0:
                sock.close()
                run_case(request, fds)
        for fd in fds:
            os.close(fd)
        sock.send(json.dumps({"pid": pid}).encode())
        _, status, usage = os.wait4(pid, 0)
        sock.send(json.dumps({"pid": pid, "status": status, "maxrss": usage.ru_maxrss}).encode())


if __name__ == "__main__":
    main()
