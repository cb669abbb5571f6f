package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	var n int
	fmt.Fscan(in, &n)
	starts := make([]int, n)
	ends := make([]int, n)
	for i := 0; i < n; i++ {
		fmt.Fscan(in, &starts[i], &ends[i])
	}
	sort.Ints(starts)
	sort.Ints(ends)
	// Sweep the starts in order; every end at or before a start frees a room.
	// Rooms busy when the i-th meeting starts: i + 1 started minus j ended.
	rooms, j := 0, 0
	for i := 0; i < n; i++ {
		for ends[j] <= starts[i] {
			j++
		}
		if i+1-j > rooms {
			rooms = i + 1 - j
		}
	}
	fmt.Println(rooms)
}
