#include <iostream>
#include <string>
#include <vector>

// Indexes of the openers not closed yet; a closer must match the top, the
// most recent one.
std::string check(const std::string& text) {
    std::vector<std::size_t> stack;
    for (std::size_t i = 0; i < text.size(); i++) {
        char ch = text[i];
        if (ch == '(' || ch == '[' || ch == '{') {
            stack.push_back(i);
        } else if (ch == ')' || ch == ']' || ch == '}') {
            char want = ch == ')' ? '(' : ch == ']' ? '[' : '{';
            if (stack.empty() || text[stack.back()] != want) return "error at " + std::to_string(i + 1);
            stack.pop_back();
        }
    }
    // The bottom of the stack is the leftmost opener never closed.
    return stack.empty() ? "ok" : "unclosed at " + std::to_string(stack.front() + 1);
}

int main() {
    std::string line;
    std::getline(std::cin, line);
    std::cout << check(line) << '\n';
    return 0;
}
