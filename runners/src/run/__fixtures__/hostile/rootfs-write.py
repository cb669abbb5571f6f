# Tries to write outside /tmp; prints one line per path.
for path in ("/etc/assay-probe", "/usr/assay-probe", "/assay-probe", "/opt/assay/agent.py"):
    try:
        with open(path, "w") as f:
            f.write("owned")
        print(path, "written")
    except OSError as error:
        print(path, "refused:", error.strerror)
