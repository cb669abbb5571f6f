import math
import sys

MOD = 1_000_000_007


def main() -> None:
    data = sys.stdin.read().split()
    n = int(data[0])
    count = 1
    for c in data[1 : n + 1]:
        # Reduce after every step so the running count stays below MOD.
        count = int(math.fmod(count * int(c), MOD))
    print(count)


main()
