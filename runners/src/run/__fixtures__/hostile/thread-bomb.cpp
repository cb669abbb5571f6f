// Starts sleeping threads until the kernel refuses, then reports how many it got.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <system_error>
#include <thread>

int main() {
  int started = 0;
  try {
    for (;;) {
      std::thread([] { std::this_thread::sleep_for(std::chrono::hours(1)); }).detach();
      ++started;
    }
  } catch (const std::system_error&) {
  }
  std::printf("threads started: %d\n", started);
  std::fflush(stdout);
  std::_Exit(0);
}
