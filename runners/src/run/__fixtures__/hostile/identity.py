# Reports who it runs as and which network interfaces it can see, as JSON.
import json

status = {}
with open("/proc/self/status") as f:
    for line in f:
        key, _, value = line.partition(":")
        status[key] = value.strip()
with open("/proc/net/dev") as f:
    interfaces = [line.split(":")[0].strip() for line in f.readlines()[2:]]
print(json.dumps({
    "uid": status["Uid"].split(),
    "gid": status["Gid"].split(),
    "capEff": status["CapEff"],
    "capBnd": status["CapBnd"],
    "noNewPrivs": status["NoNewPrivs"],
    "interfaces": interfaces,
}))
