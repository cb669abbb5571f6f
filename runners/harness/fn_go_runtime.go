// The shared part of Go's typed function mode, compiled into package main
// with fn_go_decode.go, the candidate's main.go and the assay_driver.go
// generated from the challenge's signature (runners/src/functions/go-driver.ts):
// the case's input and output, errors that name where a value does not fit,
// and the encoders the driver composes per return type.
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

// assayAt prefixes a segment ("[3]", ".start", `["key"]`) to the error's path as it unwinds; nil stays nil.
func assayAt(segment string, err error) error {
	if err == nil {
		return nil
	}
	e, ok := err.(*assayPathError)
	if !ok {
		e = &assayPathError{msg: err.Error()}
	}
	e.path = append([]string{segment}, e.path...)
	return e
}

// assayFail ends the case with a message on stderr and exit status 1 (a runtime error).
func assayFail(format string, args ...any) {
	assayFmt.Fprintf(assayOS.Stderr, "assay: "+format+"\n", args...)
	assayOS.Exit(1)
}

// assayInput is the case's input, taken before any of the candidate's code
// runs (the build lists this file first, so this initialiser runs first):
// all of stdin, and the value channel (its fd then leaves the environment).
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

// assayEncodeString writes a JSON string: as it is when nothing in it needs
// an escape (the common case, and fast), else through encoding/json, which
// leaves <, > and & alone here (they need no escape outside HTML).
func assayEncodeString(b []byte, v string) ([]byte, error) {
	plain := true
	for i := 0; i < len(v) && plain; i++ {
		plain = v[i] >= 0x20 && v[i] < 0x80 && v[i] != '"' && v[i] != '\\'
	}
	if plain {
		b = append(b, '"')
		b = append(b, v...)
		return append(b, '"'), nil
	}
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
