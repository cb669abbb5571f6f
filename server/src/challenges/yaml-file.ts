import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { fieldPath, type Problem } from './challenge.problem';

/** A YAML file checked against a schema; `locate` maps a field path to its 1-based line. */
export interface ParsedYaml<T> {
  data: T | undefined;
  problems: Problem[];
  locate(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Parses YAML text and validates it with `schema`. Syntax errors and schema
 * issues become problems naming `file`, the line and the field; `data` is
 * set only when there are none.
 */
export function parseYamlFile<S extends z.ZodType>(file: string, text: string, schema: S): ParsedYaml<z.output<S>> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const locate = (path: readonly PropertyKey[]) => locateIn(doc, counter, path);
  if (doc.errors.length) {
    const problems = doc.errors.map((error) => ({
      file,
      line: counter.linePos(error.pos[0]).line,
      message: `YAML syntax: ${error.message.split('\n')[0]}`,
    }));
    return { data: undefined, problems, locate };
  }
  const raw: unknown = doc.toJS({ maxAliasCount: 100 });
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { data: parsed.data, problems: [], locate };
  const problems: Problem[] = [];
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push({ file, line: locate(path), field: fieldPath(path), message: 'unknown key' });
      }
      continue;
    }
    const missing = issue.code === 'invalid_type' && valueAt(raw, issue.path) === undefined;
    const message = missing ? 'required' : issue.message.replace(/^Invalid input: /, '');
    problems.push({ file, line: locate(issue.path), field: fieldPath(issue.path) || undefined, message });
  }
  return { data: undefined, problems, locate };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Line of the deepest node on `path` that exists: a map key's line, or a list item's. */
function locateIn(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  let node: unknown = doc.contents;
  let offset = (node as Node | null)?.range?.[0];
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
      if (!pair) break;
      offset = (pair.key as Node | null)?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset === undefined ? undefined : counter.linePos(offset).line;
}
