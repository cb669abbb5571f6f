package assay;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every generated Java driver (AssayMain.java) does besides decoding
 * and encoding its own types: read the case's arguments before any of the
 * candidate's code runs, report a misfit or a crash the way the candidate
 * needs to see it, and hand the value's JSON text to the agent on the fd in
 * ASSAY_VALUE_FD (nothing else goes there; stdout stays the program's own).
 */
public final class AssayFn {
  /** Classes whose stack frames are the harness's, not the candidate's. */
  private static final String DRIVER_CLASS = "AssayMain";

  private AssayFn() {}

  /** The case's arguments: stdin as strict UTF-8 JSON, an array of exactly `count` values. */
  public static List<Object> args(int count) {
    String text;
    try {
      byte[] bytes = System.in.readAllBytes();
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw fail("the arguments are not UTF-8 text");
    } catch (IOException e) {
      throw fail("cannot read the arguments: " + e.getMessage());
    }
    Object parsed;
    try {
      parsed = AssayJson.parse(text);
    } catch (AssayJson.Misfit m) {
      throw fail("the arguments are " + m.why());
    }
    if (!(parsed instanceof List)) throw fail("the arguments must be a JSON array, got " + AssayJson.describe(parsed));
    List<Object> args = AssayJson.toList(parsed, "array");
    if (args.size() != count) throw fail("expected " + count + " argument" + (count == 1 ? "" : "s") + ", got " + args.size());
    return args;
  }

  /** An argument that does not fit its parameter's type (the runner checks them, so this is a harness bug or a hand-made case). */
  public static Error badArgument(String param, AssayJson.Misfit m) {
    throw fail("argument " + m.describe(param));
  }

  /** A returned value that does not fit the declared return type: a runtime error naming the expected type. */
  public static Error badResult(String entry, String returns, AssayJson.Misfit m) {
    throw fail(entry + " must return " + returns + ": " + m.describe("result"));
  }

  /**
   * The candidate's code threw: its stack trace as the JVM prints an uncaught
   * exception, without the driver's frames (every frame left is the
   * candidate's own file and line), and exit status 1.
   */
  public static Error crash(Throwable t) {
    trim(t, new IdentityHashMap<>());
    System.out.flush();
    System.err.print("Exception in thread \"main\" ");
    t.printStackTrace();
    System.err.flush();
    System.exit(1);
    return new Error("unreachable");
  }

  private static void trim(Throwable t, Map<Throwable, Boolean> seen) {
    if (t == null || seen.put(t, Boolean.TRUE) != null) return;
    List<StackTraceElement> kept = new ArrayList<>();
    for (StackTraceElement frame : t.getStackTrace()) {
      if (!frame.getClassName().equals(DRIVER_CLASS) && !frame.getClassName().startsWith("assay.")) kept.add(frame);
    }
    try {
      t.setStackTrace(kept.toArray(new StackTraceElement[0]));
    } catch (RuntimeException ignored) {
      // an exception type that forbids it keeps its full trace
    }
    trim(t.getCause(), seen);
    for (Throwable s : t.getSuppressed()) trim(s, seen);
  }

  /** Sends the value's JSON text to the agent and ends the process with status 0. */
  public static void emit(StringBuilder value) {
    System.out.flush();
    System.err.flush();
    String fd = System.getenv("ASSAY_VALUE_FD");
    byte[] bytes = value.toString().getBytes(StandardCharsets.UTF_8);
    if (fd == null) {
      System.out.println(value); // run by hand, outside the agent
    } else {
      try (FileOutputStream out = new FileOutputStream("/proc/self/fd/" + Integer.parseInt(fd))) {
        out.write(bytes);
      } catch (IOException | NumberFormatException e) {
        throw fail("cannot send the returned value: " + e.getMessage());
      }
    }
    System.exit(0);
  }

  private static Error fail(String message) {
    System.out.flush();
    PrintStream err = System.err;
    err.println("assay: " + message);
    err.flush();
    System.exit(1);
    return new Error("unreachable");
  }
}
