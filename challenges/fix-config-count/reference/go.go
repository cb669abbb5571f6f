package main

import (
	"bufio"
	"fmt"
	"os"
)

// Every option count and the running count fit in 32 bits; their product
// (up to about 10^18) needs 64.
const mod int64 = 1_000_000_007

func main() {
	in := bufio.NewReader(os.Stdin)
	var n int
	fmt.Fscan(in, &n)
	count := int64(1)
	for i := 0; i < n; i++ {
		var c int64
		fmt.Fscan(in, &c)
		// Reduce after every step so the running count stays below mod.
		count = count * c % mod
	}
	fmt.Println(count)
}
