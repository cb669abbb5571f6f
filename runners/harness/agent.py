"""Assay's in-container agent: PID 1 of every sandbox container.

Protocol (one job per container, then exit):
  agent  -> host  {"type":"ready"}                      once started
  host   -> agent  one JSON line: the job (see runners/src/run/job.ts)
  agent  -> host  {"nonce","type":"compile",...}         when the job compiles
                  {"nonce","type":"case","index",...}    one line per case, in order
                  {"nonce","type":"done"}
Lines go to the container's stdout, which no candidate process can reach:
children get fresh pipes, and the agent is not dumpable, so /proc/1/fd and
ptrace are closed to them. As PID 1 of the container's PID namespace, the
agent only receives signals it has handlers for (none), so `kill -9 1` and
`kill -9 -1` from candidate code cannot stop it.

The agent decides every status from what the kernel reports (exit status,
the memory cgroup's OOM counter, its own timers and byte counts); nothing
a candidate prints is parsed, except the function-mode value, which only
ever stands for the value of the case it came from.
"""
import ctypes
import json
import math
import os
import resource
import selectors
import signal
import stat
import sys
import time

PR_SET_DUMPABLE = 4
OOM_CONTROL = ("/sys/fs/cgroup/memory/memory.oom_control", "/sys/fs/cgroup/memory.events")
READ_CHUNK = 65536


def make_undumpable():
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_DUMPABLE) failed")


def oom_kills():
    """Count of OOM kills in this container's memory cgroup (v1 or v2)."""
    for path in OOM_CONTROL:
        try:
            with open(path) as f:
                for line in f:
                    key, _, value = line.partition(" ")
                    if key == "oom_kill":
                        return int(value)
        except OSError:
            continue
    return 0


def emit(message):
    sys.stdout.write(json.dumps(message, ensure_ascii=True) + "\n")
    sys.stdout.flush()


def text(data):
    return data.decode("utf-8", errors="replace")


def kill_everything_else():
    """SIGKILL every process in the container but this one, then reap them."""
    try:
        os.kill(-1, signal.SIGKILL)
    except ProcessLookupError:
        pass
    while True:
        try:
            pid, _ = os.waitpid(-1, 0)
        except ChildProcessError:
            return
        except InterruptedError:
            continue


def child_setup(limits):
    """Runs in the child between fork and exec: rlimits, new session, OOM bias."""

    def setup():
        os.setsid()
        cpu = max(1, math.ceil(limits["timeMs"] / 1000) + 1)
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        resource.setrlimit(resource.RLIMIT_FSIZE, (limits["fileBytes"], limits["fileBytes"]))
        resource.setrlimit(resource.RLIMIT_NOFILE, (limits["openFiles"], limits["openFiles"]))
        try:
            with open("/proc/self/oom_score_adj", "w") as f:
                f.write("1000")
        except OSError:
            pass

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


def collect(pid, streams, caps, time_ms):
    """Drain streams (name -> fd) until the child exits or a limit trips.

    Returns the wall time, wait status, rusage, the captured bytes per
    stream (each capped), and which limit stopped the child, if any.
    Stops at the deadline even when a grandchild keeps a pipe open.
    """
    sel = selectors.DefaultSelector()
    captured = {name: bytearray() for name in streams}
    for name, fd in streams.items():
        sel.register(fd, selectors.EVENT_READ, name)
    start = time.monotonic()
    deadline = start + time_ms / 1000.0
    stopped = None
    exited = None
    while stopped is None and sel.get_map():
        if exited is None:
            wpid, status, usage = os.wait4(pid, os.WNOHANG)
            if wpid == pid:
                exited = (status, usage, time.monotonic())
        now = time.monotonic()
        if now >= deadline:
            if exited is None:
                stopped = "time_limit"
            break
        events = sel.select(min(0.05 if exited is None else 0.2, deadline - now))
        if exited is not None and not events:
            break  # the child is gone; a leftover process still holds a pipe
        for key, _ in events:
            try:
                chunk = os.read(key.fd, READ_CHUNK)
            except OSError:
                chunk = b""
            if not chunk:
                sel.unregister(key.fd)
                continue
            name = key.data
            room = caps[name] - len(captured[name])
            captured[name] += chunk[: max(0, room)]
            if len(chunk) > room and name != "stderr":
                stopped = "output_limit"
    sel.close()
    while exited is None and stopped is None:  # pipes closed, child still running
        wpid, status, usage = os.wait4(pid, os.WNOHANG)
        if wpid == pid:
            exited = (status, usage, time.monotonic())
        elif time.monotonic() >= deadline:
            stopped = "time_limit"
        else:
            time.sleep(0.001)
    if exited is None:
        if stopped is not None:
            try:
                os.killpg(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        _, status, usage = os.wait4(pid, 0)
        exited = (status, usage, time.monotonic())
    status, usage, end = exited
    return {
        "status": status,
        "usage": usage,
        "wallMs": round((end - start) * 1000, 1),
        "captured": captured,
        "stopped": stopped,
    }


def describe_exit(status):
    if os.WIFSIGNALED(status):
        return None, os.WTERMSIG(status)
    return os.WEXITSTATUS(status), None


def scratch_paths(root):
    paths = set()
    for base, dirs, files in os.walk(root):
        for name in dirs + files:
            paths.add(os.path.join(base, name))
    return paths


def unlock(path):
    """Give the owner rwx on a directory again (candidate and agent share a uid)."""
    try:
        if not os.path.islink(path):
            os.chmod(path, stat.S_IMODE(os.lstat(path).st_mode) | stat.S_IRWXU)
    except OSError:
        pass


def reset_scratch(root, keep):
    """Remove whatever the last case left in the sandbox's writable space.

    Directories are unlocked first, top down: a case that chmods a directory
    to 000 must not keep its files (and the space they fill) past the reset.
    """
    unlock(root)
    for base, dirs, _ in os.walk(root):
        for name in dirs:
            unlock(os.path.join(base, name))
    for base, dirs, files in os.walk(root, topdown=False):
        for name in files + dirs:
            path = os.path.join(base, name)
            if path in keep:
                continue
            try:
                if os.path.isdir(path) and not os.path.islink(path):
                    os.rmdir(path)
                else:
                    os.unlink(path)
            except OSError:
                pass


def compile_step(job, env):
    spec = job["compile"]
    limits = dict(job["limits"], timeMs=spec["timeMs"])
    devnull = os.open(os.devnull, os.O_RDONLY)
    pid, out_r, err_r = spawn(spec["argv"], job["workdir"], env, devnull, limits)
    os.close(devnull)
    cap = job["limits"]["compileOutputBytes"]
    before = oom_kills()
    run = collect(pid, {"stdout": out_r, "stderr": err_r}, {"stdout": cap, "stderr": cap}, spec["timeMs"])
    os.close(out_r)
    os.close(err_r)
    kill_everything_else()
    code, sig = describe_exit(run["status"])
    output = text(bytes(run["captured"]["stdout"]) + bytes(run["captured"]["stderr"]))
    if run["stopped"] == "time_limit":
        output += "\n[assay] compilation exceeded %d ms and was stopped\n" % spec["timeMs"]
    elif oom_kills() > before:
        output += "\n[assay] compilation exceeded the memory limit\n"
    return {
        "type": "compile",
        "ok": code == 0 and run["stopped"] is None,
        "output": output[:cap],
        "exitCode": code,
        "signal": sig,
        "timeMs": run["wallMs"],
    }


def stdin_file(data):
    """A seekable in-memory file holding the case's input, read from the start.

    Not a file in /tmp: a case may have filled that tmpfs (a kept file can
    grow), and the agent's own plumbing must not depend on space the
    candidate controls.
    """
    fd = os.memfd_create("assay-stdin", os.MFD_CLOEXEC)
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]
    os.lseek(fd, 0, os.SEEK_SET)
    return fd


def case_step(job, env, index, case):
    limits = job["limits"]
    workdir = job["workdir"]
    function_mode = job["mode"] == "function"
    stdin_fd = stdin_file((json.dumps(case["args"]) if function_mode else case.get("stdin", "")).encode())
    pass_fds = ()
    case_env = dict(env)
    if function_mode:
        value_r, value_w = os.pipe()
        case_env["ASSAY_VALUE_FD"] = str(value_w)
        pass_fds = (value_w,)
    before = oom_kills()
    pid, out_r, err_r = spawn(job["run"]["argv"], workdir, case_env, stdin_fd, limits, pass_fds)
    os.close(stdin_fd)
    streams = {"stdout": out_r, "stderr": err_r}
    caps = {"stdout": limits["stdoutBytes"], "stderr": limits["stderrBytes"]}
    if function_mode:
        os.close(value_w)
        streams["value"] = value_r
        caps["value"] = limits["stdoutBytes"]
    run = collect(pid, streams, caps, limits["timeMs"])
    for fd in streams.values():
        os.close(fd)
    kill_everything_else()
    code, sig = describe_exit(run["status"])
    stderr = text(bytes(run["captured"]["stderr"]))
    report = {
        "type": "case",
        "index": index,
        "name": case["name"],
        "stdout": text(bytes(run["captured"]["stdout"])),
        "stderr": stderr,
        "exitCode": code,
        "signal": sig,
        "timeMs": run["wallMs"],
        "memoryKb": int(run["usage"].ru_maxrss),
    }
    if oom_kills() > before:
        report["status"] = "memory_limit"
    elif run["stopped"] == "time_limit" or sig == signal.SIGXCPU:
        report["status"] = "time_limit"
    elif run["stopped"] == "output_limit":
        report["status"] = "output_limit"
    elif code != 0:
        report["status"] = "runtime_error"
    else:
        report["status"] = "ok"
    if function_mode and report["status"] == "ok":
        raw = bytes(run["captured"]["value"])
        try:
            report["value"] = json.loads(text(raw))["value"]
        except (ValueError, KeyError, TypeError):
            report["status"] = "runtime_error"
            report["stderr"] += "\n[assay] the program ended without returning from the entry function\n"
    return report


def main():
    make_undumpable()
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    emit({"type": "ready"})
    idle = float(os.environ.get("ASSAY_IDLE_SECONDS", "900"))
    sel = selectors.DefaultSelector()
    sel.register(sys.stdin, selectors.EVENT_READ)
    if not sel.select(idle):
        return  # nobody came for this container: exit so it can be removed
    line = sys.stdin.readline()
    if not line:
        return  # the host went away
    job = json.loads(line)
    nonce = job["nonce"]
    env = dict(job["env"])
    os.makedirs(job["workdir"], exist_ok=True)
    for name, content in job["files"].items():
        with open(os.path.join(job["workdir"], name), "w", encoding="utf-8") as f:
            f.write(content)
    if job.get("compile"):
        result = compile_step(job, env)
        emit(dict(result, nonce=nonce))
        if not result["ok"]:
            emit({"nonce": nonce, "type": "done"})
            return
    keep = scratch_paths("/tmp")
    for index, case in enumerate(job["cases"]):
        report = case_step(job, env, index, case)
        reset_scratch("/tmp", keep)
        emit(dict(report, nonce=nonce))
    emit({"nonce": nonce, "type": "done"})


if __name__ == "__main__":
    main()
