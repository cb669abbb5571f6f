#include <iostream>
#include <string>

int main() {
    std::string line;
    std::getline(std::cin, line);
    // print "ok", "error at N" or "unclosed at N"
    return 0;
}
