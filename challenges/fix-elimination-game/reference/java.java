import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        StringTokenizer in = new StringTokenizer(new BufferedReader(new InputStreamReader(System.in)).readLine());
        int n = Integer.parseInt(in.nextToken());
        int k = Integer.parseInt(in.nextToken());
        // Josephus recurrence: with i players the survivor's 0-based seat is
        // (survivor among i - 1 players + k) mod i, since removing the k-th
        // player and renumbering from the next one shifts every seat by k.
        // survivor + k <= 10^6 + 10^9 fits in an int.
        int survivor = 0;
        for (int i = 2; i <= n; i++) survivor = (survivor + k) % i;
        System.out.println(survivor + 1);
    }
}
