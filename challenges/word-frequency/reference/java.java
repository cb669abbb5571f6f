import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Main {
    public static void main(String[] args) throws IOException {
        String input = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        int newline = input.indexOf('\n');
        int k = Integer.parseInt((newline < 0 ? input : input.substring(0, newline)).trim());
        String text = newline < 0 ? "" : input.substring(newline + 1);

        Map<String, Integer> counts = new HashMap<>();
        // ASCII letters only: Character.isLetter would also take "é" as a letter.
        Matcher words = Pattern.compile("[A-Za-z]+").matcher(text);
        while (words.find()) {
            counts.merge(words.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> top = new ArrayList<>(counts.entrySet());
        top.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey()));

        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Integer> entry : top.subList(0, Math.min(k, top.size()))) {
            out.append(entry.getKey()).append(' ').append(entry.getValue()).append('\n');
        }
        System.out.print(out);
    }
}
