import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

class Solution {
    public long[][] mergeIntervals(long[][] intervals) {
        long[][] sorted = intervals.clone();
        Arrays.sort(sorted, Comparator.comparingLong((long[] interval) -> interval[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] interval : sorted) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            // Touching counts: [1, 3] and [3, 5] share the point 3.
            if (last != null && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
            else merged.add(new long[] {interval[0], interval[1]});
        }
        return merged.toArray(new long[0][]);
    }
}
