import java.io.IOException;
import java.nio.charset.StandardCharsets;

public class Main {
    public static void main(String[] args) throws IOException {
        String input = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        int newline = input.indexOf('\n');
        int k = Integer.parseInt((newline < 0 ? input : input.substring(0, newline)).trim());
        String text = newline < 0 ? "" : input.substring(newline + 1);
        // print the k most frequent words as "word count"
    }
}
