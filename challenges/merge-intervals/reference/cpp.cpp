#include <algorithm>
#include <vector>

std::vector<std::vector<long long>> mergeIntervals(std::vector<std::vector<long long>> intervals) {
    std::sort(intervals.begin(), intervals.end());
    std::vector<std::vector<long long>> merged;
    for (const auto& interval : intervals) {
        // Touching counts: [1, 3] and [3, 5] share the point 3.
        if (!merged.empty() && interval[0] <= merged.back()[1]) {
            merged.back()[1] = std::max(merged.back()[1], interval[1]);
        } else {
            merged.push_back(interval);
        }
    }
    return merged;
}
