// Forks forever, ignoring failures once the pids cap is reached.
// Stdin "calm" makes it a well-behaved program, for the case after the bomb.
#include <iostream>
#include <string>
#include <unistd.h>

int main() {
  std::string mode;
  std::cin >> mode;
  if (mode == "calm") {
    std::cout << "calm\n";
    return 0;
  }
  for (;;) fork();
}
