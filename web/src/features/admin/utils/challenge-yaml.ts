import { parseDocument } from 'yaml';

/** The common fields of challenge.yaml as the details form shows them (strings as typed; '' = absent). */
export interface MetaFields {
  id: string;
  title: string;
  kind: string;
  difficulty: string;
  languages: string[];
  mode: string;
  /** A single entry name; undefined when the file gives one per language (edited in the YAML). */
  entry: string | undefined;
  comparison: string;
  /** The tolerance when comparison is `{float: t}`. */
  tolerance: string;
  timeMs: string;
  memoryMb: string;
  timeLimitMinutes: string;
}

/** A form field and where it lives in the YAML. */
export type MetaField = keyof MetaFields;

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** The form's view of challenge.yaml, or the reason it cannot be read (a syntax error, not a mapping). */
export function readMeta(text: string): { fields: MetaFields } | { error: string } {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length) return { error: doc.errors[0]!.message.split('\n')[0]! };
  const raw: unknown = doc.toJS();
  if (raw !== null && raw !== undefined && (typeof raw !== 'object' || Array.isArray(raw))) return { error: 'challenge.yaml must be a mapping of keys to values' };
  const m = (raw ?? {}) as Record<string, unknown>;
  const limits = (m.limits && typeof m.limits === 'object' ? m.limits : {}) as Record<string, unknown>;
  const comparison = m.comparison;
  const isFloat = comparison !== null && typeof comparison === 'object' && 'float' in comparison;
  return {
    fields: {
      id: str(m.id),
      title: str(m.title),
      kind: str(m.kind),
      difficulty: str(m.difficulty),
      languages: Array.isArray(m.languages) ? m.languages.map(String) : [],
      mode: str(m.mode),
      entry: m.entry !== null && typeof m.entry === 'object' ? undefined : str(m.entry),
      comparison: isFloat ? 'float' : str(comparison) || 'exact',
      tolerance: isFloat ? str((comparison as { float: unknown }).float) : '',
      timeMs: str(limits.timeMs),
      memoryMb: str(limits.memoryMb),
      timeLimitMinutes: str(m.timeLimitMinutes),
    },
  };
}

/** Whether challenge.yaml declares a `signature` (then Java, C++ and Go run function mode, and starters are generated). */
export function declaresSignature(text: string): boolean {
  const doc = parseDocument(text, { prettyErrors: false });
  return !doc.errors.length && doc.has('signature');
}

const numberOrText = (v: string): number | string => (v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v);

/**
 * Writes one form field into challenge.yaml, keeping every other key,
 * comment and the file's layout. An empty value removes an optional key.
 */
export function writeMeta(text: string, field: MetaField, value: string | string[]): string {
  const doc = parseDocument(text);
  if (doc.errors.length) return text;
  const set = (path: string[], v: unknown) => (v === '' || v === undefined ? doc.deleteIn(path) : doc.setIn(path, v));
  const v = value as string;
  switch (field) {
    case 'languages':
      doc.setIn(['languages'], doc.createNode(value, { flow: true }));
      break;
    case 'comparison':
      if (v === 'float') doc.setIn(['comparison'], doc.createNode({ float: 0.000001 }, { flow: true }));
      else set(['comparison'], v === 'exact' ? 'exact' : v);
      break;
    case 'tolerance':
      doc.setIn(['comparison'], doc.createNode({ float: numberOrText(v) }, { flow: true }));
      break;
    case 'timeMs':
    case 'memoryMb':
      set(['limits', field], v.trim() === '' ? '' : numberOrText(v));
      if (doc.getIn(['limits']) && Object.keys((doc.toJS() as { limits?: object }).limits ?? {}).length === 0) doc.deleteIn(['limits']);
      break;
    case 'timeLimitMinutes':
      set(['timeLimitMinutes'], v.trim() === '' ? '' : numberOrText(v));
      break;
    case 'mode':
      doc.setIn(['mode'], v);
      if (v === 'stdio') doc.deleteIn(['entry']);
      break;
    case 'id':
    case 'title':
    case 'kind':
      doc.setIn([field], v); // required: kept (even empty) so the key keeps its place
      break;
    default:
      set([field], v);
  }
  return doc.toString({ lineWidth: 0 });
}
