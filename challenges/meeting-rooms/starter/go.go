package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	var n int
	fmt.Fscan(in, &n)
	meetings := make([][2]int, n)
	for i := range meetings {
		fmt.Fscan(in, &meetings[i][0], &meetings[i][1])
	}
	// print the least number of rooms that can hold every meeting
}
