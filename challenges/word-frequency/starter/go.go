package main

import (
	"io"
	"os"
	"strconv"
	"strings"
)

func main() {
	input, _ := io.ReadAll(os.Stdin)
	first, text, _ := strings.Cut(string(input), "\n")
	k, _ := strconv.Atoi(strings.TrimSpace(first))
	printTopWords(text, k)
}

// printTopWords prints the k most frequent words of text as "word count".
func printTopWords(text string, k int) {
}
