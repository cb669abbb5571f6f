package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

func main() {
	input, _ := io.ReadAll(os.Stdin)
	first, text, _ := strings.Cut(string(input), "\n")
	k, _ := strconv.Atoi(strings.TrimSpace(first))
	printTopWords(text, k)
}

// A word is a run of ASCII letters (unicode.IsLetter would also take "é").
var wordPattern = regexp.MustCompile(`[A-Za-z]+`)

// printTopWords prints the k most frequent words of text as "word count".
func printTopWords(text string, k int) {
	counts := map[string]int{}
	for _, word := range wordPattern.FindAllString(text, -1) {
		counts[strings.ToLower(word)]++
	}
	words := make([]string, 0, len(counts))
	for word := range counts {
		words = append(words, word)
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	if len(words) > k {
		words = words[:k]
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, word := range words {
		fmt.Fprintf(out, "%s %d\n", word, counts[word])
	}
}
