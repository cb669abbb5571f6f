import sys


def main() -> None:
    data = sys.stdin.read().split()
    q = int(data[0])
    pos = 1
    lines = []
    for _ in range(q):
        name, k = data[pos], int(data[pos + 1])
        ratings = [int(r) for r in data[pos + 2 : pos + 2 + k]]
        pos += 2 + k
        if not ratings:
            lines.append(f"{name} n/a")
            continue
        # Work in hundredths with integers so rounding down is exact.
        hundredths = sum(ratings) * 100 // len(ratings)
        lines.append(f"{name} {hundredths // 100}.{hundredths % 100:02d}")
    sys.stdout.write("".join(line + "\n" for line in lines))


main()
