import sys

PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    out = []
    for value, symbol in PAIRS:
        count, n = divmod(n, value)
        out.append(symbol * count)
    return "".join(out)


def from_roman(s):
    total = 0
    for i, ch in enumerate(s):
        v = VALUES[ch]
        total += -v if i + 1 < len(s) and VALUES[s[i + 1]] > v else v
    return total


out = []
for line in sys.stdin:
    query = line.strip()
    if query:
        out.append(to_roman(int(query)) if query.isdigit() else str(from_roman(query)))
sys.stdout.write("".join(line + "\n" for line in out))
