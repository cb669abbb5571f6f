// The decoding half of Go's typed function mode (see fn_go_runtime.go): the
// case's arguments, read from their JSON text straight into the declared Go
// types, guided by the type, with no tree of interface values in between
// (several times faster than encoding/json into []any on large inputs).
//
// Strict where encoding/json is lenient: a null for a type that is not
// nullable, a record with a missing or unknown field, or a number that is
// not a 64-bit integer where an int is declared is an error naming the
// argument, the place inside it and the expected type. Integers are read
// digit by digit, never through float64. Nothing recurses deeper than the
// signature's types nest.
package main

import (
	assayBytes "bytes"
	assayJSON "encoding/json"
	assayStrconv "strconv"
	assayStrings "strings"
	assayUTF8 "unicode/utf8"
)

// assayParser reads JSON text from a position.
type assayParser struct {
	data []byte
	at   int
}

// peek skips white space and returns the next byte, or 0 at the end.
func (p *assayParser) peek() byte {
	for p.at < len(p.data) {
		switch c := p.data[p.at]; c {
		case ' ', '\t', '\n', '\r':
			p.at++
		default:
			return c
		}
	}
	return 0
}

func (p *assayParser) take(c byte) bool {
	if p.peek() == c {
		p.at++
		return true
	}
	return false
}

func (p *assayParser) literal(word string) bool {
	if p.peek() != word[0] || !assayBytes.HasPrefix(p.data[p.at:], []byte(word)) {
		return false
	}
	p.at += len(word)
	return true
}

// syntaxError: the text is not JSON here (the server sends valid JSON; this guards the rest).
func (p *assayParser) syntaxError() error {
	if p.peek() == 0 {
		return &assayPathError{msg: "the JSON text ends too early"}
	}
	return &assayPathError{msg: "invalid JSON at byte " + assayStrconv.Itoa(p.at) + " (" + assayStrconv.QuoteRune(rune(p.data[p.at])) + ")"}
}

// misfit: the value at the cursor is valid JSON of another type than expected.
func (p *assayParser) misfit(expected string) error {
	return &assayPathError{msg: "expected " + expected + ", got " + p.describe()}
}

// describe names the value at the cursor for an error message (the case ends after it).
func (p *assayParser) describe() string {
	switch c := p.peek(); {
	case c == '"':
		s, err := p.str()
		if err != nil {
			return "an invalid string"
		}
		if r := []rune(s); len(r) > 40 {
			s = string(r[:40]) + "…"
		}
		return "the string " + assayStrconv.Quote(s)
	case c == '-' || (c >= '0' && c <= '9'):
		if token, _, err := p.number(); err == nil {
			return "the number " + string(token)
		}
	case c == '[':
		return "an array"
	case c == '{':
		return "an object"
	case c == 'n' && p.literal("null"):
		return "null"
	case c == 't' && p.literal("true"):
		return "true"
	case c == 'f' && p.literal("false"):
		return "false"
	}
	return "invalid JSON"
}

// number reads a JSON number's text; integer says it has no fraction or exponent.
func (p *assayParser) number() (token []byte, integer bool, err error) {
	d, i, start := p.data, p.at, p.at
	digits := func() bool {
		from := i
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
		}
		return i > from
	}
	if i < len(d) && d[i] == '-' {
		i++
	}
	if i < len(d) && d[i] == '0' {
		i++
	} else if !digits() {
		p.at = i
		return nil, false, p.syntaxError()
	}
	integer = true
	if i < len(d) && d[i] == '.' {
		i++
		integer = false
		if !digits() {
			p.at = i
			return nil, false, p.syntaxError()
		}
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		i++
		integer = false
		if i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		if !digits() {
			p.at = i
			return nil, false, p.syntaxError()
		}
	}
	p.at = i
	return d[start:i], integer, nil
}

// numberFor reads a number where the type expects one, else refuses what is there.
func (p *assayParser) numberFor(typ string) (token []byte, integer bool, err error) {
	if c := p.peek(); c != '-' && (c < '0' || c > '9') {
		return nil, false, p.misfit(typ)
	}
	return p.number()
}

// str reads a JSON string; the cursor is on its opening quote.
func (p *assayParser) str() (string, error) {
	start := p.at
	plain := true
	i := start + 1
	for ; i < len(p.data) && p.data[i] != '"'; i++ {
		switch c := p.data[i]; {
		case c == '\\':
			plain = false
			i++
		case c < 0x20:
			p.at = i
			return "", p.syntaxError()
		}
	}
	if i >= len(p.data) {
		p.at = i
		return "", p.syntaxError()
	}
	p.at = i + 1
	if plain && assayUTF8.Valid(p.data[start+1:i]) {
		return string(p.data[start+1 : i]), nil
	}
	var s string // escapes, or bytes that are not UTF-8 (encoding/json replaces them with U+FFFD)
	if err := assayJSON.Unmarshal(p.data[start:i+1], &s); err != nil {
		return "", &assayPathError{msg: "invalid JSON string: " + err.Error()}
	}
	return s, nil
}

func assayDecodeInt(p *assayParser) (int64, error) {
	token, integer, err := p.numberFor("int")
	if err != nil {
		return 0, err
	}
	if !integer {
		return 0, &assayPathError{msg: "expected int, got the number " + string(token)}
	}
	negative, digits, limit := false, token, uint64(1<<63-1)
	if token[0] == '-' {
		negative, digits, limit = true, token[1:], 1<<63
	}
	var n uint64
	for _, c := range digits {
		digit := uint64(c - '0')
		if n > (limit-digit)/10 {
			return 0, &assayPathError{msg: string(token) + " does not fit a 64-bit int"}
		}
		n = n*10 + digit
	}
	if negative {
		return -int64(n), nil // n = 2^63 wraps to -2^63, as wanted
	}
	return int64(n), nil
}

func assayDecodeFloat(p *assayParser) (float64, error) {
	token, _, err := p.numberFor("float")
	if err != nil {
		return 0, err
	}
	f, err := assayStrconv.ParseFloat(string(token), 64)
	if err != nil {
		return 0, &assayPathError{msg: string(token) + " does not fit a float"}
	}
	return f, nil
}

func assayDecodeBool(p *assayParser) (bool, error) {
	if p.literal("true") {
		return true, nil
	}
	if p.literal("false") {
		return false, nil
	}
	return false, p.misfit("bool")
}

func assayDecodeString(p *assayParser) (string, error) {
	if p.peek() != '"' {
		return "", p.misfit("string")
	}
	return p.str()
}

// assayDecodeArray reads a JSON array into a slice; typ is the type as the signature writes it.
func assayDecodeArray[T any](typ string, elem func(*assayParser) (T, error)) func(*assayParser) ([]T, error) {
	return func(p *assayParser) ([]T, error) {
		if !p.take('[') {
			return nil, p.misfit(typ)
		}
		out := []T{}
		if p.take(']') {
			return out, nil
		}
		for {
			item, err := elem(p)
			if err != nil {
				return nil, assayAt("["+assayStrconv.Itoa(len(out))+"]", err)
			}
			out = append(out, item)
			if p.take(']') {
				return out, nil
			}
			if !p.take(',') {
				return nil, p.syntaxError()
			}
		}
	}
}

func assayDecodeMap[T any](typ string, elem func(*assayParser) (T, error)) func(*assayParser) (map[string]T, error) {
	return func(p *assayParser) (map[string]T, error) {
		if p.peek() != '{' {
			return nil, p.misfit(typ)
		}
		out := map[string]T{}
		err := assayObject(p, func(key string) (err error) {
			out[key], err = elem(p)
			return assayAt("["+assayStrconv.Quote(key)+"]", err)
		})
		return out, err
	}
}

func assayDecodeNullable[T any](elem func(*assayParser) (T, error)) func(*assayParser) (*T, error) {
	return func(p *assayParser) (*T, error) {
		if p.literal("null") {
			return nil, nil
		}
		value, err := elem(p)
		if err != nil {
			return nil, err
		}
		return &value, nil
	}
}

// assayRecord reads an object as the record `name`: field decodes the value
// of each key (the generated decoder knows the fields); then every field
// must have been seen.
func assayRecord(p *assayParser, name string, fields []string, field func(key string) (known bool, err error)) error {
	if p.peek() != '{' {
		return p.misfit("a " + name + " record")
	}
	seen := make([]bool, len(fields))
	err := assayObject(p, func(key string) error {
		known, err := field(key)
		if !known {
			return &assayPathError{path: []string{"." + key}, msg: name + " has no field " + assayStrconv.Quote(key)}
		}
		for i, f := range fields {
			seen[i] = seen[i] || f == key
		}
		return assayAt("."+key, err)
	})
	if err != nil {
		return err
	}
	for i, f := range fields {
		if !seen[i] {
			return &assayPathError{msg: name + " needs its field " + f}
		}
	}
	return nil
}

// assayObject reads an object, calling each(key) with the cursor on the key's value.
func assayObject(p *assayParser, each func(key string) error) error {
	p.take('{')
	if p.take('}') {
		return nil
	}
	for {
		if p.peek() != '"' {
			return p.syntaxError()
		}
		key, err := p.str()
		if err != nil {
			return err
		}
		if !p.take(':') {
			return p.syntaxError()
		}
		if err := each(key); err != nil {
			return err
		}
		if p.take('}') {
			return nil
		}
		if !p.take(',') {
			return p.syntaxError()
		}
	}
}

// assayArgReader reads the argument array one argument at a time.
type assayArgReader struct {
	p     assayParser
	names []string
}

// assayReadArgs starts reading the arguments, named as the signature declares them.
func assayReadArgs(names ...string) *assayArgReader {
	args := &assayArgReader{p: assayParser{data: assayInput.args}, names: names}
	if !args.p.take('[') {
		assayFail("the arguments are not a JSON array")
	}
	return args
}

// assayArg decodes argument i or ends the case naming it, the place inside it and the expected type.
func assayArg[T any](args *assayArgReader, i int, decode func(*assayParser) (T, error)) T {
	p := &args.p
	if p.peek() == ']' || (i > 0 && !p.take(',')) {
		args.count(i)
	}
	value, err := decode(p)
	if err != nil {
		assayFail("argument %v", assayAt(args.names[i], err))
	}
	return value
}

// end checks that no argument is left over and nothing follows the array.
func (args *assayArgReader) end() {
	if !args.p.take(']') {
		args.count(len(args.names) + 1)
	}
	if args.p.peek() != 0 {
		assayFail("the arguments have text after the JSON array")
	}
}

func (args *assayArgReader) count(got int) {
	more := ""
	if got > len(args.names) {
		more = " or more"
	}
	assayFail("expected %d arguments (%s), got %d%s", len(args.names), assayStrings.Join(args.names, ", "), got, more)
}
