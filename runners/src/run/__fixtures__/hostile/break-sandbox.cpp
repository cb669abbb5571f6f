// One action per case, each breaking something the next case depends on.
// "deep": a directory tree 20,000 levels deep, its top locked (chmod 000).
// "files": up to 200,000 files in one directory. "orphan": a child that keeps
// running after the case's process exits (its output closed, so the case is
// over when its process is). "check": lists what is left in
// /tmp besides the program's own directory.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <chrono>
#include <iostream>
#include <string>

int main() {
  std::string action;
  std::cin >> action;
  if (action == "deep") {
    chdir("/tmp");
    mkdir("deep", 0700);
    chdir("deep");
    int depth = 0;
    for (; depth < 20000 && mkdir("d", 0700) == 0 && chdir("d") == 0; depth++) {}
    chdir("/tmp");
    chmod("deep", 0);
    std::cout << "depth " << depth << std::endl;
  } else if (action == "files") {
    mkdir("/tmp/many", 0700);
    auto stop = std::chrono::steady_clock::now() + std::chrono::seconds(1);
    int count = 0;
    while (count < 200000 && std::chrono::steady_clock::now() < stop) {
      for (int i = 0; i < 1000; i++, count++) close(open(("/tmp/many/" + std::to_string(count)).c_str(), O_CREAT | O_WRONLY, 0600));
    }
    std::cout << "files " << count << std::endl;
  } else if (action == "orphan") {
    if (fork() == 0) {
      close(1);
      close(2);
      for (;;) {}
    }
    std::cout << "left a child behind" << std::endl;
  } else {
    std::string left;
    DIR* dir = opendir("/tmp");
    for (dirent* e; (e = readdir(dir));) {
      std::string name = e->d_name;
      if (name != "." && name != ".." && name != "box") left += name + " ";
    }
    std::cout << "left: [" << left << "] fine" << std::endl;
  }
}
