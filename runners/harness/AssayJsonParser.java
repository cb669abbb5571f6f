package assay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AssayJson's strict RFC 8259 parser: null, Boolean, String, AssayJson.Num
 * (the number's text, unconverted), ArrayList and LinkedHashMap (keys in
 * order, a repeated key refused). Errors name the offset.
 */
final class AssayJsonParser {
  private static final int MAX_DEPTH = 10_000;

  final String text;
  int at;

  AssayJsonParser(String text) {
    this.text = text;
  }

  AssayJson.Misfit fail(String why) {
    return new AssayJson.Misfit("not valid JSON: " + why + " at offset " + at);
  }

  void space() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
      at++;
    }
  }

  Object value(int depth) {
    if (depth > MAX_DEPTH) throw fail("nested more than " + MAX_DEPTH + " deep");
    if (at >= text.length()) throw fail("the text ends where a value was expected");
    char c = text.charAt(at);
    switch (c) {
      case '[':
        return array(depth);
      case '{':
        return object(depth);
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        throw fail("unexpected character '" + c + "'");
    }
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, at)) throw fail("unexpected text");
    at += word.length();
    return value;
  }

  private List<Object> array(int depth) {
    at++;
    List<Object> items = new ArrayList<>();
    space();
    if (take(']')) return items;
    do {
      space();
      items.add(value(depth + 1));
      space();
    } while (take(','));
    if (!take(']')) throw fail("expected ',' or ']'");
    return items;
  }

  private Map<String, Object> object(int depth) {
    at++;
    Map<String, Object> fields = new LinkedHashMap<>();
    space();
    if (take('}')) return fields;
    do {
      space();
      if (at >= text.length() || text.charAt(at) != '"') throw fail("expected a string key");
      String key = string();
      space();
      if (!take(':')) throw fail("expected ':'");
      space();
      if (fields.containsKey(key)) throw fail("the key " + AssayJson.clip(key) + " appears twice");
      fields.put(key, value(depth + 1));
      space();
    } while (take(','));
    if (!take('}')) throw fail("expected ',' or '}'");
    return fields;
  }

  private boolean take(char c) {
    if (at < text.length() && text.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }

  private AssayJson.Num number() {
    int start = at;
    take('-');
    if (take('0')) {
      // a leading zero stands alone
    } else if (!digits()) {
      throw fail("a number needs digits");
    }
    if (take('.') && !digits()) throw fail("a number needs digits after '.'");
    if (take('e') || take('E')) {
      if (!take('+')) take('-');
      if (!digits()) throw fail("a number needs digits in its exponent");
    }
    return new AssayJson.Num(text.substring(start, at));
  }

  private boolean digits() {
    int start = at;
    while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') at++;
    return at > start;
  }

  private String string() {
    at++; // the opening quote
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (at >= text.length()) throw fail("a string is not closed");
      char c = text.charAt(at++);
      if (c == '"') return sb.toString();
      if (c < 0x20) {
        at--;
        throw fail("a control character must be escaped in a string");
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (at >= text.length()) throw fail("a string is not closed");
      char e = text.charAt(at++);
      switch (e) {
        case '"':
        case '\\':
        case '/':
          sb.append(e);
          break;
        case 'b':
          sb.append('\b');
          break;
        case 'f':
          sb.append('\f');
          break;
        case 'n':
          sb.append('\n');
          break;
        case 'r':
          sb.append('\r');
          break;
        case 't':
          sb.append('\t');
          break;
        case 'u':
          sb.append(hex4());
          break;
        default:
          at--;
          throw fail("unknown escape '\\" + e + "'");
      }
    }
  }

  private char hex4() {
    if (at + 4 > text.length()) throw fail("\\u needs four hex digits");
    int code = 0;
    for (int i = 0; i < 4; i++) {
      int d = "0123456789abcdefABCDEF".indexOf(text.charAt(at + i));
      if (d < 0) throw fail("\\u needs four hex digits");
      if (d >= 16) d -= 6;
      code = code * 16 + d;
    }
    at += 4;
    return (char) code;
  }
}
