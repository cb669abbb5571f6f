"""Checks what a function-mode program wrote to the value channel.

The bytes are candidate-controlled: the harness writes the returned value's
JSON there, but the program can write anything itself. A frame counts only
if it is one strict RFC 8259 JSON text (UTF-8, no NaN or Infinity) nested
at most MAX_DEPTH deep; it then travels on unchanged, as text, so numbers
stay exactly as the program wrote them. Nothing here recurses or converts
numbers, so no frame can crash the agent. Used only by agent.py.
"""
import json
import re
import sys

MAX_DEPTH = 1000
JSON_SPACE = " \t\n\r"
STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
NOT_BRACKET = re.compile(r"[^\[\]{}]+")
sys.setrecursionlimit(max(sys.getrecursionlimit(), 4 * MAX_DEPTH))  # json's parser nests one call per level


class BadValue(Exception):
    """The frame is not an acceptable value; the message says why, for the candidate."""


def depth_of(text):
    """Deepest nesting of arrays and objects outside strings (an upper bound when within the limit)."""
    brackets = NOT_BRACKET.sub("", STRING.sub("", text))
    openers = brackets.count("[") + brackets.count("{")
    if openers <= MAX_DEPTH:
        return openers
    depth = deepest = 0
    for c in brackets:
        depth += 1 if c in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


def reject_constant(name):
    raise BadValue("%s is not a JSON number (non-finite numbers cannot be returned)" % name)


def ignore(_value):
    return None


def check(raw):
    """The JSON text of the returned value, as written (outer whitespace trimmed); raises BadValue."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BadValue("the returned value is not UTF-8 (byte %d)" % error.start) from None
    text = text.strip(JSON_SPACE)
    if not text:
        raise BadValue("the returned value is empty")
    if depth_of(text) > MAX_DEPTH:
        raise BadValue("the returned value is nested more than %d levels deep" % MAX_DEPTH)
    try:
        # Parsed only to check the syntax: numbers are not converted, objects not built.
        json.loads(text, parse_constant=reject_constant, parse_int=ignore, parse_float=ignore, object_pairs_hook=ignore)
    except BadValue:
        raise
    except (ValueError, RecursionError) as error:
        raise BadValue("the returned value is not valid JSON: %s" % error) from None
    return text
