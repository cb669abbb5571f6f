package assay;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Scanner;
import java.util.StringTokenizer;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The training run for the image's class-data-sharing archive (see
 * docker/java/Dockerfile): does what a generated driver does (read
 * arguments, decode, encode, send the value) and what typical solutions and
 * stdio programs touch (collections, streams and lambdas, Scanner,
 * BufferedReader, String.format), so those classes come from the archive
 * instead of being loaded and verified in every case's JVM. Its stdin is
 * the sample arguments; it runs once, at image build.
 */
public final class AssayWarmup {
  private AssayWarmup() {}

  public static void main(String[] argv) throws IOException {
    List<Object> args = AssayFn.args(3);
    List<Object> raw = AssayJson.toList(args.get(0), "int[]");
    long[] nums = new long[raw.size()];
    for (int i = 0; i < nums.length; i++) nums[i] = AssayJson.toLong(raw.get(i));
    Map<String, Object> weights = AssayJson.toMap(args.get(1), "map<string, float>");
    String word = AssayJson.toStr(args.get(2));

    List<Long> list = new ArrayList<>();
    for (long n : nums) list.add(n);
    Collections.sort(list, (x, y) -> Long.compare(y, x));
    Map<Long, Integer> counts = new HashMap<>();
    for (long n : nums) counts.merge(n, 1, Integer::sum);
    TreeMap<String, Double> sorted = new TreeMap<>();
    for (Map.Entry<String, Object> e : weights.entrySet()) sorted.put(e.getKey(), AssayJson.toDouble(e.getValue()));
    PriorityQueue<long[]> queue = new PriorityQueue<>((x, y) -> Long.compare(x[0], y[0]));
    ArrayDeque<Integer> stack = new ArrayDeque<>();
    for (int i = 0; i < nums.length; i++) {
      queue.add(new long[] {nums[i], i});
      stack.push(i);
    }
    Arrays.sort(nums);
    long[] copy = Arrays.copyOf(nums, nums.length);
    String joined = list.stream().map(String::valueOf).collect(Collectors.joining(","));
    int sum = IntStream.range(0, copy.length).map(i -> (int) copy[i]).sum();
    HashSet<String> seen = new HashSet<>(Arrays.asList(word.split("")));
    StringBuilder reversed = new StringBuilder(word).reverse();

    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintWriter out = new PrintWriter(sink);
    Scanner scanner = new Scanner(new ByteArrayInputStream("3 4.5 word\n".getBytes(StandardCharsets.UTF_8)));
    out.printf("%d %.3f %s%n", scanner.nextInt(), scanner.nextDouble(), scanner.next());
    BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream("1 2\n".getBytes(StandardCharsets.UTF_8))));
    StringTokenizer tokens = new StringTokenizer(reader.readLine());
    out.println(Long.parseLong(tokens.nextToken()) + Integer.parseInt(tokens.nextToken()) + Math.max(sum, queue.size()));
    out.println(String.join(" ", joined, String.valueOf(stack.pop()), String.valueOf(seen.size()), reversed) + counts.size() + sorted);
    out.flush();

    Map<String, Object> result = new LinkedHashMap<>();
    StringBuilder value = new StringBuilder("[");
    for (long n : copy) AssayJson.writeLong(value.append(value.length() > 1 ? "," : ""), n);
    value.append(",");
    AssayJson.writeDouble(value, 0.1 + 0.2);
    value.append(",");
    AssayJson.writeString(value, sink.toString(StandardCharsets.UTF_8) + result);
    AssayJson.writeBool(value.append(","), AssayJson.need(Boolean.TRUE, "bool"));
    AssayFn.emit(value.append("]"));
  }
}
