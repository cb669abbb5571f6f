# Probes kernel interfaces a judged program never needs; stdin names the probe.
# Prints "<probe>: open" when the interface answered, "<probe>: denied <errno>" otherwise.
import ctypes
import errno
import os
import socket
import sys

libc = ctypes.CDLL(None, use_errno=True)


def syscall_result(rc):
    return "open" if rc >= 0 else "denied " + errno.errorcode.get(ctypes.get_errno(), "?")


def io_uring():
    params = ctypes.create_string_buffer(120)  # struct io_uring_params
    return syscall_result(libc.syscall(425, 8, params))  # io_uring_setup(8 entries)


def ptmx():
    try:
        os.open("/dev/ptmx", os.O_RDWR | os.O_NOCTTY)
        return "open"
    except OSError as e:
        return "denied " + errno.errorcode.get(e.errno, "?")


def user_namespace():
    return syscall_result(libc.unshare(0x10000000))  # CLONE_NEWUSER


def af_alg():
    try:
        socket.socket(38, socket.SOCK_SEQPACKET, 0)  # AF_ALG: the kernel's crypto API
        return "open"
    except OSError as e:
        return "denied " + errno.errorcode.get(e.errno, "?")


probe = sys.stdin.read().strip()
print(probe + ": " + {"io_uring": io_uring, "ptmx": ptmx, "userns": user_namespace, "af_alg": af_alg}[probe]())
