package main

import "sort"

func mergeIntervals(intervals [][]int64) [][]int64 {
	sorted := append([][]int64(nil), intervals...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i][0] < sorted[j][0] })
	merged := [][]int64{}
	for _, interval := range sorted {
		// Touching counts: [1, 3] and [3, 5] share the point 3.
		if n := len(merged); n > 0 && interval[0] <= merged[n-1][1] {
			if interval[1] > merged[n-1][1] {
				merged[n-1][1] = interval[1]
			}
		} else {
			merged = append(merged, []int64{interval[0], interval[1]})
		}
	}
	return merged
}
