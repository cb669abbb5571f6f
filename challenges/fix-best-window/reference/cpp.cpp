#include <iostream>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n, k;
    std::cin >> n >> k;
    // prefix[i] is the total of the first i days, so any window sums in O(1).
    std::vector<long long> prefix(n + 1, 0);
    for (int i = 0; i < n; i++) {
        long long x;
        std::cin >> x;
        prefix[i + 1] = prefix[i] + x;
    }
    long long best = prefix[k];
    int bestStart = 0;
    for (int start = 1; start <= n - k; start++) {
        long long total = prefix[start + k] - prefix[start];
        if (total > best) {
            best = total;
            bestStart = start;
        }
    }
    std::cout << best << ' ' << bestStart + 1 << '\n';
    return 0;
}
