// Allocates and touches memory 1 MiB at a time until something stops it.
#include <cstring>
#include <vector>

int main() {
  std::vector<char*> keep;
  for (;;) {
    char* block = new char[1 << 20];
    std::memset(block, 1, 1 << 20);
    keep.push_back(block);
  }
}
