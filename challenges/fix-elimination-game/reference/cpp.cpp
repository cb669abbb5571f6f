#include <iostream>

int main() {
    long long n, k;
    std::cin >> n >> k;
    // Josephus recurrence: with i players the survivor's 0-based seat is
    // (survivor among i - 1 players + k) mod i, since removing the k-th
    // player and renumbering from the next one shifts every seat by k.
    long long survivor = 0;
    for (long long i = 2; i <= n; i++) survivor = (survivor + k) % i;
    std::cout << survivor + 1 << '\n';
    return 0;
}
