package main

import (
	"bufio"
	"os"
	"strings"
)

func main() {
	line, _ := bufio.NewReaderSize(os.Stdin, 1<<20).ReadString('\n')
	line = strings.TrimSuffix(line, "\n")
	// print "ok", "error at N" or "unclosed at N"
	_ = line
}
