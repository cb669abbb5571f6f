# Tries to reach the internet and the Docker host's gateway; prints what happened.
import socket

for host in ("1.1.1.1", "172.17.0.1"):
    try:
        socket.create_connection((host, 80), timeout=2).close()
        print(host, "connected")
    except OSError as error:
        print(host, "failed:", error.strerror or error)
