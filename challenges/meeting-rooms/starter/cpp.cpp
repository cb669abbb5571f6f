#include <iostream>
#include <utility>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n;
    std::cin >> n;
    std::vector<std::pair<int, int>> meetings(n);
    for (auto& [start, end] : meetings) std::cin >> start >> end;
    // print the least number of rooms that can hold every meeting
    return 0;
}
