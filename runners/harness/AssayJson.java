package assay;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Strict JSON (RFC 8259) for Java's typed function mode, only as far as the
 * signature's type language needs: text parses to a tree (null, Boolean,
 * String, Num, List, LinkedHashMap), typed reads convert the tree exactly
 * (64-bit ints without a double in between), and writers encode values
 * (floats as the shortest text that reads back as the same double, as
 * Python and JavaScript write them). No dependency beyond java.base, so it
 * loads fast and can be archived for class-data sharing.
 */
public final class AssayJson {
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private AssayJson() {}

  /** A JSON number as written: converted only by a typed read, so nothing is lost before. */
  public static final class Num {
    public final String text;

    Num(String text) {
      this.text = text;
    }
  }

  /**
   * A value that does not fit its type, or text that is not JSON. The path
   * (`[2].start`) grows as the error passes up through the generated
   * decoders and encoders, so the happy path builds no path strings.
   */
  public static final class Misfit extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private String path = "";
    private final String why;

    public Misfit(String why) {
      super(why, null, false, false);
      this.why = why;
    }

    /** Prepends a path segment (`[3]`, `.start`, `["key"]`); returns this. */
    public Misfit at(String segment) {
      path = segment + path;
      return this;
    }

    /** Prepends an array index. */
    public Misfit at(int index) {
      return at("[" + index + "]");
    }

    /** Prepends a map key. */
    public Misfit atKey(String key) {
      StringBuilder sb = new StringBuilder("[");
      writeString(sb, key);
      return at(sb.append(']').toString());
    }

    /** Why the value does not fit, without where. */
    public String why() {
      return why;
    }

    /** `where: why`, where is `name` plus the path inside the value. */
    public String describe(String name) {
      return name + path + ": " + why;
    }

    @Override
    public String getMessage() {
      return describe("value");
    }
  }

  /** Parses one JSON text (surrounding whitespace allowed). */
  public static Object parse(String text) {
    AssayJsonParser p = new AssayJsonParser(text);
    p.space();
    Object value = p.value(0);
    p.space();
    if (p.at < text.length()) throw p.fail("unexpected text after the value");
    return value;
  }

  // ---- typed reads (decoding) ----

  /** What a tree value is, for error messages. */
  public static String describe(Object v) {
    if (v == null) return "null";
    if (v instanceof Num) return "the number " + clip(((Num) v).text);
    if (v instanceof Boolean) return v.toString();
    if (v instanceof String) return "a string";
    if (v instanceof List) return "an array";
    return "an object";
  }

  static String clip(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }

  private static Misfit expected(String type, Object v) {
    return new Misfit("expected " + type + ", got " + describe(v));
  }

  /** An int: any JSON number with an integral value within 64 bits (`1e3` is 1000). */
  public static long toLong(Object v) {
    if (!(v instanceof Num)) throw expected("int", v);
    String text = ((Num) v).text;
    if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        throw new Misfit(clip(text) + " does not fit a 64-bit int");
      }
    }
    BigDecimal d = new BigDecimal(text).stripTrailingZeros();
    if (d.scale() > 0) throw expected("int", v);
    if (d.precision() - d.scale() > 19 || d.compareTo(LONG_MIN) < 0 || d.compareTo(LONG_MAX) > 0) {
      throw new Misfit(clip(text) + " does not fit a 64-bit int");
    }
    return d.longValueExact();
  }

  /** A float: any finite JSON number, read as the nearest double. */
  public static double toDouble(Object v) {
    if (!(v instanceof Num)) throw expected("float", v);
    double d = Double.parseDouble(((Num) v).text);
    if (Double.isInfinite(d)) throw new Misfit(clip(((Num) v).text) + " is too large for a float");
    return d;
  }

  public static boolean toBool(Object v) {
    if (!(v instanceof Boolean)) throw expected("bool", v);
    return (Boolean) v;
  }

  public static String toStr(Object v) {
    if (!(v instanceof String)) throw expected("string", v);
    return (String) v;
  }

  /** An array; `type` is its type-language text, for the message. */
  @SuppressWarnings("unchecked")
  public static List<Object> toList(Object v, String type) {
    if (!(v instanceof List)) throw expected(type, v);
    return (List<Object>) v;
  }

  /** A map<string, T>; `type` is its type-language text. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> toMap(Object v, String type) {
    if (!(v instanceof Map)) throw expected(type, v);
    return (Map<String, Object>) v;
  }

  /** A record's object: exactly the declared fields. */
  public static Map<String, Object> toRecord(Object v, String name, String... fields) {
    if (!(v instanceof Map)) throw new Misfit("expected a " + name + " record, got " + describe(v));
    Map<String, Object> m = toMap(v, name);
    for (String field : fields) if (!m.containsKey(field)) throw new Misfit(name + " needs its field " + field);
    if (m.size() != fields.length) {
      for (String key : m.keySet()) if (!List.of(fields).contains(key)) throw new Misfit(name + " has no field " + key);
    }
    return m;
  }

  // ---- writers (encoding) ----

  /** The value itself, or a Misfit naming the type it must have when it is null. */
  public static <T> T need(T value, String type) {
    if (value == null) throw new Misfit("expected " + type + ", got null");
    return value;
  }

  public static void writeLong(StringBuilder out, long v) {
    out.append(v);
  }

  public static void writeBool(StringBuilder out, boolean v) {
    out.append(v);
  }

  /** A finite double as the shortest decimal that reads back as it; NaN and infinities are a Misfit. */
  public static void writeDouble(StringBuilder out, double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) throw new Misfit(v + " cannot be returned: JSON has no number for it");
    out.append(shortest(v));
  }

  /** A JSON string: quotes, backslashes and control characters escaped; a lone surrogate as \\uXXXX. */
  public static void writeString(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20 || (Character.isSurrogate(c) && !pairedAt(s, i))) {
            out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
          } else {
            out.append(c);
            if (Character.isHighSurrogate(c)) out.append(s.charAt(++i));
          }
      }
    }
    out.append('"');
  }

  private static boolean pairedAt(String s, int i) {
    return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
  }

  /**
   * The shortest decimal that parses back to `v` (the closest such when
   * several have that length), as JavaScript's and Python's repr choose it.
   * Java 17's Double.toString is not always shortest, so it only gives an
   * upper bound on the digits; the search rounds the exact value down from
   * there.
   */
  static String shortest(double v) {
    if (v == 0) return (1 / v < 0) ? "-0.0" : "0.0";
    if (v == Math.rint(v) && Math.abs(v) < 0x1p53) return (long) v + ".0"; // exact, and no shorter text reads back as it
    BigDecimal exact = new BigDecimal(v);
    String upper = Double.toString(v);
    int digits = significantDigits(upper);
    BigDecimal best = new BigDecimal(upper);
    for (int k = digits; k >= 1; k--) {
      BigDecimal found = roundTrip(exact, v, k);
      if (found == null) break;
      best = found;
    }
    return jsonText(best.stripTrailingZeros());
  }

  /** The closest k-digit decimal that reads back as v, or null. */
  private static BigDecimal roundTrip(BigDecimal exact, double v, int k) {
    BigDecimal nearest = exact.round(new MathContext(k, RoundingMode.HALF_EVEN));
    if (Double.parseDouble(nearest.toString()) == v) return nearest;
    // Beside a power of two the doubles below are closer than those above, so
    // the nearest k-digit decimal can miss while its neighbour still reads back.
    BigDecimal step = BigDecimal.ONE.movePointLeft(nearest.scale());
    for (BigDecimal other : new BigDecimal[] {nearest.add(step), nearest.subtract(step)}) {
      if (other.signum() != 0 && other.precision() <= k && Double.parseDouble(other.toString()) == v) return other;
    }
    return null;
  }

  private static int significantDigits(String javaText) {
    String mantissa = javaText.replaceFirst("^-", "").replaceFirst("[eE].*$", "").replace(".", "");
    mantissa = mantissa.replaceFirst("^0+", "").replaceFirst("0+$", "");
    return Math.max(1, Math.min(17, mantissa.length()));
  }

  private static String jsonText(BigDecimal d) {
    int exponent = d.precision() - d.scale() - 1;
    if (exponent >= -6 && exponent < 21) { // as JavaScript writes numbers
      String plain = d.toPlainString();
      return plain.indexOf('.') < 0 ? plain + ".0" : plain;
    }
    return d.toString().replace("E", "e");
  }
}
