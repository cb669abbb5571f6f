// Tries every place a compiled program could leave its input for the next
// case: files in /tmp, $HOME, the work directory, POSIX shared memory
// (shm_open, /dev/shm) and message queues (mq_open, /dev/mqueue), SysV
// shared memory, semaphores and message queues, its own source file, and
// its own binary (replaced by a script that would print "replaced"). For
// each it prints what an earlier case left ("before") and what it reads back
// after adding its own input ("after").
#include <fcntl.h>
#include <mqueue.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

static std::string word;
static std::string out = "{";

static std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

static void add(const std::string& name, const std::string& before, const std::string& after) {
  if (out.size() > 1) out += ",";
  out += "\"" + name + "\":{\"before\":\"" + before + "\",\"after\":\"" + after + "\"}";
}

static void file_channel(const std::string& name, const std::string& path) {
  std::string before = slurp(path);
  std::ofstream(path, std::ios::app) << word << ";";
  add(name, before, slurp(path));
}

int main() {
  std::cin >> word;
  file_channel("tmp", "/tmp/leak");
  file_channel("home", std::string(getenv("HOME")) + "/.leak");
  file_channel("workdir", "leak");
  // Its own source: made writable again (same uid), then appended to after the final brace.
  auto tail = [] { std::string s = slurp("main.cpp"); return s.substr(s.rfind('}') + 2); };
  std::string source_before = tail();
  chmod("main.cpp", 0644);
  std::ofstream("main.cpp", std::ios::app) << word << ";";
  add("source", source_before, tail());

  int fd = shm_open("/leak", O_RDWR | O_CREAT, 0600);
  ftruncate(fd, 4096);
  char* mem = static_cast<char*>(mmap(nullptr, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0));
  std::string before = mem;
  strcat(mem, (word + ";").c_str());
  add("devshm", before, mem);

  mq_attr attr{};
  attr.mq_maxmsg = 10;
  attr.mq_msgsize = 64;
  mqd_t mq = mq_open("/leak", O_RDWR | O_CREAT | O_NONBLOCK, 0600, &attr);
  std::string queued;
  char buf[64];
  ssize_t n;
  while ((n = mq_receive(mq, buf, sizeof buf, nullptr)) > 0) queued += std::string(buf, n) + ";";
  std::string all = queued + word + ";";
  mq_send(mq, all.c_str(), all.size() < 64 ? all.size() : 63, 0);
  add("mqueue", queued, all);

  int shm = shmget(0x1EA4, 4096, IPC_CREAT | 0600);
  char* seg = static_cast<char*>(shmat(shm, nullptr, 0));
  before = seg;
  strcat(seg, (word + ";").c_str());
  add("sysv_shm", before, seg);

  int sem = semget(0x1EA4, 1, IPC_CREAT | 0600);
  int count = semctl(sem, 0, GETVAL);
  semctl(sem, 0, SETVAL, count + 1);
  add("sysv_sem", std::to_string(count), std::to_string(semctl(sem, 0, GETVAL)));

  int msq = msgget(0x1EA4, IPC_CREAT | 0600);
  struct { long type; char text[64]; } msg{};
  std::string got;
  while (msgrcv(msq, &msg, sizeof msg.text, 0, IPC_NOWAIT) >= 0) got += std::string(msg.text) + ";";
  std::string sent = got + word + ";";
  msg.type = 1;
  snprintf(msg.text, sizeof msg.text, "%s", sent.c_str());
  msgsnd(msq, &msg, sizeof msg.text, IPC_NOWAIT);
  add("sysv_msg", got, sent);

  // Replace the program's own binary: a later case would run this script instead.
  std::ofstream("main.new") << "#!/bin/sh\necho replaced\n";
  chmod("main.new", 0755);
  add("binary", "", rename("main.new", "main") == 0 ? "replaced" : "refused");

  std::cout << out << "}" << std::endl;
}
