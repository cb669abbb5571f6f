package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

var opener = map[byte]byte{')': '(', ']': '[', '}': '{'}

// check keeps the indexes of the openers not closed yet; a closer must
// match the top, the most recent one.
func check(text string) string {
	var stack []int
	for i := 0; i < len(text); i++ {
		ch := text[i]
		if ch == '(' || ch == '[' || ch == '{' {
			stack = append(stack, i)
		} else if want, ok := opener[ch]; ok {
			if len(stack) == 0 || text[stack[len(stack)-1]] != want {
				return fmt.Sprintf("error at %d", i+1)
			}
			stack = stack[:len(stack)-1]
		}
	}
	// The bottom of the stack is the leftmost opener never closed.
	if len(stack) > 0 {
		return fmt.Sprintf("unclosed at %d", stack[0]+1)
	}
	return "ok"
}

func main() {
	line, _ := bufio.NewReaderSize(os.Stdin, 1<<20).ReadString('\n')
	line = strings.TrimSuffix(line, "\n")
	fmt.Println(check(line))
}
