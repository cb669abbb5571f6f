// The shared half of Go's typed function mode, compiled into package main
// beside the candidate's main.go and the assay_driver.go generated from the
// challenge's signature (runners/src/functions/go-driver.ts). The driver
// composes these decoders and encoders per parameter and return type.
//
// Decoding is strict where encoding/json is lenient: a null for a type that
// is not nullable, a record with a missing or unknown field, or a number that
// is not a 64-bit integer where an int is declared is an error naming the
// argument and the expected type. Integers never pass through float64.
//
// Every package-level name starts with "assay" and every import is renamed,
// so nothing here clashes with what the candidate declares in package main.
package main

import (
	assayBytes "bytes"
	assayJSON "encoding/json"
	assayFmt "fmt"
	assayIO "io"
	assayMath "math"
	assayOS "os"
	assaySort "sort"
	assayStrconv "strconv"
	assayStrings "strings"
)

// assayPathError is a value that does not fit its type, with where inside the value.
type assayPathError struct {
	path []string // innermost segment last
	msg  string
}

func (e *assayPathError) Error() string { return assayStrings.Join(e.path, "") + ": " + e.msg }

// assayAt prefixes a segment ("[3]", ".start", `["key"]`) to the error's path as it unwinds.
func assayAt(segment string, err error) error {
	e := err.(*assayPathError)
	e.path = append([]string{segment}, e.path...)
	return e
}

func assayMisfit(expected string, v any) error {
	return &assayPathError{msg: "expected " + expected + ", got " + assayDescribe(v)}
}

// assayDescribe names a decoded JSON value for an error message.
func assayDescribe(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case bool:
		return assayStrconv.FormatBool(v)
	case assayJSON.Number:
		return "the number " + string(v)
	case string:
		if len(v) > 40 {
			v = v[:40] + "…"
		}
		return "the string " + assayStrconv.Quote(v)
	case []any:
		return "an array"
	default:
		return "an object"
	}
}

// assayFail ends the case with a message on stderr and exit status 1 (a runtime error).
func assayFail(format string, args ...any) {
	assayFmt.Fprintf(assayOS.Stderr, "assay: "+format+"\n", args...)
	assayOS.Exit(1)
}

// assayInput is the case's input, taken before any of the candidate's code
// runs (the build lists this file first, so this initialiser runs first):
// all of stdin, and the value channel, whose fd is then hidden from the entry.
var assayInput = func() (in struct {
	args  []byte
	value *assayOS.File
}) {
	fd, err := assayStrconv.Atoi(assayOS.Getenv("ASSAY_VALUE_FD"))
	if err != nil {
		assayFail("ASSAY_VALUE_FD names no file descriptor: this program runs under Assay's agent")
	}
	assayOS.Unsetenv("ASSAY_VALUE_FD")
	in.value = assayOS.NewFile(uintptr(fd), "assay-value")
	if in.args, err = assayIO.ReadAll(assayOS.Stdin); err != nil {
		assayFail("cannot read the arguments: %v", err)
	}
	return in
}()

// assayReadArgs parses the arguments (a JSON array, numbers kept as text) and checks their count.
func assayReadArgs(names ...string) []any {
	dec := assayJSON.NewDecoder(assayBytes.NewReader(assayInput.args))
	dec.UseNumber()
	var args []any
	if err := dec.Decode(&args); err != nil || args == nil {
		assayFail("the arguments are not a JSON array (%v)", err)
	}
	if _, err := dec.Token(); err != assayIO.EOF {
		assayFail("the arguments have text after the JSON array")
	}
	if len(args) != len(names) {
		assayFail("expected %d arguments (%s), got %d", len(names), assayStrings.Join(names, ", "), len(args))
	}
	return args
}

// assayArg decodes argument i (named name) or ends the case naming it and its expected type.
func assayArg[T any](args []any, i int, name string, decode func(any) (T, error)) T {
	value, err := decode(args[i])
	if err != nil {
		assayFail("argument %v", assayAt(name, err))
	}
	return value
}

// assayReturn encodes the entry's result and writes it to the value channel, the only thing written there.
func assayReturn[T any](result T, encode func([]byte, T) ([]byte, error)) {
	out, err := encode(nil, result)
	if err != nil {
		assayFail("%v", assayAt("the returned value", err))
	}
	if _, err := assayInput.value.Write(out); err != nil {
		assayFail("cannot write the returned value: %v", err)
	}
	assayInput.value.Close()
}

func assayDecodeInt(v any) (int64, error) {
	n, ok := v.(assayJSON.Number)
	if !ok {
		return 0, assayMisfit("int", v)
	}
	i, err := assayStrconv.ParseInt(string(n), 10, 64)
	if err != nil {
		if e := err.(*assayStrconv.NumError); e.Err == assayStrconv.ErrRange {
			return 0, &assayPathError{msg: string(n) + " does not fit a 64-bit int"}
		}
		return 0, assayMisfit("int", v)
	}
	return i, nil
}

func assayDecodeFloat(v any) (float64, error) {
	n, ok := v.(assayJSON.Number)
	if !ok {
		return 0, assayMisfit("float", v)
	}
	f, err := assayStrconv.ParseFloat(string(n), 64)
	if err != nil {
		return 0, &assayPathError{msg: string(n) + " does not fit a float"}
	}
	return f, nil
}

func assayDecodeBool(v any) (bool, error) {
	b, ok := v.(bool)
	if !ok {
		return false, assayMisfit("bool", v)
	}
	return b, nil
}

func assayDecodeString(v any) (string, error) {
	s, ok := v.(string)
	if !ok {
		return "", assayMisfit("string", v)
	}
	return s, nil
}

// assayDecodeArray decodes a JSON array into a slice; typ is the type as the signature writes it.
func assayDecodeArray[T any](typ string, elem func(any) (T, error)) func(any) ([]T, error) {
	return func(v any) ([]T, error) {
		items, ok := v.([]any)
		if !ok {
			return nil, assayMisfit(typ, v)
		}
		out := make([]T, len(items))
		for i, item := range items {
			var err error
			if out[i], err = elem(item); err != nil {
				return nil, assayAt("["+assayStrconv.Itoa(i)+"]", err)
			}
		}
		return out, nil
	}
}

func assayDecodeMap[T any](typ string, elem func(any) (T, error)) func(any) (map[string]T, error) {
	return func(v any) (map[string]T, error) {
		items, ok := v.(map[string]any)
		if !ok {
			return nil, assayMisfit(typ, v)
		}
		out := make(map[string]T, len(items))
		for key, item := range items {
			value, err := elem(item)
			if err != nil {
				return nil, assayAt("["+assayStrconv.Quote(key)+"]", err)
			}
			out[key] = value
		}
		return out, nil
	}
}

func assayDecodeNullable[T any](elem func(any) (T, error)) func(any) (*T, error) {
	return func(v any) (*T, error) {
		if v == nil {
			return nil, nil
		}
		value, err := elem(v)
		if err != nil {
			return nil, err
		}
		return &value, nil
	}
}

// assayRecordFields checks that v is an object with exactly the record's fields and returns them.
func assayRecordFields(v any, record string, fields ...string) (map[string]any, error) {
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, assayMisfit("a "+record+" record", v)
	}
	for _, field := range fields {
		if _, ok := obj[field]; !ok {
			return nil, &assayPathError{msg: record + " needs its field " + field}
		}
	}
	if len(obj) != len(fields) {
		for key := range obj {
			if !assayContains(fields, key) {
				return nil, &assayPathError{msg: record + " has no field " + assayStrconv.Quote(key)}
			}
		}
	}
	return obj, nil
}

func assayContains(list []string, s string) bool {
	for _, item := range list {
		if item == s {
			return true
		}
	}
	return false
}

// assayField decodes one field of a record object, adding the field to the error's path.
func assayField[T any](obj map[string]any, name string, decode func(any) (T, error)) (T, error) {
	value, err := decode(obj[name])
	if err != nil {
		return value, assayAt("."+name, err)
	}
	return value, nil
}

func assayEncodeInt(b []byte, v int64) ([]byte, error) { return assayStrconv.AppendInt(b, v, 10), nil }

// assayEncodeFloat writes encoding/json's shortest form that reads back to the same float64.
func assayEncodeFloat(b []byte, v float64) ([]byte, error) {
	if assayMath.IsNaN(v) || assayMath.IsInf(v, 0) {
		return b, &assayPathError{msg: assayStrconv.FormatFloat(v, 'g', -1, 64) + " cannot be sent as a float (JSON numbers are finite)"}
	}
	text, err := assayJSON.Marshal(v)
	return append(b, text...), err
}

func assayEncodeBool(b []byte, v bool) ([]byte, error) { return assayStrconv.AppendBool(b, v), nil }

// assayEncodeString writes a JSON string, leaving <, > and & as they are (they need no escape outside HTML).
func assayEncodeString(b []byte, v string) ([]byte, error) {
	var buf assayBytes.Buffer
	enc := assayJSON.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return b, err
	}
	return append(b, assayBytes.TrimSuffix(buf.Bytes(), []byte("\n"))...), nil
}

// assayEncodeArray writes a slice; a nil slice is the empty array (nullable arrays are pointers).
func assayEncodeArray[T any](elem func([]byte, T) ([]byte, error)) func([]byte, []T) ([]byte, error) {
	return func(b []byte, v []T) ([]byte, error) {
		b = append(b, '[')
		for i, item := range v {
			if i > 0 {
				b = append(b, ',')
			}
			var err error
			if b, err = elem(b, item); err != nil {
				return b, assayAt("["+assayStrconv.Itoa(i)+"]", err)
			}
		}
		return append(b, ']'), nil
	}
}

// assayEncodeMap writes a map with its keys sorted; a nil map is the empty object.
func assayEncodeMap[T any](elem func([]byte, T) ([]byte, error)) func([]byte, map[string]T) ([]byte, error) {
	return func(b []byte, v map[string]T) ([]byte, error) {
		keys := make([]string, 0, len(v))
		for key := range v {
			keys = append(keys, key)
		}
		assaySort.Strings(keys)
		b = append(b, '{')
		for i, key := range keys {
			if i > 0 {
				b = append(b, ',')
			}
			b, _ = assayEncodeString(b, key)
			b = append(b, ':')
			var err error
			if b, err = elem(b, v[key]); err != nil {
				return b, assayAt("["+assayStrconv.Quote(key)+"]", err)
			}
		}
		return append(b, '}'), nil
	}
}

func assayEncodeNullable[T any](elem func([]byte, T) ([]byte, error)) func([]byte, *T) ([]byte, error) {
	return func(b []byte, v *T) ([]byte, error) {
		if v == nil {
			return append(b, "null"...), nil
		}
		return elem(b, *v)
	}
}

// assayEncodeField writes `"name":value` of a record (first: no leading comma).
func assayEncodeField[T any](b []byte, name string, first bool, v T, encode func([]byte, T) ([]byte, error)) ([]byte, error) {
	if !first {
		b = append(b, ',')
	}
	b, _ = assayEncodeString(b, name)
	b = append(b, ':')
	b, err := encode(b, v)
	if err != nil {
		return b, assayAt("."+name, err)
	}
	return b, nil
}
