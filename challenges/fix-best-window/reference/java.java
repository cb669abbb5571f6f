import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer first = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(first.nextToken());
        int k = Integer.parseInt(first.nextToken());
        StringTokenizer line = new StringTokenizer(in.readLine());
        // prefix[i] is the total of the first i days, so any window sums in O(1).
        long[] prefix = new long[n + 1];
        for (int i = 0; i < n; i++) prefix[i + 1] = prefix[i] + Integer.parseInt(line.nextToken());
        long best = prefix[k];
        int bestStart = 0;
        for (int start = 1; start <= n - k; start++) {
            long total = prefix[start + k] - prefix[start];
            if (total > best) {
                best = total;
                bestStart = start;
            }
        }
        System.out.println(best + " " + (bestStart + 1));
    }
}
