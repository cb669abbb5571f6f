# Function mode: leaves with exit status 0 instead of returning.
import sys


def solve(x):
    print("leaving before returning")
    sys.exit(0)
