"""Assay's in-container agent: PID 1 of every sandbox container.

Protocol (one job per container, then exit; runners/src/sandbox/agent-protocol.ts):
  agent -> host  {"type":"ready"}                           once started
  host  -> agent one JSON line: the job, without any case's input
  agent -> host  {"nonce","type":"compile",...}             when the job compiles
  then for each case, in order:
  host  -> agent {"type":"input","index","bytes"} + bytes   that case's input, and only it, sent once
                 the job line, the compile report or the previous case's verdict is out: by then no
                 candidate process is left. The agent reads it only after the reset.
  agent -> host  {"nonce","type":"await","index"}           the sandbox is reset, case `index` starts
  agent -> host  {"nonce","type":"case","index",...}        its verdict
  and last:      {"nonce","type":"done"}
Lines go to the container's stdout, which no candidate process can reach:
children get fresh pipes, and the agent is not dumpable, so /proc/1/fd and
ptrace are closed to them. As PID 1 of the container's PID namespace, the
agent only receives signals it has handlers for (none), so `kill -9 1` and
`kill -9 -1` from candidate code cannot stop it.

Between cases every process but the agent (and the zygote, which holds no
case data) is killed, every writable place and IPC object is emptied and
the program's files are restored (assay_reset.py); a case gets its own
environment and its own input only. The agent decides every status from
what the kernel reports (exit status, the memory cgroup's OOM counter, its
own timers and byte counts); nothing a candidate prints is parsed, except
the function-mode value, which is checked (assay_value.py) and only ever
stands for the value of the case it came from.
"""
import ctypes
import json
import os
import signal
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # -I leaves the harness folder out
import assay_value  # noqa: E402
from assay_host import Host, HostClosed, emit  # noqa: E402
from assay_procs import Child, Zygote, collect, kill_everything_else, spawn  # noqa: E402
from assay_reset import Snapshot, reset_writable  # noqa: E402

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


def text(data):
    return data.decode("utf-8", errors="replace")


def describe_exit(status):
    if os.WIFSIGNALED(status):
        return None, os.WTERMSIG(status)
    return os.WEXITSTATUS(status), None


def compile_step(job, env, keep=None):
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
    kill_everything_else(keep=keep)
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


def receive_input(host, index):
    """The case's input, from the host straight into a seekable memfd read from the start.

    Not a file in /tmp: a case may have filled that tmpfs, and the agent's own
    plumbing must not depend on space the candidate controls.
    """
    header = host.message()
    if header.get("type") != "input" or header.get("index") != index or not isinstance(header.get("bytes"), int):
        raise HostClosed("expected the input of case %d, got %r" % (index, header.get("type")))
    fd = os.memfd_create("assay-stdin", os.MFD_CLOEXEC)
    host.copy_to(fd, header["bytes"])
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


def case_step(job, index, stdin_fd, zygote):
    limits = job["limits"]
    function_mode = job["mode"] == "function"
    value_r, value_w = os.pipe() if function_mode else (None, None)
    before = oom_kills()
    proc, out_r, err_r = launch_case(job, dict(job["env"]), stdin_fd, value_w, zygote)
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
    keep = zygote.pid if zygote is not None and zygote.alive() else None
    others_kb = kill_everything_else(keep=keep)
    code, sig = describe_exit(run["status"])
    report = {
        "type": "case",
        "index": index,
        "stdout": text(bytes(run["captured"]["stdout"])),
        "stderr": text(bytes(run["captured"]["stderr"])),
        "exitCode": code,
        "signal": sig,
        "timeMs": run["wallMs"],
        "memoryKb": int(max(run["maxrss"], others_kb)),
    }
    if oom_kills() > before:
        report["status"] = "memory_limit"
    elif run["stopped"] == "time_limit" or sig == signal.SIGXCPU:
        report["status"] = "time_limit"
    elif run["stopped"] == "output_limit":
        report["status"] = "output_limit"
        if function_mode and len(run["captured"]["value"]) >= caps["value"]:
            report["stderr"] += "\n[assay] the returned value is larger than the output limit (%d bytes)\n" % caps["value"]
    elif code != 0:
        report["status"] = "runtime_error"
    else:
        report["status"] = "ok"
    if function_mode and report["status"] == "ok":
        raw = bytes(run["captured"]["value"])
        if not raw:
            report["status"] = "runtime_error"
            report["stderr"] += "\n[assay] the program ended without returning from the entry function\n"
        else:
            try:
                report["valueJson"] = assay_value.check(raw)
            except assay_value.BadValue as error:
                report["status"] = "runtime_error"
                report["stderr"] += "\n[assay] %s\n" % error
    return report


def fresh_zygote(zygote, spec):
    """The zygote the next case may use: the current one if a case left it fit, else a new one."""
    if zygote is not None and zygote.healthy():
        return zygote
    if zygote is not None:
        zygote.stop()  # stopped or dead: a case took it down; the next case gets a new one
    return Zygote(spec)


def run_job(host, job, zygote, zygote_spec):
    nonce = job["nonce"]
    os.makedirs(job["workdir"], exist_ok=True)
    for name, content in job["files"].items():
        with open(os.path.join(job["workdir"], name), "w", encoding="utf-8") as f:
            f.write(content)
    if job.get("compile"):
        # A warm zygote outlives the compile step (it holds nothing of the job); its spare does not.
        keep = zygote.pid if zygote is not None and zygote.alive() else None
        result = compile_step(job, dict(job["env"]), keep)
        if keep is not None:
            zygote.fork_spare()
        emit(dict(result, nonce=nonce))
        if not result["ok"]:
            return
    program = Snapshot(job["workdir"])
    use_zygote = zygote_spec and job["run"].get("zygote") and (zygote is not None or job["caseCount"] >= ZYGOTE_MIN_CASES)
    for index in range(job["caseCount"]):
        reset_writable()
        program.restore()
        if use_zygote:
            zygote = fresh_zygote(zygote, zygote_spec)
        emit({"nonce": nonce, "type": "await", "index": index})
        stdin_fd = receive_input(host, index)
        report = case_step(job, index, stdin_fd, zygote if use_zygote else None)
        if use_zygote and index + 1 < job["caseCount"] and zygote.healthy():
            zygote.fork_spare()  # every case process is gone: the next one forks while the sandbox resets
        emit(dict(report, nonce=nonce))


def main():
    make_undumpable()
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    zygote_spec = json.loads(os.environ.pop("ASSAY_ZYGOTE", "null"))
    # A pooled container warms its zygote while it waits; a cold one starts it
    # only for jobs with enough cases to repay the start-up (see run_job).
    eager = os.environ.pop("ASSAY_ZYGOTE_EAGER", "") == "1"
    zygote = Zygote(zygote_spec) if zygote_spec and eager else None
    if zygote is not None and zygote.wait_booted():  # ready means ready: the first case is a fork
        zygote.fork_spare()  # and already forked
    emit({"type": "ready"})
    host = Host()
    if not host.wait(float(os.environ.get("ASSAY_IDLE_SECONDS", "900"))):
        return  # nobody came for this container: exit so it can be removed
    try:
        job = host.message()
        run_job(host, job, zygote, zygote_spec)
        emit({"nonce": job["nonce"], "type": "done"})
    except HostClosed as error:
        sys.stderr.write("assay agent: %s\n" % error)


if __name__ == "__main__":
    main()
