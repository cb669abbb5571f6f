package main

import (
	"bufio"
	"fmt"
	"os"
)

// Every option count and the running count fit in 32 bits.
const mod int32 = 1_000_000_007

func main() {
	in := bufio.NewReader(os.Stdin)
	var n int
	fmt.Fscan(in, &n)
	count := int32(1)
	for i := 0; i < n; i++ {
		var c int32
		fmt.Fscan(in, &c)
		// Reduce after every step so the running count stays below mod.
		count = count * c % mod
	}
	fmt.Println(count)
}
