import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StreamTokenizer;
import java.util.Arrays;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        in.nextToken();
        int n = (int) in.nval;
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            starts[i] = (int) in.nval;
            in.nextToken();
            ends[i] = (int) in.nval;
        }
        Arrays.sort(starts);
        Arrays.sort(ends);
        // Sweep the starts in order; every end at or before a start frees a room.
        // Rooms busy when the i-th meeting starts: i + 1 started minus j ended.
        int rooms = 0;
        int j = 0;
        for (int i = 0; i < n; i++) {
            while (ends[j] <= starts[i]) j++;
            rooms = Math.max(rooms, i + 1 - j);
        }
        System.out.println(rooms);
    }
}
