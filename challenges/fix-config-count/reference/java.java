import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StreamTokenizer;

public class Main {
    static final int MOD = 1_000_000_007;

    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        in.nextToken();
        int n = (int) in.nval;
        long count = 1;
        for (int i = 0; i < n; i++) {
            in.nextToken();
            int c = (int) in.nval;
            // Reduce after every step so the running count stays below MOD.
            count = (count * c) % MOD;
        }
        System.out.println(count);
    }
}
