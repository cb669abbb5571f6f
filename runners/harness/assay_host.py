"""The agent's line to the host: the container's stdin and stdout.

Control messages are JSON lines. A case's input follows its header line as
exactly `bytes` raw bytes, and is copied straight into the case's stdin
memfd through one fixed buffer: the agent never holds an input in its own
memory, so its size shows nowhere a case can look (/proc/1/status), and the
host sends it only once the agent asks for that case. Used only by agent.py.
"""
import json
import os
import select
import sys

CHUNK = 65536
MAX_LINE = 64 * 1024 * 1024  # a job line carries the source (at most 256 KiB) and small settings


class HostClosed(Exception):
    """The host went away (stdin closed) or sent something that is not the protocol."""


class Host:
    def __init__(self, fd=0):
        self.fd = fd
        self.pending = bytearray()  # bytes read past the last line, never more than one chunk
        self.chunk = bytearray(CHUNK)

    def wait(self, seconds):
        """True once something can be read, False after `seconds` of silence."""
        return bool(self.pending) or bool(select.select([self.fd], [], [], seconds)[0])

    def _fill(self):
        n = os.readv(self.fd, [self.chunk])
        if n == 0:
            raise HostClosed("the host closed the channel")
        self.pending += memoryview(self.chunk)[:n]

    def message(self):
        """The next JSON line from the host, parsed."""
        start = 0
        while True:
            newline = self.pending.find(b"\n", start)
            if newline >= 0:
                break
            if len(self.pending) > MAX_LINE:
                raise HostClosed("a line from the host is too long")
            start = len(self.pending)
            self._fill()
        line = bytes(self.pending[:newline])
        del self.pending[: newline + 1]
        try:
            return json.loads(line)
        except ValueError as error:
            raise HostClosed("the host sent a line that is not JSON: %s" % error) from None

    def copy_to(self, fd, size):
        """Copy the next `size` raw bytes from the host into `fd`."""
        while size > 0:
            if not self.pending:
                self._fill()
            take = min(size, len(self.pending))
            write_all(fd, memoryview(self.pending)[:take])
            del self.pending[:take]
            size -= take


def write_all(fd, view):
    while view:
        view = view[os.write(fd, view):]


def emit(message):
    """One line to the host. ASCII only, so a stray byte can never split a line."""
    sys.stdout.write(json.dumps(message, ensure_ascii=True, allow_nan=False) + "\n")
    sys.stdout.flush()
