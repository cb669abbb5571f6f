import { readFileSync } from 'node:fs';

const line = readFileSync(0, 'utf8').split('\n')[0];
const PAIRS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

// Columns of the openers not closed yet; a closer must match the top, the
// most recent one.
function check(text: string): string {
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[' || ch === '{') stack.push(i);
    else if (ch in PAIRS) {
      if (stack.length === 0 || text[stack[stack.length - 1]] !== PAIRS[ch]) return `error at ${i + 1}`;
      stack.pop();
    }
  }
  // The bottom of the stack is the leftmost opener never closed.
  return stack.length ? `unclosed at ${stack[0] + 1}` : 'ok';
}

console.log(check(line));
