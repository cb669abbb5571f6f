import java.util.HashMap;
import java.util.Map;

class Solution {
    public long[] twoSum(long[] nums, long target) {
        // Each value's first index; a later equal value can still pair with it.
        Map<Long, Integer> seen = new HashMap<>();
        for (int j = 0; j < nums.length; j++) {
            Integer i = seen.get(target - nums[j]);
            if (i != null) return new long[] {i, j};
            seen.putIfAbsent(nums[j], j);
        }
        return new long[0];
    }
}
