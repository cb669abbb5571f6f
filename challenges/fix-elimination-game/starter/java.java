import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        StringTokenizer in = new StringTokenizer(new BufferedReader(new InputStreamReader(System.in)).readLine());
        int n = Integer.parseInt(in.nextToken());
        int k = Integer.parseInt(in.nextToken());
        List<Integer> players = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) players.add(i);
        int idx = 0;
        while (players.size() > 1) {
            // Step k - 1 places from the current player, wrapping around the circle.
            idx = (idx + k - 1) % players.size();
            players.remove(idx);
        }
        System.out.println(players.get(0));
    }
}
