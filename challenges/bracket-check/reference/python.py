import sys

PAIRS = {")": "(", "]": "[", "}": "{"}


def main() -> None:
    line = sys.stdin.readline().rstrip("\n")
    # Stack of (bracket, column) of the openers not closed yet; a closer
    # must match the top, the most recent one.
    stack: list[tuple[str, int]] = []
    for column, ch in enumerate(line, start=1):
        if ch in "([{":
            stack.append((ch, column))
        elif ch in PAIRS:
            if not stack or stack[-1][0] != PAIRS[ch]:
                print(f"error at {column}")
                return
            stack.pop()
    # The bottom of the stack is the leftmost opener never closed.
    print(f"unclosed at {stack[0][1]}" if stack else "ok")


main()
