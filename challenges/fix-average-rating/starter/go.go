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
	next := func() string { in.Scan(); return in.Text() }
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()

	q, _ := strconv.Atoi(next())
	for i := 0; i < q; i++ {
		name := next()
		k, _ := strconv.Atoi(next())
		sum := 0
		for j := 0; j < k; j++ {
			rating, _ := strconv.Atoi(next())
			sum += rating
		}
		// Work in hundredths with integers so rounding down is exact.
		hundredths := sum * 100 / k
		fmt.Fprintf(out, "%s %d.%02d\n", name, hundredths/100, hundredths%100)
	}
}
