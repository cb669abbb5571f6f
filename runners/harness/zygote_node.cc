// Native half of the Node zygote (zygote_node.cjs): the system calls Node
// does not offer. Receiving a request with its file descriptors
// (SCM_RIGHTS), forking (spares included), preparing the forked child
// exactly like the agent prepares an exec'd case (assay_limits.py), waiting
// for a child with its peak memory without reaping it, and replying. Built
// in the image's build stage against the headers of the image's own Node:
// N-API for the functions, libuv's uv_loop_fork so a child's event loop gets
// its own epoll and wake-up fds, and Node's embedder API
// (SetProcessExitHandler) so a child leaves without Node's teardown.
#include <node.h>
#include <node_api.h>
#include <uv.h>
#include <v8.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <poll.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

constexpr size_t kMaxMessage = 65536;  // the agent's requests are a few KiB; Python's zygote reads the same
constexpr int kMaxFds = 8;

napi_value Throw(napi_env env, const char* what, int err) {
  std::string text = std::string(what) + ": " + strerror(err);
  napi_throw_error(env, nullptr, text.c_str());
  return nullptr;
}

bool Args(napi_env env, napi_callback_info info, size_t want, napi_value* argv) {
  size_t argc = want;
  if (napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr) != napi_ok || argc < want) {
    napi_throw_type_error(env, nullptr, "missing arguments");
    return false;
  }
  return true;
}

int32_t Int(napi_env env, napi_value v) {
  int32_t out = -1;
  napi_get_value_int32(env, v, &out);
  return out;
}

double Number(napi_env env, napi_value object, const char* key) {
  napi_value v;
  double out = 0;
  if (napi_get_named_property(env, object, key, &v) == napi_ok) napi_get_value_double(env, v, &out);
  return out;
}

napi_value Undefined(napi_env env) {
  napi_value u;
  napi_get_undefined(env, &u);
  return u;
}

// undumpable(): a case (same uid) can neither ptrace the zygote nor open its /proc files.
napi_value Undumpable(napi_env env, napi_callback_info) {
  if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) return Throw(env, "prctl(PR_SET_DUMPABLE)", errno);
  return Undefined(env);
}

// Waits until `sock` has a message. Meanwhile a spare that dies (the agent
// kills every process but the zygote after a compile step) is reaped at
// once: a zombie left until the next message would look to the agent like a
// process it has yet to kill.
void AwaitMessage(int sock, pid_t spare) {
  struct pollfd p = {sock, POLLIN, 0};
  while (spare > 0) {
    if (poll(&p, 1, 2) != 0) return;  // readable, hung up, or an error recvmsg will report
    int status;
    if (waitpid(spare, &status, WNOHANG) != 0) spare = 0;
  }
}

// receive(sock[, spare]): the next message as {message, fds}, or null once the
// other end has gone (EOF or error); reaps the waiting spare `spare` if it dies first.
napi_value Receive(napi_env env, napi_callback_info info) {
  napi_value argv[2];
  size_t argc = 2;
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  if (argc < 1) {
    napi_throw_type_error(env, nullptr, "missing arguments");
    return nullptr;
  }
  int sock = Int(env, argv[0]);
  AwaitMessage(sock, argc > 1 ? Int(env, argv[1]) : 0);
  std::vector<char> buf(kMaxMessage);
  alignas(struct cmsghdr) char control[CMSG_SPACE(sizeof(int) * kMaxFds)];
  struct iovec iov = {buf.data(), buf.size()};
  struct msghdr msg = {};
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  msg.msg_control = control;
  msg.msg_controllen = sizeof(control);
  ssize_t n;
  do n = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC);
  while (n < 0 && errno == EINTR);
  napi_value result;
  if (n <= 0) {
    napi_get_null(env, &result);
    return result;
  }
  napi_value fds, text;
  napi_create_array(env, &fds);
  uint32_t count = 0;
  for (struct cmsghdr* c = CMSG_FIRSTHDR(&msg); c != nullptr; c = CMSG_NXTHDR(&msg, c)) {
    if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS) continue;
    size_t k = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
    const int* got = reinterpret_cast<const int*>(CMSG_DATA(c));
    for (size_t i = 0; i < k; i++) {
      napi_value fd;
      napi_create_int32(env, got[i], &fd);
      napi_set_element(env, fds, count++, fd);
    }
  }
  napi_create_string_utf8(env, buf.data(), static_cast<size_t>(n), &text);
  napi_create_object(env, &result);
  napi_set_named_property(env, result, "message", text);
  napi_set_named_property(env, result, "fds", fds);
  return result;
}

// send(sock, text): one message on the seqpacket socket.
napi_value Send(napi_env env, napi_callback_info info) {
  napi_value argv[2];
  if (!Args(env, info, 2, argv)) return nullptr;
  int sock = Int(env, argv[0]);
  char buf[4096];
  size_t len = 0;
  napi_get_value_string_utf8(env, argv[1], buf, sizeof(buf), &len);
  ssize_t n;
  do n = send(sock, buf, len, MSG_NOSIGNAL);
  while (n < 0 && errno == EINTR);
  if (n < 0) return Throw(env, "send", errno);
  return Undefined(env);
}

// In the child: report why it cannot run the case on its stderr, and end with status 1.
[[noreturn]] void ChildFail(const char* what) {
  int err = errno;
  dprintf(2, "assay zygote: %s: %s\n", what, strerror(err));
  _exit(1);
}

bool SetLimit(int resource, rlim_t soft, rlim_t hard) {
  struct rlimit r = {soft, hard};
  return setrlimit(resource, &r) == 0;
}

std::vector<int> Ints(napi_env env, napi_value array) {
  uint32_t count = 0;
  napi_get_array_length(env, array, &count);
  std::vector<int> out;
  for (uint32_t i = 0; i < count; i++) {
    napi_value v;
    napi_get_element(env, array, i, &v);
    out.push_back(Int(env, v));
  }
  return out;
}

// prepare(fds, limits, drop): in a forked child, become the case's process:
// an ordinary (dumpable) process in its own session, the case's fds as 0, 1,
// 2 (the value fd kept where it is), none of the other received fds nor the
// zygote's sockets (`drop`), and the case's limits, exactly as the agent sets
// them for an exec'd case (assay_limits.py). Any failure ends the child.
napi_value Prepare(napi_env env, napi_callback_info info) {
  napi_value argv[3];
  if (!Args(env, info, 3, argv)) return nullptr;
  std::vector<int> fds = Ints(env, argv[0]);
  std::vector<int> drop = Ints(env, argv[2]);
  napi_value limits = argv[1];
  if (fds.size() < 3) ChildFail("a case needs stdin, stdout and stderr");
  if (prctl(PR_SET_DUMPABLE, 1, 0, 0, 0) != 0) ChildFail("prctl(PR_SET_DUMPABLE)");
  if (setsid() < 0) ChildFail("setsid");
  for (int target = 0; target < 3; target++)
    if (dup2(fds[target], target) < 0) ChildFail("dup2");
  int value_fd = fds.size() > 3 ? fds[3] : -1;
  for (int fd : fds)
    if (fd > 2 && fd != value_fd) close(fd);
  for (int fd : drop) close(fd);
  double time_ms = Number(env, limits, "timeMs");
  rlim_t cpu = static_cast<rlim_t>(std::max(1.0, std::ceil(time_ms / 1000.0) + 1));
  rlim_t file_bytes = static_cast<rlim_t>(Number(env, limits, "fileBytes"));
  rlim_t open_files = static_cast<rlim_t>(Number(env, limits, "openFiles"));
  if (!SetLimit(RLIMIT_CPU, cpu, cpu + 1)) ChildFail("setrlimit(RLIMIT_CPU)");
  if (!SetLimit(RLIMIT_CORE, 0, 0)) ChildFail("setrlimit(RLIMIT_CORE)");
  if (!SetLimit(RLIMIT_FSIZE, file_bytes, file_bytes)) ChildFail("setrlimit(RLIMIT_FSIZE)");
  if (!SetLimit(RLIMIT_NOFILE, open_files, open_files)) ChildFail("setrlimit(RLIMIT_NOFILE)");
  int oom = open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC);
  if (oom >= 0) {  // the OOM killer takes a case's process before the agent
    ssize_t ignored = write(oom, "1000", 4);
    (void)ignored;
    close(oom);
  }
  return Undefined(env);
}

// V8 marks the memory it reserves MADV_DONTFORK (its heap, code range and
// stacks would otherwise be missing in a forked child, which then faults at
// its first heap access). Undo that on every mapping before each fork: the
// heap grows between cases, so new mappings carry the mark again.
void AllowForkOfEverything() {
  int fd = open("/proc/self/maps", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return;
  std::string maps;
  char chunk[65536];
  ssize_t n;
  while ((n = read(fd, chunk, sizeof(chunk))) > 0 || (n < 0 && errno == EINTR))
    if (n > 0) maps.append(chunk, static_cast<size_t>(n));
  close(fd);
  size_t at = 0;
  while (at < maps.size()) {
    size_t end = maps.find('\n', at);
    if (end == std::string::npos) end = maps.size();
    unsigned long start = 0, stop = 0;
    if (sscanf(maps.c_str() + at, "%lx-%lx", &start, &stop) == 2 && stop > start)
      madvise(reinterpret_cast<void*>(start), stop - start, MADV_DOFORK);  // EINVAL on special mappings: fine
    at = end + 1;
  }
}

// fork(): the child's pid in the zygote, 0 in the child, whose event loop
// then has its own epoll and wake-up fds (libuv's are shared with the zygote until uv_loop_fork).
napi_value Fork(napi_env env, napi_callback_info) {
  AllowForkOfEverything();
  pid_t pid = fork();
  if (pid < 0) return Throw(env, "fork", errno);
  if (pid == 0) {
    uv_loop_t* loop = nullptr;
    if (napi_get_uv_event_loop(env, &loop) != napi_ok || loop == nullptr) ChildFail("napi_get_uv_event_loop");
    int err = uv_loop_fork(loop);
    if (err != 0) {
      errno = -err;
      ChildFail("uv_loop_fork");
    }
  }
  napi_value result;
  napi_create_int32(env, pid, &result);
  return result;
}

// socketpair(): two connected SOCK_SEQPACKET ends (close-on-exec), for handing a request to a spare.
napi_value SocketPair(napi_env env, napi_callback_info) {
  int sv[2];
  if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) != 0) return Throw(env, "socketpair", errno);
  napi_value result, a, b;
  napi_create_array_with_length(env, 2, &result);
  napi_create_int32(env, sv[0], &a);
  napi_create_int32(env, sv[1], &b);
  napi_set_element(env, result, 0, a);
  napi_set_element(env, result, 1, b);
  return result;
}

// handOver(sock, text, fds): one message with the fds attached; false if the other end is gone.
napi_value HandOver(napi_env env, napi_callback_info info) {
  napi_value argv[3];
  if (!Args(env, info, 3, argv)) return nullptr;
  int sock = Int(env, argv[0]);
  std::vector<char> buf(kMaxMessage);
  size_t len = 0;
  napi_get_value_string_utf8(env, argv[1], buf.data(), buf.size(), &len);
  std::vector<int> fds = Ints(env, argv[2]);
  alignas(struct cmsghdr) char control[CMSG_SPACE(sizeof(int) * kMaxFds)] = {};
  struct iovec iov = {buf.data(), len};
  struct msghdr msg = {};
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  size_t count = std::min(fds.size(), static_cast<size_t>(kMaxFds));
  msg.msg_control = control;
  msg.msg_controllen = CMSG_SPACE(sizeof(int) * count);
  struct cmsghdr* c = CMSG_FIRSTHDR(&msg);
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = SCM_RIGHTS;
  c->cmsg_len = CMSG_LEN(sizeof(int) * count);
  memcpy(CMSG_DATA(c), fds.data(), sizeof(int) * count);
  ssize_t n;
  do n = sendmsg(sock, &msg, MSG_NOSIGNAL);
  while (n < 0 && errno == EINTR);
  napi_value result;
  napi_get_boolean(env, n >= 0, &result);
  return result;
}

// alive(pid): whether this process's child `pid` has not ended (it is reaped if it has).
napi_value Alive(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  if (!Args(env, info, 1, argv)) return nullptr;
  int status = 0;
  pid_t got = waitpid(Int(env, argv[0]), &status, WNOHANG);
  napi_value result;
  napi_get_boolean(env, got == 0, &result);
  return result;
}

// exit(code): leaves at once, skipping Node's teardown (a dropped spare has nothing to finish).
napi_value Exit(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  if (!Args(env, info, 1, argv)) return nullptr;
  _exit(Int(env, argv[0]));
}

// close(fd): closes a descriptor this process holds.
napi_value Close(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  if (!Args(env, info, 1, argv)) return nullptr;
  close(Int(env, argv[0]));
  return Undefined(env);
}

// wait(pid): {status, maxrss} once the child has ended (raw wait status, peak
// RSS in KiB), leaving it a zombie: reaped (reap) only after its status has
// gone to the agent, so a case that kills the zygote in between leaves the
// child for PID 1, the agent, to collect with its true status.
napi_value Wait(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  if (!Args(env, info, 1, argv)) return nullptr;
  pid_t pid = Int(env, argv[0]);
  siginfo_t child = {};
  struct rusage usage = {};
  long got;  // the raw system call: glibc's waitid has no rusage argument
  do got = syscall(SYS_waitid, P_PID, pid, &child, WEXITED | WNOWAIT, &usage);
  while (got < 0 && errno == EINTR);
  if (got < 0) return Throw(env, "waitid", errno);
  int status = child.si_code == CLD_EXITED ? (child.si_status & 0xff) << 8
                                           : (child.si_status & 0x7f) | (child.si_code == CLD_DUMPED ? 0x80 : 0);
  napi_value result, s, m;
  napi_create_object(env, &result);
  napi_create_int32(env, status, &s);
  napi_create_double(env, static_cast<double>(usage.ru_maxrss), &m);
  napi_set_named_property(env, result, "status", s);
  napi_set_named_property(env, result, "maxrss", m);
  return result;
}

// reap(pid): collects a child that wait() saw end.
napi_value Reap(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  if (!Args(env, info, 1, argv)) return nullptr;
  int status;
  while (waitpid(Int(env, argv[0]), &status, 0) < 0 && errno == EINTR) {
  }
  return Undefined(env);
}

// What the child's process exits with when its event loop simply runs dry (see ExitAtCleanup).
int natural_exit_code = 0;

// Node's own teardown would join V8's helper threads, which exist only in
// the zygote: in a forked child that hangs or crashes after the case has
// ended. So the child leaves with _exit(2) once everything a fresh `node`
// does before its teardown is done: 'exit' listeners run, output written
// (pipes and files are written synchronously), the fatal error printed.
void ExitAtCleanup(void*) { _exit(natural_exit_code); }

// exitEarly(): in a child, every way out skips Node's teardown: process.exit()
// and fatal exceptions through the process-exit handler, the event loop
// running dry through an environment cleanup hook.
napi_value ExitEarly(napi_env env, napi_callback_info) {
  v8::Isolate* isolate = v8::Isolate::GetCurrent();
  node::Environment* node_env = node::GetCurrentEnvironment(isolate->GetCurrentContext());
  if (node_env == nullptr) {
    napi_throw_error(env, nullptr, "no Node environment");
    return nullptr;
  }
  node::SetProcessExitHandler(node_env, [](node::Environment*, int code) { _exit(code); });
  napi_add_env_cleanup_hook(env, ExitAtCleanup, nullptr);
  return Undefined(env);
}

// setExitCode(code): the status ExitAtCleanup uses (process.exitCode after the 'exit' event).
napi_value SetExitCode(napi_env env, napi_callback_info info) {
  napi_value argv[1];
  if (!Args(env, info, 1, argv)) return nullptr;
  natural_exit_code = Int(env, argv[0]);
  return Undefined(env);
}

// getpid(): this process's own pid (process.pid is fixed at start-up, so a forked child must ask).
napi_value GetPid(napi_env env, napi_callback_info) {
  napi_value result;
  napi_create_int32(env, getpid(), &result);
  return result;
}

napi_value Init(napi_env env, napi_value exports) {
  const napi_property_descriptor methods[] = {
      {"undumpable", nullptr, Undumpable, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"receive", nullptr, Receive, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"send", nullptr, Send, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"fork", nullptr, Fork, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"prepare", nullptr, Prepare, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"socketpair", nullptr, SocketPair, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"handOver", nullptr, HandOver, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"alive", nullptr, Alive, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"exit", nullptr, Exit, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"close", nullptr, Close, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"wait", nullptr, Wait, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"reap", nullptr, Reap, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"exitEarly", nullptr, ExitEarly, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"setExitCode", nullptr, SetExitCode, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"getpid", nullptr, GetPid, nullptr, nullptr, nullptr, napi_default, nullptr},
  };
  napi_define_properties(env, exports, sizeof(methods) / sizeof(methods[0]), methods);
  return exports;
}

}  // namespace

NAPI_MODULE(zygote_node, Init)
