package main

import "math"

type Stats struct {
	Mean   float64 `json:"mean"`
	Stddev float64 `json:"stddev"`
}

// Two passes with Kahan-compensated sums: the mean first, then squared
// deviations from it (never sum of squares minus square of sums).
func meanAndStddev(values []float64) Stats {
	n := float64(len(values))
	mean := kahanSum(values, func(x float64) float64 { return x }) / n
	variance := kahanSum(values, func(x float64) float64 { return (x - mean) * (x - mean) }) / n
	return Stats{Mean: mean, Stddev: math.Sqrt(variance)}
}

// kahanSum is the compensated sum of f(x) over xs.
func kahanSum(xs []float64, f func(float64) float64) float64 {
	var sum, carry float64
	for _, x := range xs {
		y := f(x) - carry
		t := sum + y
		carry = (t - sum) - y
		sum = t
	}
	return sum
}
