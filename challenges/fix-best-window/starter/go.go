package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	in.Split(bufio.ScanWords)
	next := func() int { in.Scan(); v, _ := strconv.Atoi(in.Text()); return v }

	n, k := next(), next()
	// prefix[i] is the total of the first i days, so any window sums in O(1).
	prefix := make([]int, n+1)
	for i := 0; i < n; i++ {
		prefix[i+1] = prefix[i] + next()
	}
	best, bestStart := prefix[k], 0
	for start := 1; start < n-k; start++ {
		total := prefix[start+k] - prefix[start]
		if total > best {
			best, bestStart = total, start
		}
	}
	fmt.Println(best, bestStart+1)
}
