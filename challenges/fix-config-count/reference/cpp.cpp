#include <iostream>

const int MOD = 1'000'000'007;

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n;
    std::cin >> n;
    long long count = 1;
    for (int i = 0; i < n; i++) {
        int c;
        std::cin >> c;
        // Reduce after every step so the running count stays below MOD.
        count = (count * c) % MOD;
    }
    std::cout << count << '\n';
    return 0;
}
