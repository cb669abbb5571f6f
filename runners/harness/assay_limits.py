"""Per-case limits applied in a case's process before candidate code runs.

Shared by the agent (after fork, before exec) and the Python zygote (after
fork, before running the case in-process).
"""
import math
import os
import resource


def apply(limits):
    cpu = max(1, math.ceil(limits["timeMs"] / 1000) + 1)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_FSIZE, (limits["fileBytes"], limits["fileBytes"]))
    resource.setrlimit(resource.RLIMIT_NOFILE, (limits["openFiles"], limits["openFiles"]))
    try:
        with open("/proc/self/oom_score_adj", "w") as f:
            f.write("1000")  # the OOM killer takes a case's process before the agent
    except OSError:
        pass
