import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    public static void main(String[] args) throws IOException {
        String line = new BufferedReader(new InputStreamReader(System.in)).readLine();
        if (line == null) line = "";
        System.out.println(check(line));
    }

    /** Indexes of the openers not closed yet; a closer must match the top, the most recent one. */
    static String check(String text) {
        int[] stack = new int[text.length()];
        int top = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '(' || ch == '[' || ch == '{') {
                stack[top++] = i;
            } else if (ch == ')' || ch == ']' || ch == '}') {
                char want = ch == ')' ? '(' : ch == ']' ? '[' : '{';
                if (top == 0 || text.charAt(stack[top - 1]) != want) return "error at " + (i + 1);
                top--;
            }
        }
        // The bottom of the stack is the leftmost opener never closed.
        return top > 0 ? "unclosed at " + (stack[0] + 1) : "ok";
    }
}
