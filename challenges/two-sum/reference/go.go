package main

func twoSum(nums []int64, target int64) []int64 {
	// Each value's first index; a later equal value can still pair with it.
	seen := make(map[int64]int64, len(nums))
	for j, x := range nums {
		if i, ok := seen[target-x]; ok {
			return []int64{i, int64(j)}
		}
		if _, ok := seen[x]; !ok {
			seen[x] = int64(j)
		}
	}
	return []int64{}
}
