#include <cctype>
#include <iostream>
#include <string>

static const int VALUES[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
static const char* SYMBOLS[] = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

static std::string toRoman(int n) {
    std::string out;
    for (int i = 0; i < 13; i++) {
        while (n >= VALUES[i]) {
            out += SYMBOLS[i];
            n -= VALUES[i];
        }
    }
    return out;
}

static int value(char c) {
    switch (c) {
        case 'I': return 1;
        case 'V': return 5;
        case 'X': return 10;
        case 'L': return 50;
        case 'C': return 100;
        case 'D': return 500;
        default: return 1000;
    }
}

static int fromRoman(const std::string& s) {
    int total = 0;
    for (size_t i = 0; i < s.size(); i++) {
        int v = value(s[i]);
        total += i + 1 < s.size() && value(s[i + 1]) > v ? -v : v;
    }
    return total;
}

int main() {
    std::ios::sync_with_stdio(false);
    std::string line, out;
    while (std::getline(std::cin, line)) {
        size_t b = line.find_first_not_of(" \t\r");
        if (b == std::string::npos) continue;
        std::string query = line.substr(b, line.find_last_not_of(" \t\r") - b + 1);
        bool digits = std::isdigit(static_cast<unsigned char>(query[0])) != 0;
        out += digits ? toRoman(std::stoi(query)) : std::to_string(fromRoman(query));
        out += '\n';
    }
    std::cout << out;
    return 0;
}
