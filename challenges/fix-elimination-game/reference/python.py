import sys


def main() -> None:
    n, k = map(int, sys.stdin.read().split())
    # Josephus recurrence: with i players the survivor's 0-based seat is
    # (survivor among i - 1 players + k) mod i, since removing the k-th
    # player and renumbering from the next one shifts every seat by k.
    survivor = 0
    for i in range(2, n + 1):
        survivor = (survivor + k) % i
    print(survivor + 1)


main()
