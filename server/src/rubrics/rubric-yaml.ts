import { Document, isMap, isSeq } from 'yaml';
import { RubricFileSchema, rubricFullMarks, type Rubric, type RubricFileInput } from '../challenges/rubric.schema';

/**
 * A rubric as an admin would write rubric.yaml: the defaults left out
 * (positive scoring, weight 1, floor 0, no gates, no notes, and the full
 * marks of negative scoring when they are the default), keys in the order
 * the format documents. Parsing it gives the same rubric back.
 */
export function compactRubric(rubric: Rubric): RubricFileInput {
  const negative = rubric.scoring === 'negative';
  // Negative scoring's default full marks are every largest deduction × its weight; equal full marks need not be written.
  const defaultFull = negative ? rubricFullMarks({ ...rubric, fullMarks: undefined }) : undefined;
  return {
    ...(negative ? { scoring: 'negative' as const } : {}),
    ...(negative && rubric.fullMarks !== undefined && rubric.fullMarks !== defaultFull ? { fullMarks: rubric.fullMarks } : {}),
    ...(negative && rubric.floor !== 0 ? { floor: rubric.floor } : {}),
    criteria: rubric.criteria.map((c) => ({
      id: c.id,
      title: c.title,
      description: c.description,
      ...(c.weight !== 1 ? { weight: c.weight } : {}),
      levels: c.levels.map((l) => ({ points: l.points, descriptor: l.descriptor })),
      ...(c.notes?.trim() ? { notes: c.notes } : {}),
    })),
    ...(rubric.gates.length ? { gates: rubric.gates.map((g) => ({ ...(g.criterion !== undefined ? { criterion: g.criterion } : {}), minPoints: g.minPoints })) } : {}),
  };
}

/** A rubric as it will be stored: its compact form read again (blank notes gone), so two rubrics compare as saved. */
export function normalRubric(rubric: Rubric): Rubric {
  return RubricFileSchema.parse(compactRubric(rubric));
}

/** rubric.yaml's text for a rubric: a header comment, then the compact form, each level and gate on one line as the catalog writes them. */
export function rubricYaml(rubric: Rubric, header = 'Saved by the rubric editor.'): string {
  const doc = new Document(compactRubric(rubric));
  doc.commentBefore = ` ${header}`;
  const flowItems = (seq: unknown) => {
    if (isSeq(seq)) for (const item of seq.items) if (isMap(item)) item.flow = true;
  };
  const criteria = doc.get('criteria');
  if (isSeq(criteria)) for (const c of criteria.items) if (isMap(c)) flowItems(c.get('levels'));
  flowItems(doc.get('gates'));
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}
