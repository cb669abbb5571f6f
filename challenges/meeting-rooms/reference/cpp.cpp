#include <algorithm>
#include <iostream>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n;
    std::cin >> n;
    std::vector<int> starts(n), ends(n);
    for (int i = 0; i < n; i++) std::cin >> starts[i] >> ends[i];
    std::sort(starts.begin(), starts.end());
    std::sort(ends.begin(), ends.end());
    // Sweep the starts in order; every end at or before a start frees a room.
    // Rooms busy when the i-th meeting starts: i + 1 started minus j ended.
    int rooms = 0;
    int j = 0;
    for (int i = 0; i < n; i++) {
        while (ends[j] <= starts[i]) j++;
        rooms = std::max(rooms, i + 1 - j);
    }
    std::cout << rooms << '\n';
    return 0;
}
