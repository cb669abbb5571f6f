#include <iostream>
#include <numeric>
#include <vector>

int main() {
    int n, k;
    std::cin >> n >> k;
    std::vector<int> players(n);
    std::iota(players.begin(), players.end(), 1);
    std::size_t idx = 0;
    while (players.size() > 1) {
        // Step k - 1 places from the current player, wrapping around the circle.
        idx = (idx + k - 1) % players.size();
        players.erase(players.begin() + idx);
    }
    std::cout << players[0] << '\n';
    return 0;
}
