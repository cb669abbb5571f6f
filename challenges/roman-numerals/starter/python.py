import sys

for line in sys.stdin:
    query = line.strip()
    # print the conversion of query
