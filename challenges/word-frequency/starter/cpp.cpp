#include <iostream>
#include <iterator>
#include <string>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    std::size_t k;
    std::cin >> k;
    std::string text{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
    // print the k most frequent words as "word count"
    return 0;
}
