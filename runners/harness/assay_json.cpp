// The non-template half of assay_json.hpp, compiled once into
// /opt/assay/assay_json.o when the C++ image is built (docker/cpp/Dockerfile)
// and linked into every function-mode program, so a Run compiles only the
// templates its signature's types need.
#include "assay_json.hpp"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <fcntl.h>
#include <unistd.h>

namespace assay {

void fail(std::string message) { throw Error{std::string(), std::move(message)}; }

void Reader::end() {
  if (peek() != '\0' || i_ < s_.size()) syntax("unexpected text after the value");
}

void Reader::syntax(const char* what) { fail("invalid JSON at byte " + std::to_string(i_) + ": " + what); }

void Reader::mismatch(const std::string& type) {
  char c = peek();
  if (c == ']' || c == '}' || c == ',' || c == ':') syntax("a value is missing");
  fail("expected " + type + ", got " + describe());
}

void Reader::literal(std::string_view word) {
  peek();
  if (s_.substr(i_, word.size()) != word) syntax("expected true, false or null");
  i_ += word.size();
}

// -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?
std::string_view Reader::number() {
  peek();
  size_t start = i_;
  take('-');
  if (!digits(false)) syntax("a number needs digits");
  if (i_ < s_.size() && s_[i_] == '.') {
    ++i_;
    if (!digits(true)) syntax("a fraction needs digits");
  }
  if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
    ++i_;
    if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) ++i_;
    if (!digits(true)) syntax("an exponent needs digits");
  }
  return s_.substr(start, i_ - start);
}

bool Reader::digits(bool leading_zeros) {
  size_t start = i_;
  while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
  if (!leading_zeros && i_ - start > 1 && s_[start] == '0') syntax("a number has no leading zeros");
  return i_ > start;
}

static void put_utf8(std::string& out, unsigned cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | cp >> 6);
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | cp >> 12);
    out += static_cast<char>(0x80 | (cp >> 6 & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | cp >> 18);
    out += static_cast<char>(0x80 | (cp >> 12 & 0x3F));
    out += static_cast<char>(0x80 | (cp >> 6 & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string Reader::string() {
  expect('"', "expected a string");
  std::string out;
  for (;;) {
    if (i_ >= s_.size()) syntax("a string is not closed");
    char c = s_[i_++];
    if (c == '"') return out;
    if (static_cast<unsigned char>(c) < 0x20) syntax("a control character inside a string must be escaped");
    if (c != '\\') {
      out += c;
      continue;
    }
    if (i_ >= s_.size()) syntax("a string is not closed");
    switch (s_[i_++]) {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case '/': out += '/'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': put_utf8(out, code_point()); break;
      default: --i_; syntax("unknown escape");
    }
  }
}

unsigned Reader::hex4() {
  unsigned v = 0;
  for (int k = 0; k < 4; ++k, ++i_) {
    char c = i_ < s_.size() ? s_[i_] : '\0';
    unsigned d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : 16;
    if (d == 16) syntax("\\u needs four hex digits");
    v = v * 16 + d;
  }
  return v;
}

// After "\u": one code point, joining a surrogate pair; a lone surrogate has no UTF-8.
unsigned Reader::code_point() {
  unsigned hi = hex4();
  if (hi < 0xD800 || hi > 0xDFFF) return hi;
  if (hi > 0xDBFF || s_.substr(i_, 2) != "\\u") syntax("a lone UTF-16 surrogate is not a character");
  i_ += 2;
  unsigned lo = hex4();
  if (lo < 0xDC00 || lo > 0xDFFF) syntax("a lone UTF-16 surrogate is not a character");
  return 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
}

// What the value at the cursor is, for a mismatch message (nothing is consumed).
std::string Reader::describe() {
  char c = peek();
  size_t start = i_, end = i_ + 1;
  switch (c) {
    case '\0': return "the end of the input";
    case '[': return "an array";
    case '{': return "an object";
    case 'n': return "null";
    case 't': return "the bool true";
    case 'f': return "the bool false";
    case '"':
      while (end < s_.size() && s_[end] != '"') end += s_[end] == '\\' ? 2 : 1;
      return "the string " + clip(start, end + 1);
    default:
      if (c != '-' && (c < '0' || c > '9')) return "the character '" + std::string(1, c) + "' (not JSON)";
      while (end < s_.size() && std::string_view("0123456789.eE+-").find(s_[end]) != std::string_view::npos) ++end;
      return "the number " + clip(start, end);
  }
}

std::string Reader::clip(size_t start, size_t end) {
  end = std::min(end, s_.size());
  return end - start > 40 ? std::string(s_.substr(start, 37)) + "..." : std::string(s_.substr(start, end - start));
}

std::string index_place(size_t i) { return "[" + std::to_string(i) + "]"; }

std::string key_place(const std::string& key) {
  std::string place = "[";
  Codec<std::string>::write(place, key);
  return place + "]";
}

// Whether a (checked) number's exponent is below zero: then out of range means too small, not too large.
static bool negative_exponent(std::string_view number) {
  size_t e = number.find_first_of("eE");
  return e != std::string_view::npos && number[e + 1] == '-';
}

void Codec<long long>::read(Reader& r, long long& v) {
  char c = r.peek();
  if (c != '-' && (c < '0' || c > '9')) r.mismatch(name());
  std::string_view text = r.number();
  const char* first = text.data();
  auto [end, ec] = std::from_chars(first, first + text.size(), v);
  if (ec == std::errc() && end == first + text.size()) return;
  std::string shown(text);
  if (ec == std::errc::result_out_of_range) fail(shown + " does not fit a 64-bit int");
  // A fraction or exponent that still names an integer (2.0, 1e3) is that integer, as in JavaScript.
  size_t dot = text.find('.');
  if (dot != std::string_view::npos && text.find_first_of("eE") == std::string_view::npos && text.find_first_not_of('0', dot + 1) == std::string_view::npos) {
    if (std::from_chars(first, first + dot, v).ec == std::errc()) return;
    fail(shown + " does not fit a 64-bit int");
  }
  double d = 0;
  auto parsed = std::from_chars(first, first + text.size(), d);
  bool huge = parsed.ec == std::errc::result_out_of_range ? !negative_exponent(text) : d < -0x1p63 || d >= 0x1p63;
  if (huge) fail(shown + " does not fit a 64-bit int");
  if (parsed.ec != std::errc() || d != static_cast<double>(static_cast<long long>(d))) fail("expected int, got the number " + shown);
  v = static_cast<long long>(d);
}

void Codec<long long>::write(std::string& out, long long v) {
  char buf[24];
  out.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

void Codec<double>::read(Reader& r, double& v) {
  char c = r.peek();
  if (c != '-' && (c < '0' || c > '9')) r.mismatch(name());
  std::string_view text = r.number();
  if (std::from_chars(text.data(), text.data() + text.size(), v).ec != std::errc::result_out_of_range) return;
  // Too small for a double rounds to zero, as every JSON reader does; too large does not fit.
  if (!negative_exponent(text)) fail(std::string(text) + " does not fit a float (a double)");
  v = text[0] == '-' ? -0.0 : 0.0;
}

// Shortest text that reads back as the same double; plain digits where JavaScript writes them.
void Codec<double>::write(std::string& out, double v) {
  if (v != v) fail("expected float, got NaN, which JSON cannot carry");
  if (v - v != 0) fail(std::string("expected float, got ") + (v < 0 ? "-" : "") + "Infinity, which JSON cannot carry");
  char buf[400];
  double mag = v < 0 ? -v : v;
  auto format = mag == 0 || (mag >= 1e-6 && mag < 1e21) ? std::chars_format::fixed : std::chars_format::scientific;
  out.append(buf, std::to_chars(buf, buf + sizeof buf, v, format).ptr);
}

void Codec<bool>::read(Reader& r, bool& v) {
  char c = r.peek();
  if (c != 't' && c != 'f') r.mismatch(name());
  v = c == 't';
  r.literal(v ? "true" : "false");
}

void Codec<std::string>::read(Reader& r, std::string& v) {
  if (r.peek() != '"') r.mismatch(name());
  v = r.string();
}

// Length of the well-formed UTF-8 sequence at v[i] (no overlongs, surrogates or values past U+10FFFF), or 0.
static size_t utf8_length(const std::string& v, size_t i) {
  unsigned char c = v[i];
  size_t n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
  if (n == 0 || i + n > v.size()) return 0;
  unsigned char c1 = v[i + 1];
  unsigned lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
  unsigned hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
  if (c1 < lo || c1 > hi) return 0;
  for (size_t k = 2; k < n; ++k)
    if ((static_cast<unsigned char>(v[i + k]) & 0xC0) != 0x80) return 0;
  return n;
}

// Escapes what JSON requires; refuses bytes that are not UTF-8 (the agent would refuse the whole value).
void Codec<std::string>::write(std::string& out, const std::string& v) {
  static const char hex[] = "0123456789abcdef";
  out += '"';
  for (size_t i = 0; i < v.size(); ++i) {
    unsigned char c = v[i];
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      const char* named = c == '\n' ? "\\n" : c == '\t' ? "\\t" : c == '\r' ? "\\r" : c == '\b' ? "\\b" : c == '\f' ? "\\f" : nullptr;
      if (named) {
        out += named;
      } else {
        out += "\\u00";
        out += hex[c >> 4];
        out += hex[c & 15];
      }
    } else if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      size_t n = utf8_length(v, i);
      if (n == 0) fail("expected string, got bytes that are not UTF-8 (byte " + std::to_string(i) + " of the string)");
      out.append(v, i, n);
      i += n - 1;
    }
  }
  out += '"';
}

void sort_keys(std::vector<const std::string*>& keys) {
  std::sort(keys.begin(), keys.end(), [](const std::string* a, const std::string* b) { return *a < *b; });
}

static std::string where(const Error& e) { return e.path.empty() ? std::string() : " at " + e.path; }

Args::Args(std::string_view text, const char* names) : r_(text), names_(names) {
  try {
    r_.expect('[', "the arguments are a JSON array");
  } catch (Error& e) {
    fail("the arguments: " + e.message);
  }
}

void Args::before_next() {
  if (r_.peek() == ']') fail(std::string("not given (the parameters are ") + names_ + ")");
  if (count_++ > 0) r_.expect(',', "expected ',' between arguments");
}

void Args::failed(const char* param, const std::string& type, const Error& e) {
  fail("argument " + std::string(param) + " (" + type + ")" + where(e) + ": " + e.message);
}

void Args::end() {
  try {
    if (r_.take(',')) fail(std::string("more arguments than the parameters (") + names_ + ")");
    r_.expect(']', "expected ']' after the last argument");
    r_.end();
  } catch (Error& e) {
    fail("the arguments: " + e.message);
  }
}

void result_failed(const std::string& type, const Error& e) { fail("the returned value (" + type + ")" + where(e) + ": " + e.message); }

int run_case(void (*run)(std::string_view args, std::string& out)) {
  std::string args;
  char buf[65536];
  for (ssize_t n; (n = ::read(0, buf, sizeof buf)) != 0;) {
    if (n > 0) args.append(buf, n);
    else if (errno != EINTR) break;
  }
  int devnull = ::open("/dev/null", O_RDONLY);
  if (devnull >= 0) ::dup2(devnull, 0), ::close(devnull);
  const char* fd_text = std::getenv("ASSAY_VALUE_FD");
  if (!fd_text) {
    std::string line = "assay: ASSAY_VALUE_FD is not set\n";
    return ::write(2, line.data(), line.size()) < 0 ? 2 : 2;
  }
  int fd = std::atoi(fd_text);
  ::unsetenv("ASSAY_VALUE_FD");
  ::fcntl(fd, F_SETFD, FD_CLOEXEC);
  std::string out;
  try {
    run(args, out);
  } catch (const Error& e) {
    std::string line = "assay: " + e.message + where(e) + "\n";
    return ::write(2, line.data(), line.size()) < 0 ? 1 : 1;
  }
  for (size_t done = 0; done < out.size();) {
    ssize_t n = ::write(fd, out.data() + done, out.size() - done);
    if (n > 0) done += n;
    else if (errno != EINTR) return 1;
  }
  ::close(fd);
  return 0;
}

}  // namespace assay
