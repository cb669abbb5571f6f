import sys


def main() -> None:
    line = sys.stdin.readline().rstrip("\n")
    # print "ok", "error at N" or "unclosed at N"


main()
