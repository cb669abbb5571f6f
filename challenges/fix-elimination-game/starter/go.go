package main

import "fmt"

func main() {
	var n, k int
	fmt.Scan(&n, &k)
	players := make([]int, n)
	for i := range players {
		players[i] = i + 1
	}
	idx := 0
	for len(players) > 1 {
		// Step k - 1 places from the current player, wrapping around the circle.
		idx = (idx + k - 1) % len(players)
		players = append(players[:idx], players[idx+1:]...)
	}
	fmt.Println(players[0])
}
