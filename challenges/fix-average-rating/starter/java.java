import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringBuilder text = new StringBuilder();
        for (String line = in.readLine(); line != null; line = in.readLine()) text.append(line).append(' ');
        StringTokenizer tokens = new StringTokenizer(text.toString());
        int q = Integer.parseInt(tokens.nextToken());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q; i++) {
            String name = tokens.nextToken();
            int k = Integer.parseInt(tokens.nextToken());
            long sum = 0;
            for (int j = 0; j < k; j++) sum += Integer.parseInt(tokens.nextToken());
            // Work in hundredths with integers so rounding down is exact.
            long hundredths = sum * 100 / k;
            out.append(name).append(' ').append(String.format("%d.%02d", hundredths / 100, hundredths % 100)).append('\n');
        }
        System.out.print(out);
    }
}
