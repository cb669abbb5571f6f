// Assay's JSON for C++ typed function mode: decodes a case's arguments into
// the signature's types and encodes the returned value, nothing more.
//
// Small on purpose: the generated driver (runners/src/functions/cpp.ts)
// includes this header in every compile, so it pulls in few standard headers
// and keeps only templates here; everything else is in assay_json.cpp,
// compiled once into /opt/assay/assay_json.o when the image is built (a
// general JSON library costs seconds of compile time per Run).
// Typed, not a DOM: each type's Codec reads straight from the text, so the
// recursion is bounded by the type's own depth, never by the input's.
//
// Contract (challenges/README.md, "Signatures"): int = long long (exact,
// ±2^63), float = double (written shortest round-trip; NaN and Infinity are
// errors), bool, string = std::string (UTF-8; \u escapes incl. surrogate
// pairs), T[] = std::vector<T>, T? = std::optional<T>, map<string, T> =
// std::unordered_map<std::string, T>; records get a Codec from the driver.
#ifndef ASSAY_JSON_HPP
#define ASSAY_JSON_HPP
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace assay {

// A value that does not fit its type, or text that is not JSON. `path` grows
// while the exception unwinds through the containers ("[2].start"), so the
// success path pays nothing for it.
struct Error {
  std::string path;
  std::string message;
};

[[noreturn]] void fail(std::string message);

// Reads one JSON text from a buffer; the cursor only moves forward.
class Reader {
 public:
  explicit Reader(std::string_view text) : s_(text) {}

  // The next character after whitespace, '\0' at the end.
  char peek() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
    return i_ < s_.size() ? s_[i_] : '\0';
  }
  bool take(char c) {
    if (peek() != c) return false;
    ++i_;
    return true;
  }
  void expect(char c, const char* what) {
    if (!take(c)) syntax(what);
  }
  // Only whitespace may follow.
  void end();
  [[noreturn]] void syntax(const char* what);
  // "expected int, got the string "x"": what the type wanted and what the text has here.
  [[noreturn]] void mismatch(const std::string& type);
  void literal(std::string_view word);
  // A number's text, checked against JSON's grammar.
  std::string_view number();
  // A string's value with its escapes decoded to UTF-8.
  std::string string();

 private:
  bool digits(bool leading_zeros);
  unsigned hex4();
  unsigned code_point();
  std::string describe();
  std::string clip(size_t start, size_t end);

  std::string_view s_;
  size_t i_ = 0;
};

// Runs `step` for one part of a value; on an error, prefixes the part's place to its path.
template <class Step>
void at(std::string_view place, Step&& step) {
  try {
    step();
  } catch (Error& e) {
    e.path.insert(0, place);
    throw;
  }
}

std::string index_place(size_t i);
std::string key_place(const std::string& key);

// Per type: name() (as the type language writes it), read (JSON text → value), write (value → JSON text).
template <class T>
struct Codec;

template <>
struct Codec<long long> {
  static std::string name() { return "int"; }
  static void read(Reader& r, long long& v);
  static void write(std::string& out, long long v);
};

template <>
struct Codec<double> {
  static std::string name() { return "float"; }
  static void read(Reader& r, double& v);
  static void write(std::string& out, double v);
};

template <>
struct Codec<bool> {
  static std::string name() { return "bool"; }
  static void read(Reader& r, bool& v);
  static void write(std::string& out, bool v) { out += v ? "true" : "false"; }
};

template <>
struct Codec<std::string> {
  static std::string name() { return "string"; }
  static void read(Reader& r, std::string& v);
  static void write(std::string& out, const std::string& v);
};

template <class T>
struct Codec<std::vector<T>> {
  static std::string name() { return Codec<T>::name() + "[]"; }
  static void read(Reader& r, std::vector<T>& v) {
    if (!r.take('[')) r.mismatch(name());
    v.clear();
    if (r.take(']')) return;
    do {
      T item{};  // read into a T, not v.back(): std::vector<bool> has no bool& to read into
      at(index_place(v.size()), [&] { Codec<T>::read(r, item); });
      v.push_back(std::move(item));
    } while (r.take(','));
    r.expect(']', "expected ',' or ']' in an array");
  }
  static void write(std::string& out, const std::vector<T>& v) {
    out += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out += ',';
      at(index_place(i), [&] { Codec<T>::write(out, v[i]); });
    }
    out += ']';
  }
};

template <class T>
struct Codec<std::optional<T>> {
  static std::string name() { return Codec<T>::name() + "?"; }
  static void read(Reader& r, std::optional<T>& v) {
    if (r.peek() == 'n') {
      r.literal("null");
      v.reset();
    } else {
      Codec<T>::read(r, v.emplace());
    }
  }
  static void write(std::string& out, const std::optional<T>& v) {
    if (v) Codec<T>::write(out, *v);
    else out += "null";
  }
};

// Reads an object's members, calling `member(key)` with the cursor at each
// value; `member` returns false for a key it does not know.
template <class Member>
void object(Reader& r, const std::string& type, Member&& member) {
  if (!r.take('{')) r.mismatch(type);
  if (r.take('}')) return;
  do {
    if (r.peek() != '"') r.syntax("expected a member name in quotes");
    std::string key = r.string();
    r.expect(':', "expected ':' after a member name");
    if (!member(key)) fail(type + " has no field " + key);
  } while (r.take(','));
  r.expect('}', "expected ',' or '}' in an object");
}

// Sorts a map's keys, so the same map always reads the same to a person.
void sort_keys(std::vector<const std::string*>& keys);

template <class T>
struct Codec<std::unordered_map<std::string, T>> {
  static std::string name() { return "map<string, " + Codec<T>::name() + ">"; }
  static void read(Reader& r, std::unordered_map<std::string, T>& v) {
    v.clear();
    object(r, name(), [&](std::string& key) {
      T item{};
      at(key_place(key), [&] { Codec<T>::read(r, item); });
      v.insert_or_assign(std::move(key), std::move(item));  // a repeated key: the last wins, as in JSON.parse
      return true;
    });
  }
  static void write(std::string& out, const std::unordered_map<std::string, T>& v) {
    std::vector<const std::string*> keys;
    keys.reserve(v.size());
    for (const auto& item : v) keys.push_back(&item.first);
    sort_keys(keys);
    out += '{';
    for (size_t i = 0; i < keys.size(); ++i) {
      if (i) out += ',';
      Codec<std::string>::write(out, *keys[i]);
      out += ':';
      at(key_place(*keys[i]), [&] { Codec<T>::write(out, v.find(*keys[i])->second); });
    }
    out += '}';
  }
};

// One record field, for the driver's generated record Codecs.
template <class T>
void read_field(Reader& r, const char* name, T& slot, bool& seen) {
  at(std::string(".") + name, [&] { Codec<T>::read(r, slot); });
  seen = true;
}

template <class T>
void write_field(std::string& out, const char* name, const T& value) {
  out += '"';
  out += name;
  out += "\":";
  at(std::string(".") + name, [&] { Codec<T>::write(out, value); });
}

// The argument array: one parameter after another, each error naming it.
class Args {
 public:
  Args(std::string_view text, const char* names);
  template <class T>
  void next(const char* param, T& v) {
    try {
      before_next();
      Codec<T>::read(r_, v);
    } catch (Error& e) {
      failed(param, Codec<T>::name(), e);
    }
  }
  void end();

 private:
  void before_next();
  [[noreturn]] void failed(const char* param, const std::string& type, const Error& e);

  Reader r_;
  const char* names_;
  size_t count_ = 0;
};

[[noreturn]] void result_failed(const std::string& type, const Error& e);

// The returned value's JSON text, or an error naming the return type.
template <class T>
void write_result(std::string& out, const T& value) {
  try {
    Codec<T>::write(out, value);
  } catch (Error& e) {
    result_failed(Codec<T>::name(), e);
  }
}

// No value converts to it: the driver declares `entry(const Unreachable&)`
// before main.cpp, so a missing entry fails its own check, not the lookup.
struct Unreachable;

// For static_assert(never<A...>, ...) in a discarded branch: false, but only once instantiated.
template <class...>
inline constexpr bool never = false;

// The driver's main(): the case's arguments from stdin (then stdin is empty
// for the candidate); `run` decodes them, calls the entry and encodes the
// result, which goes to the fd in ASSAY_VALUE_FD and nowhere else. Returns
// the exit status.
int run_case(void (*run)(std::string_view args, std::string& out));

}  // namespace assay
#endif
