"""Assay's in-container agent: PID 1 of every sandbox container.

Protocol (one job per container, then exit):
  agent  -> host  {"type":"ready"}                      once started
  host   -> agent  one JSON line: the job (runners/src/sandbox/agent-protocol.ts)
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
import os
import selectors
import signal
import stat
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # -I leaves the harness folder out
from assay_procs import Child, Zygote, collect, kill_everything_else, spawn  # noqa: E402

PR_SET_DUMPABLE = 4
OOM_CONTROL = ("/sys/fs/cgroup/memory/memory.oom_control", "/sys/fs/cgroup/memory.events")
ZYGOTE_MIN_CASES = 3  # fewer cases run faster by plain fork+exec than by starting a zygote


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
    run = collect(Child(pid), {"stdout": out_r, "stderr": err_r}, {"stdout": cap, "stderr": cap}, spec["timeMs"])
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


def launch_case(job, env, stdin_fd, value_w, zygote):
    """Starts a case's process: forked by the zygote when there is one, else fork+exec.

    Returns (process handle, stdout read end, stderr read end).
    """
    spec = job["run"].get("zygote")
    if zygote is not None and spec and zygote.alive():
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        fds = [stdin_fd, out_w, err_w] + ([value_w] if value_w is not None else [])
        request = {"mode": job["mode"], "file": spec["file"], "entry": spec.get("entry"), "cwd": job["workdir"], "env": env, "limits": job["limits"]}
        proc = zygote.launch(request, fds)
        os.close(out_w)
        os.close(err_w)
        if proc is not None:
            return proc, out_r, err_r
        os.close(out_r)
        os.close(err_r)
        zygote.stop()  # unresponsive: this case runs the slow way, the next gets a new zygote
    case_env = dict(env)
    pass_fds = ()
    if value_w is not None:
        case_env["ASSAY_VALUE_FD"] = str(value_w)
        pass_fds = (value_w,)
    pid, out_r, err_r = spawn(job["run"]["argv"], job["workdir"], case_env, stdin_fd, job["limits"], pass_fds)
    return Child(pid), out_r, err_r


def case_step(job, env, index, case, zygote):
    limits = job["limits"]
    function_mode = job["mode"] == "function"
    stdin_fd = stdin_file((json.dumps(case["args"]) if function_mode else case.get("stdin", "")).encode())
    value_r, value_w = os.pipe() if function_mode else (None, None)
    before = oom_kills()
    proc, out_r, err_r = launch_case(job, env, stdin_fd, value_w, zygote)
    os.close(stdin_fd)
    streams = {"stdout": out_r, "stderr": err_r}
    caps = {"stdout": limits["stdoutBytes"], "stderr": limits["stderrBytes"]}
    if function_mode:
        os.close(value_w)
        streams["value"] = value_r
        caps["value"] = limits["stdoutBytes"]
    run = collect(proc, streams, caps, limits["timeMs"])
    for fd in streams.values():
        os.close(fd)
    kill_everything_else(keep=zygote.pid if zygote is not None and zygote.alive() else None)
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
        "memoryKb": int(run["maxrss"]),
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
    zygote_spec = json.loads(os.environ.pop("ASSAY_ZYGOTE", "null"))
    # A pooled container warms its zygote while it waits; a cold one starts it
    # only for jobs with enough cases to repay the start-up (see below).
    eager = os.environ.pop("ASSAY_ZYGOTE_EAGER", "") == "1"
    zygote = Zygote(zygote_spec) if zygote_spec and eager else None
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
    if zygote_spec and zygote is None and len(job["cases"]) >= ZYGOTE_MIN_CASES:
        zygote = Zygote(zygote_spec)
    keep = scratch_paths("/tmp")
    for index, case in enumerate(job["cases"]):
        report = case_step(job, env, index, case, zygote)
        reset_scratch("/tmp", keep)
        emit(dict(report, nonce=nonce))
        if zygote is not None and not zygote.alive():
            zygote.stop()
            zygote = Zygote(zygote_spec)  # a case took it down; the next case gets a new one
    emit({"nonce": nonce, "type": "done"})


if __name__ == "__main__":
    main()
