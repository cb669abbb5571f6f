import sys


def main() -> None:
    data = sys.stdin.read().split()
    n, k = int(data[0]), int(data[1])
    sales = [int(x) for x in data[2 : 2 + n]]
    # prefix[i] is the total of the first i days, so any window sums in O(1).
    prefix = [0] * (n + 1)
    for i, x in enumerate(sales):
        prefix[i + 1] = prefix[i] + x
    best, best_start = prefix[k], 0
    for start in range(1, n - k + 1):
        total = prefix[start + k] - prefix[start]
        if total > best:
            best, best_start = total, start
    print(best, best_start + 1)


main()
