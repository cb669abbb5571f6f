#include <algorithm>
#include <iostream>
#include <iterator>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    std::size_t k;
    std::cin >> k;
    std::string text{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};

    std::unordered_map<std::string, int> counts;
    std::string word;
    auto endWord = [&] {
        if (!word.empty()) ++counts[word];
        word.clear();
    };
    for (char c : text) {
        // ASCII letters only; the bytes of a UTF-8 "é" separate words like any other.
        if (c >= 'a' && c <= 'z') {
            word += c;
        } else if (c >= 'A' && c <= 'Z') {
            word += static_cast<char>(c - 'A' + 'a');
        } else {
            endWord();
        }
    }
    endWord();

    std::vector<std::pair<std::string, int>> top(counts.begin(), counts.end());
    std::sort(top.begin(), top.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    top.resize(std::min(k, top.size()));
    for (const auto& [w, count] : top) std::cout << w << ' ' << count << '\n';
    return 0;
}
