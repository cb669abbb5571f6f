package main

import "fmt"

func main() {
	var n, k int
	fmt.Scan(&n, &k)
	// Josephus recurrence: with i players the survivor's 0-based seat is
	// (survivor among i - 1 players + k) mod i, since removing the k-th
	// player and renumbering from the next one shifts every seat by k.
	survivor := 0
	for i := 2; i <= n; i++ {
		survivor = (survivor + k) % i
	}
	fmt.Println(survivor + 1)
}
