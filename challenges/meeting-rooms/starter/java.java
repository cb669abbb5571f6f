import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StreamTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        in.nextToken();
        int n = (int) in.nval;
        int[][] meetings = new int[n][2];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            meetings[i][0] = (int) in.nval;
            in.nextToken();
            meetings[i][1] = (int) in.nval;
        }
        // print the least number of rooms that can hold every meeting
    }
}
