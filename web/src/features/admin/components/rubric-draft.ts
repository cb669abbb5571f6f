import { RubricFileSchema, rubricFullMarks, rubricShape, type Rubric } from '@assay/contract';

// The rubric editor's state: what the admin typed (numbers as text, so "-" or "" can be typed on the way to "-2"),
// the changes as a reducer, and the checks of the same zod schema the server saves with.

export interface LevelDraft {
  key: string;
  points: string;
  descriptor: string;
}

export interface CriterionDraft {
  key: string;
  id: string;
  title: string;
  description: string;
  weight: string;
  notes: string;
  levels: LevelDraft[];
}

export interface GateDraft {
  key: string;
  /** A criterion id, or '' for the rubric's total. */
  criterion: string;
  minPoints: string;
}

export interface RubricDraft {
  scoring: 'positive' | 'negative';
  /** Negative only; '' keeps the default (every largest deduction × its weight). */
  fullMarks: string;
  floor: string;
  criteria: CriterionDraft[];
  gates: GateDraft[];
  /** Makes list keys, so a moved criterion or level keeps its inputs (and their focus). */
  seq: number;
}

type CriterionField = 'id' | 'title' | 'description' | 'weight' | 'notes';

/** Every change the editor makes. */
export type RubricAction =
  | { type: 'reset'; rubric: Rubric | null }
  | { type: 'scoring'; value: 'positive' | 'negative' }
  | { type: 'fullMarks' | 'floor'; value: string }
  | { type: 'criterion'; c: number; field: CriterionField; value: string }
  | { type: 'addCriterion' }
  | { type: 'removeCriterion'; c: number }
  | { type: 'moveCriterion'; c: number; by: -1 | 1 }
  | { type: 'level'; c: number; l: number; field: 'points' | 'descriptor'; value: string }
  | { type: 'addLevel'; c: number }
  | { type: 'removeLevel'; c: number; l: number }
  | { type: 'moveLevel'; c: number; l: number; by: -1 | 1 }
  | { type: 'gate'; g: number; field: 'criterion' | 'minPoints'; value: string }
  | { type: 'addGate' }
  | { type: 'removeGate'; g: number };

const text = (n: number | undefined) => (n === undefined ? '' : String(n));

/** The draft of a stored rubric, or of a first rubric (one criterion, two levels) when there is none. */
export function draftOf(rubric: Rubric | null): RubricDraft {
  let seq = 0;
  const key = () => `k${++seq}`;
  const criteria = (rubric?.criteria ?? []).map((c) => ({
    key: key(),
    id: c.id,
    title: c.title,
    description: c.description,
    weight: text(c.weight),
    notes: c.notes ?? '',
    levels: c.levels.map((l) => ({ key: key(), points: text(l.points), descriptor: l.descriptor })),
  }));
  const draft: RubricDraft = {
    scoring: rubric?.scoring ?? 'positive',
    // Full marks equal to the default stay empty, so they keep following the deductions and weights as those are edited.
    fullMarks: rubric?.scoring === 'negative' && rubric.fullMarks !== rubricFullMarks({ ...rubric, fullMarks: undefined }) ? text(rubric.fullMarks) : '',
    floor: rubric?.scoring === 'negative' ? text(rubric.floor) : '0',
    criteria,
    gates: (rubric?.gates ?? []).map((g) => ({ key: key(), criterion: g.criterion ?? '', minPoints: text(g.minPoints) })),
    seq,
  };
  return rubric ? draft : rubricReducer(draft, { type: 'addCriterion' });
}

const move = <T>(list: T[], from: number, by: number): T[] => {
  const to = from + by;
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
};
const without = <T>(list: T[], at: number) => list.filter((_, i) => i !== at);

/** Applies one change; a move past either end changes nothing. */
export function rubricReducer(d: RubricDraft, a: RubricAction): RubricDraft {
  const seq = d.seq + 1;
  const key = (n = 0) => `k${seq + n}`;
  const criterion = (c: number, change: (x: CriterionDraft) => CriterionDraft) => ({ ...d, criteria: d.criteria.map((x, i) => (i === c ? change(x) : x)) });
  switch (a.type) {
    case 'reset':
      return draftOf(a.rubric);
    case 'scoring':
      return { ...d, scoring: a.value };
    case 'fullMarks':
    case 'floor':
      return { ...d, [a.type]: a.value };
    case 'criterion':
      return criterion(a.c, (x) => ({ ...x, [a.field]: a.value }));
    case 'addCriterion': {
      const bottom = d.scoring === 'negative' ? '-1' : '0';
      const top = d.scoring === 'negative' ? '0' : '1';
      const fresh: CriterionDraft = {
        key: key(),
        id: freeId(d.criteria),
        title: '',
        description: '',
        weight: '1',
        notes: '',
        levels: [
          { key: key(1), points: bottom, descriptor: '' },
          { key: key(2), points: top, descriptor: '' },
        ],
      };
      return { ...d, criteria: [...d.criteria, fresh], seq: seq + 2 };
    }
    case 'removeCriterion':
      return { ...d, criteria: without(d.criteria, a.c) };
    case 'moveCriterion':
      return { ...d, criteria: move(d.criteria, a.c, a.by) };
    case 'level':
      return criterion(a.c, (x) => ({ ...x, levels: x.levels.map((l, i) => (i === a.l ? { ...l, [a.field]: a.value } : l)) }));
    case 'addLevel':
      return { ...criterion(a.c, (x) => ({ ...x, levels: [...x.levels, { key: key(), points: nextPoints(x), descriptor: '' }] })), seq };
    case 'removeLevel':
      return criterion(a.c, (x) => ({ ...x, levels: without(x.levels, a.l) }));
    case 'moveLevel':
      return criterion(a.c, (x) => ({ ...x, levels: move(x.levels, a.l, a.by) }));
    case 'gate':
      return { ...d, gates: d.gates.map((g, i) => (i === a.g ? { ...g, [a.field]: a.value } : g)) };
    case 'addGate':
      return { ...d, gates: [...d.gates, { key: key(), criterion: d.criteria[0]?.id ?? '', minPoints: '1' }], seq };
    case 'removeGate':
      return { ...d, gates: without(d.gates, a.g) };
  }
}

function freeId(criteria: CriterionDraft[]): string {
  for (let n = criteria.length + 1; ; n++) if (!criteria.some((c) => c.id === `criterion-${n}`)) return `criterion-${n}`;
}

/** A new top level: one point above the current top (levels go from the lowest points to the highest). */
function nextPoints(c: CriterionDraft): string {
  const top = Number(c.levels.at(-1)?.points);
  return Number.isFinite(top) ? String(top + 1) : '';
}

/** A typed number, or NaN for anything else (the schema then says "enter a number" at that field). */
const num = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));

/** The draft as rubric.yaml's fields: what the schema checks and the server saves. */
export function draftToInput(d: RubricDraft): Record<string, unknown> {
  const negative = d.scoring === 'negative';
  return {
    scoring: d.scoring,
    ...(negative && d.fullMarks.trim() ? { fullMarks: num(d.fullMarks) } : {}),
    ...(negative && d.floor.trim() ? { floor: num(d.floor) } : {}),
    criteria: d.criteria.map((c) => ({
      id: c.id.trim(),
      title: c.title,
      description: c.description,
      weight: c.weight.trim() ? num(c.weight) : 1,
      levels: c.levels.map((l) => ({ points: num(l.points), descriptor: l.descriptor })),
      ...(c.notes.trim() ? { notes: c.notes } : {}),
    })),
    gates: d.gates.map((g) => ({ ...(g.criterion ? { criterion: g.criterion } : {}), minPoints: num(g.minPoints) })),
  };
}

/** Field path (`criteria.1.levels.0.points`, as the server's 400 names it after `body.rubric.`) → what is wrong there. */
export type RubricErrors = Record<string, string>;

/** The draft checked with the server's own schema: the rubric, or every problem by field path. */
export function checkDraft(d: RubricDraft): { rubric: Rubric; errors: RubricErrors } | { rubric: null; errors: RubricErrors } {
  const parsed = RubricFileSchema.safeParse(draftToInput(d));
  if (parsed.success) return { rubric: parsed.data, errors: {} };
  const errors: RubricErrors = {};
  for (const issue of parsed.error.issues) {
    const at = issue.path.join('.');
    const message = issue.code === 'invalid_type' && issue.expected === 'number' ? 'enter a number' : issue.message;
    errors[at || 'rubric'] ??= message;
  }
  return { rubric: null, errors };
}

/** Full marks as the draft stands (null while it does not check out). */
export function draftFullMarks(checked: ReturnType<typeof checkDraft>): number | null {
  return checked.rubric ? rubricFullMarks(checked.rubric) : null;
}

/** Whether saving the draft would start a new rubric version (a criterion or level added, removed or renamed). */
export function changesShape(d: RubricDraft, current: Rubric | null): boolean {
  return current !== null && rubricShape({ criteria: d.criteria.map((c) => ({ id: c.id.trim(), levels: c.levels })) }) !== rubricShape(current);
}

/** The server's 400 fields (`body.rubric.criteria.0.title`) as editor paths. */
export function serverErrors(details: unknown): RubricErrors {
  const fields = (details as { fields?: { field?: unknown; message?: unknown }[] } | undefined)?.fields ?? [];
  const errors: RubricErrors = {};
  for (const f of fields) {
    if (typeof f.field !== 'string' || typeof f.message !== 'string') continue;
    errors[f.field.replace(/^body\.rubric\.?/, '') || 'rubric'] ??= f.message;
  }
  return errors;
}
