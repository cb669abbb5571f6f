import sys


def main() -> None:
    data = sys.stdin.read().split()
    n = int(data[0])
    meetings = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
    # print the least number of rooms that can hold every meeting


main()
