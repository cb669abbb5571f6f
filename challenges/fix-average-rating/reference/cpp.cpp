#include <cstdio>
#include <iostream>
#include <string>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int q;
    std::cin >> q;
    std::string out;
    for (int i = 0; i < q; i++) {
        std::string name;
        int k;
        std::cin >> name >> k;
        if (k == 0) {
            out += name + " n/a\n";
            continue;
        }
        long long sum = 0;
        for (int j = 0; j < k; j++) {
            int rating;
            std::cin >> rating;
            sum += rating;
        }
        // Work in hundredths with integers so rounding down is exact.
        long long hundredths = sum * 100 / k;
        char buf[32];
        std::snprintf(buf, sizeof buf, "%lld.%02lld", hundredths / 100, hundredths % 100);
        out += name + " " + buf + "\n";
    }
    std::cout << out;
    return 0;
}
