import sys


def main() -> None:
    n, k = map(int, sys.stdin.read().split())
    players = list(range(1, n + 1))
    idx = 0
    while len(players) > 1:
        # Step k - 1 places from the current player, wrapping around the circle.
        idx = (idx + k - 1) % len(players)
        players.pop(idx)
    print(players[0])


main()
