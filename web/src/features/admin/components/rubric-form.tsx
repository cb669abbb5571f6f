import type { Dispatch } from 'react';
import { Button } from '../../../components/ui/button';
import { Icon } from '../../../components/ui/icon';
import type { RubricAction, RubricDraft, RubricErrors } from './rubric-draft';
import { RubricCriterion } from './rubric-criterion';
import { FieldError, RubricField, fieldProps, rubricFieldId } from './rubric-field';

interface Props {
  prefix: string;
  draft: RubricDraft;
  errors: RubricErrors;
  dispatch: Dispatch<RubricAction>;
  /** Moves keyboard focus to an element by id once the change has rendered. */
  focus: (id: string) => void;
}

/** The rubric's fields: scoring (with full marks and floor when negative), the criteria, and the gates. Every problem shows beside its field. */
export function RubricForm({ prefix, draft, errors, dispatch, focus }: Props) {
  const negative = draft.scoring === 'negative';
  return (
    <div className="rubric-form">
      <section className="card form-card" aria-labelledby={`${prefix}-scoring-heading`}>
        <h2 id={`${prefix}-scoring-heading`} className="card-title">
          Scoring
        </h2>
        <fieldset className="fieldset">
          <legend>How points add up</legend>
          <div className="checks">
            <label className="check">
              <input type="radio" name={`${prefix}-scoring`} checked={!negative} onChange={() => dispatch({ type: 'scoring', value: 'positive' })} />
              Positive: start from 0 and add each level's points
            </label>
            <label className="check">
              <input type="radio" name={`${prefix}-scoring`} checked={negative} onChange={() => dispatch({ type: 'scoring', value: 'negative' })} />
              Negative: start from full marks and deduct, down to a floor
            </label>
          </div>
        </fieldset>
        {negative && (
          <div className="form-grid cols-2">
            <RubricField prefix={prefix} path="fullMarks" label="Full marks" errors={errors} hint="Empty: every largest deduction × its weight.">
              <input
                className="input"
                type="number"
                step="any"
                inputMode="decimal"
                value={draft.fullMarks}
                onChange={(e) => dispatch({ type: 'fullMarks', value: e.target.value })}
                {...fieldProps(prefix, 'fullMarks', errors, `${rubricFieldId(prefix, 'fullMarks')}-hint`)}
              />
            </RubricField>
            <RubricField prefix={prefix} path="floor" label="Floor" errors={errors} hint="The lowest total, below full marks.">
              <input
                className="input"
                type="number"
                step="any"
                inputMode="decimal"
                value={draft.floor}
                onChange={(e) => dispatch({ type: 'floor', value: e.target.value })}
                {...fieldProps(prefix, 'floor', errors, `${rubricFieldId(prefix, 'floor')}-hint`)}
              />
            </RubricField>
          </div>
        )}
      </section>

      <section className="rubric-criteria" aria-labelledby={`${prefix}-criteria-heading`}>
        <h2 id={`${prefix}-criteria-heading`} className="section-title">
          Criteria
        </h2>
        <FieldError prefix={prefix} path="criteria" errors={errors} />
        {draft.criteria.map((c, i) => (
          <RubricCriterion
            key={c.key}
            prefix={prefix}
            criterion={c}
            index={i}
            count={draft.criteria.length}
            scoring={draft.scoring}
            errors={errors}
            dispatch={dispatch}
            focus={focus}
          />
        ))}
        <Button
          icon={<Icon name="plus" size={15} />}
          onClick={() => {
            dispatch({ type: 'addCriterion' });
            focus(rubricFieldId(prefix, `criteria.${draft.criteria.length}.title`));
          }}
        >
          Add a criterion
        </Button>
      </section>

      <section className="card form-card" aria-labelledby={`${prefix}-gates-heading`}>
        <h2 id={`${prefix}-gates-heading`} className="card-title">
          Gates
        </h2>
        <p className="field-hint">A failed gate makes the rubric part score 0: a criterion's level, or the total, must reach the minimum.</p>
        {draft.gates.length > 0 && (
          <ol className="rubric-gate-list">
            {draft.gates.map((g, i) => (
              <li key={g.key} className="rubric-gate">
                <RubricField prefix={prefix} path={`gates.${i}.criterion`} label={`Gate ${i + 1}: what must reach the minimum`} errors={errors}>
                  <select
                    className="select select-block"
                    value={g.criterion}
                    onChange={(e) => dispatch({ type: 'gate', g: i, field: 'criterion', value: e.target.value })}
                    {...fieldProps(prefix, `gates.${i}.criterion`, errors)}
                  >
                    <option value="">The total</option>
                    {draft.criteria.map((c) => (
                      <option key={c.key} value={c.id}>
                        {c.title.trim() || c.id}
                      </option>
                    ))}
                    {g.criterion && !draft.criteria.some((c) => c.id === g.criterion) && <option value={g.criterion}>{g.criterion} (no such criterion)</option>}
                  </select>
                </RubricField>
                <RubricField prefix={prefix} path={`gates.${i}.minPoints`} label={`Gate ${i + 1}: minimum points`} errors={errors}>
                  <input
                    className="input"
                    type="number"
                    step="any"
                    inputMode="decimal"
                    value={g.minPoints}
                    onChange={(e) => dispatch({ type: 'gate', g: i, field: 'minPoints', value: e.target.value })}
                    {...fieldProps(prefix, `gates.${i}.minPoints`, errors)}
                  />
                </RubricField>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Remove gate ${i + 1}`}
                  icon={<Icon name="trash" size={14} />}
                  onClick={() => {
                    dispatch({ type: 'removeGate', g: i });
                    focus(`${prefix}-add-gate`);
                  }}
                />
              </li>
            ))}
          </ol>
        )}
        <div>
          <Button
            size="sm"
            id={`${prefix}-add-gate`}
            icon={<Icon name="plus" size={14} />}
            onClick={() => {
              dispatch({ type: 'addGate' });
              focus(rubricFieldId(prefix, `gates.${draft.gates.length}.criterion`));
            }}
          >
            Add a gate
          </Button>
        </div>
      </section>
    </div>
  );
}
