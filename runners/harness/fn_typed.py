"""Typed function mode for Python: the signature's types applied to one call.

fn_python.py uses this when the work dir holds assay_signature.json (the
parsed signature the runner writes beside the candidate's file): the
arguments are decoded by their declared types and the returned value is
checked against the return type and encoded as JSON text. Types are the
TypeRef trees of runners/src/functions/type-language.ts, e.g.
{"kind": "array", "of": {"kind": "int"}}.
"""
import json
import math
import os
import types

SIGNATURE_FILE = "assay_signature.json"
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1


class Misfit(Exception):
    """A returned value that does not fit the return type; the message says where and why."""


def read_signature(folder):
    """The parsed signature beside the candidate's file, or None (an untyped job)."""
    try:
        with open(os.path.join(folder, SIGNATURE_FILE), encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        return None


def type_text(t):
    """The type as the signature writes it (`int[]`, `map<string, Interval>`)."""
    kind = t["kind"]
    if kind == "array":
        return type_text(t["of"]) + "[]"
    if kind == "map":
        return "map<string, %s>" % type_text(t["of"])
    if kind == "nullable":
        return type_text(t["of"]) + "?"
    return t["name"] if kind == "record" else kind


def decode_args(sig, args, module):
    """The arguments as the candidate's hints say: ints exact, floats as float, records as objects.

    A record becomes an instance of the candidate's class of that name when
    the module defines one (the stub's @dataclass), else a plain attribute
    object. The JSON was checked against the signature when the challenge
    loaded, so only the conversions JSON cannot express are made here.
    """
    records = {r["name"]: r["fields"] for r in sig["records"]}

    def make(name, fields):
        cls = getattr(module, name, None)
        return cls(**fields) if isinstance(cls, type) else types.SimpleNamespace(**fields)

    def decode(t, v):
        kind = t["kind"]
        if v is None or kind in ("bool", "string"):
            return v
        if kind == "int":
            return int(v) if type(v) is float else v  # written as 3.0: the test data allows it
        if kind == "float":
            return float(v)
        if kind == "array":
            of = t["of"]["kind"]
            if of in ("bool", "string") or (of == "int" and all(type(x) is int for x in v)):
                return v  # the common large argument, as parsed
            return [float(x) for x in v] if of == "float" else [decode(t["of"], x) for x in v]
        if kind == "map":
            return {k: decode(t["of"], x) for k, x in v.items()}
        if kind == "nullable":
            return decode(t["of"], v)
        return make(t["name"], {f["name"]: decode(f["type"], v[f["name"]]) for f in records[t["name"]]})

    return [decode(p["type"], a) for p, a in zip(sig["params"], args)] + list(args[len(sig["params"]):])


def encode_result(sig, value):
    """The returned value's JSON text; raises Misfit naming the place and the expected type."""
    records = {r["name"]: r["fields"] for r in sig["records"]}
    path = []

    def misfit(message):
        where = "returned value" + "".join(("[%d]" % p) if isinstance(p, int) else p for p in path)
        return Misfit("%s: %s" % (where, message))

    def expected(t, v):
        return misfit("expected %s, got %s" % (type_text(t), got(v)))

    def items(pairs):
        """(key, path step, type, value) → (key, encoded value), the step on the path meanwhile."""
        out = []
        for key, step, t, item in pairs:
            path.append(step)
            out.append((key, encode(t, item)))
            path.pop()
        return out

    def encode(t, v):
        kind = t["kind"]
        if kind == "nullable":
            return None if v is None else encode(t["of"], v)
        if kind == "int":
            if isinstance(v, float) and v.is_integer():
                v = int(v)
            if isinstance(v, bool) or not isinstance(v, int):
                raise expected(t, v)
            if not INT64_MIN <= v <= INT64_MAX:
                raise misfit("%d does not fit a 64-bit int" % v)
            return int(v)
        if kind == "float":
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise expected(t, v)
            try:
                f = float(v)
            except OverflowError:
                raise misfit("%d does not fit a float" % v) from None
            if not math.isfinite(f):
                raise misfit("expected float, got %r, which JSON has no number for" % f)
            return f
        if kind == "bool":
            if not isinstance(v, bool):
                raise expected(t, v)
            return v
        if kind == "string":
            if not isinstance(v, str):
                raise expected(t, v)
            return str(v)
        if kind == "array":
            if not isinstance(v, (list, tuple)):
                raise expected(t, v)
            if plain(t["of"]["kind"], v):
                return v
            return [item for _, item in items((i, i, t["of"], x) for i, x in enumerate(v))]
        if kind == "map":
            if not isinstance(v, dict):
                raise expected(t, v)
            bad = next((k for k in v if not isinstance(k, str)), None)
            if bad is not None:
                raise misfit("expected %s, got a dict with the key %r (map keys are strings)" % (type_text(t), bad))
            return dict(items((k, "[%s]" % json.dumps(k), t["of"], x) for k, x in v.items()))
        return encode_record(t["name"], v)

    def encode_record(name, v):
        fields = records[name]
        if isinstance(v, dict):
            extra = next((k for k in v if k not in {f["name"] for f in fields}), None)
            if extra is not None:
                raise misfit("%s has no field %r" % (name, extra))
            read = v.get
        elif v is None or isinstance(v, (bool, int, float, str, list, tuple)):
            raise misfit("expected %s, got %s" % (name, got(v)))
        else:
            read = lambda key, default: getattr(v, key, default)  # a dataclass or any object with the fields  # noqa: E731
        missing = object()
        pairs = []
        for f in fields:
            item = read(f["name"], missing)
            if item is missing:
                raise misfit("%s needs its field %s (got %s)" % (name, f["name"], got(v)))
            pairs.append((f["name"], "." + f["name"], f["type"], item))
        return dict(items(pairs))

    return json.dumps(encode(sig["returns"], value), allow_nan=False, separators=(",", ":"))


def plain(kind, items):
    """Whether a list is all of one primitive type that fits, so json.dumps can take it as it is.

    The common large result (an int[] of a million) is checked in one pass
    this way; anything else goes element by element, which finds the place
    of a misfit.
    """
    if kind == "int":
        return all(type(x) is int for x in items) and (not items or (INT64_MIN <= min(items) and max(items) <= INT64_MAX))
    if kind == "float":
        return all(type(x) is float for x in items) and all(map(math.isfinite, items))
    if kind == "string":
        return all(type(x) is str for x in items)
    return kind == "bool" and all(type(x) is bool for x in items)


def got(v):
    """What a value is, briefly, for a misfit message: `str`, `float 3.5`, `None`."""
    if v is None or isinstance(v, (bool, int, float)):
        return "%s %r" % (type(v).__name__, v) if v is not None else "None"
    return type(v).__name__
