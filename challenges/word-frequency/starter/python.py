import sys


def main() -> None:
    lines = sys.stdin.read().split("\n")
    k = int(lines[0])
    text = "\n".join(lines[1:])
    # print the k most frequent words as "word count"


main()
