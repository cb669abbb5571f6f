#include <cstddef>
#include <unordered_map>
#include <vector>

std::vector<long long> twoSum(const std::vector<long long>& nums, long long target) {
    // Each value's first index; a later equal value can still pair with it.
    std::unordered_map<long long, long long> seen;
    for (std::size_t j = 0; j < nums.size(); j++) {
        if (auto it = seen.find(target - nums[j]); it != seen.end()) return {it->second, static_cast<long long>(j)};
        seen.emplace(nums[j], static_cast<long long>(j));
    }
    return {};
}
