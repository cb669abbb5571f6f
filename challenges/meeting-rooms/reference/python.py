import sys


def main() -> None:
    data = sys.stdin.read().split()
    n = int(data[0])
    starts = sorted(int(data[1 + 2 * i]) for i in range(n))
    ends = sorted(int(data[2 + 2 * i]) for i in range(n))
    # Sweep the starts in order; every end at or before a start frees a room.
    # Rooms busy when the i-th meeting starts: i + 1 started minus j ended.
    rooms = j = 0
    for i, start in enumerate(starts):
        while ends[j] <= start:
            j += 1
        rooms = max(rooms, i + 1 - j)
    print(rooms)


main()
