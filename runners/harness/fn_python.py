"""Function-mode harness for Python: python3 fn_python.py FILE ENTRY.

Reads the case's arguments (a JSON array) from stdin before any candidate
code runs, calls ENTRY from FILE, and writes the result's JSON text (and
nothing else) to the file descriptor the agent passed in ASSAY_VALUE_FD.
The agent decides the status from the exit status and checks the text
(strict JSON, bounded depth); this frame only carries this case's value.
With a signature beside FILE (fn_typed.py) the call is typed: arguments
decoded by type, the result checked against the return type.
The pre-started interpreter (zygote_python.py) calls `call` directly.
"""
import importlib.util
import json
import os
import sys

import fn_typed


def find_entry(module, name):
    entry = getattr(module, name, None)
    if callable(entry):
        return entry
    holder = getattr(module, "Solution", None)  # LeetCode-style class Solution
    if isinstance(holder, type) and callable(getattr(holder, name, None)):
        return getattr(holder(), name)
    return None


def call(path, name, value_fd):
    """Runs one case; returns the exit code (exceptions propagate as crashes)."""
    args = json.loads(sys.stdin.read())
    signature = fn_typed.read_signature(os.path.dirname(os.path.abspath(path)))
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
    spec = importlib.util.spec_from_file_location("solution", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["solution"] = module
    spec.loader.exec_module(module)
    entry = find_entry(module, name)
    if entry is None:
        sys.stderr.write("assay: no function named %r in %s\n" % (name, os.path.basename(path)))
        return 1
    if signature is not None:
        args = fn_typed.decode_args(signature, args, module)
    result = entry(*args)
    try:
        if signature is not None:
            frame = fn_typed.encode_result(signature, result)
        else:
            frame = json.dumps(result, allow_nan=False, default=encode_extra, separators=(",", ":"))
    except fn_typed.Misfit as misfit:
        sys.stderr.write("assay: %s\n" % misfit)
        return 1
    except (TypeError, ValueError, RecursionError) as error:
        sys.stderr.write("assay: the return value cannot be sent as JSON: %s\n" % why_not_json(error))
        return 1
    sys.stdout.flush()
    with os.fdopen(value_fd, "w", encoding="utf-8") as out:
        out.write(frame)
    return 0


def why_not_json(error):
    if isinstance(error, RecursionError):
        return "it is nested too deeply"
    if "Out of range float" in str(error):
        return "it contains NaN or Infinity, which JSON has no numbers for"
    return str(error)


def encode_extra(value):
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=repr)
    if isinstance(value, tuple):
        return list(value)
    raise TypeError("%s is not JSON-serialisable" % type(value).__name__)


if __name__ == "__main__":
    sys.exit(call(sys.argv[1], sys.argv[2], int(os.environ.pop("ASSAY_VALUE_FD"))))
