import type { Dispatch } from 'react';
import { Button } from '../../../components/ui/button';
import { Icon } from '../../../components/ui/icon';
import type { CriterionDraft, RubricAction, RubricErrors } from './rubric-draft';
import { FieldError, RubricField, fieldProps, rubricFieldId } from './rubric-field';

interface Props {
  prefix: string;
  criterion: CriterionDraft;
  index: number;
  count: number;
  scoring: 'positive' | 'negative';
  errors: RubricErrors;
  dispatch: Dispatch<RubricAction>;
  /** Moves keyboard focus to an element by id once the change has rendered. */
  focus: (id: string) => void;
}

/** One criterion: id, title, description, weight, reviewer notes, and its levels from the lowest points to the highest. */
export function RubricCriterion({ prefix, criterion: c, index, count, scoring, errors, dispatch, focus }: Props) {
  const at = `criteria.${index}`;
  const name = c.title.trim() || `criterion ${index + 1}`;
  const headingId = `${prefix}-${c.key}-heading`;
  const set = (field: 'id' | 'title' | 'description' | 'weight' | 'notes') => (e: { target: { value: string } }) =>
    dispatch({ type: 'criterion', c: index, field, value: e.target.value });
  const control = (what: string) => `${prefix}-${c.key}-${what}`;
  return (
    <section className="card rubric-criterion" aria-labelledby={headingId}>
      <header className="rubric-criterion-head">
        <h3 id={headingId} className="card-title">
          {index + 1}. {c.title.trim() || 'New criterion'}
        </h3>
        <div className="rubric-row-actions">
          <Button
            size="sm"
            variant="ghost"
            id={control('up')}
            disabled={index === 0}
            aria-label={`Move ${name} up`}
            icon={<Icon name="arrowUp" size={14} />}
            onClick={() => {
              dispatch({ type: 'moveCriterion', c: index, by: -1 });
              focus(index - 1 === 0 ? control('down') : control('up'));
            }}
          />
          <Button
            size="sm"
            variant="ghost"
            id={control('down')}
            disabled={index === count - 1}
            aria-label={`Move ${name} down`}
            icon={<Icon name="arrowDown" size={14} />}
            onClick={() => {
              dispatch({ type: 'moveCriterion', c: index, by: 1 });
              focus(index + 1 === count - 1 ? control('up') : control('down'));
            }}
          />
          <Button
            size="sm"
            variant="ghost"
            disabled={count === 1}
            aria-label={`Remove ${name}`}
            icon={<Icon name="trash" size={14} />}
            onClick={() => dispatch({ type: 'removeCriterion', c: index })}
          />
        </div>
      </header>
      <div className="form-grid cols-2-1">
        <RubricField prefix={prefix} path={`${at}.title`} label="Title" errors={errors}>
          <input className="input" value={c.title} onChange={set('title')} autoComplete="off" {...fieldProps(prefix, `${at}.title`, errors)} />
        </RubricField>
        <RubricField prefix={prefix} path={`${at}.id`} label="Id" errors={errors} hint="Reviews record picks by id: renaming starts a new version.">
          <input
            className="input mono"
            value={c.id}
            onChange={set('id')}
            autoComplete="off"
            spellCheck={false}
            {...fieldProps(prefix, `${at}.id`, errors, `${rubricFieldId(prefix, `${at}.id`)}-hint`)}
          />
        </RubricField>
      </div>
      <RubricField prefix={prefix} path={`${at}.description`} label="Description" errors={errors}>
        <textarea className="textarea textarea-sm" value={c.description} onChange={set('description')} {...fieldProps(prefix, `${at}.description`, errors)} />
      </RubricField>
      <div className="form-grid cols-2-1">
        <RubricField prefix={prefix} path={`${at}.notes`} label="Notes for reviewers" errors={errors} hint="Never shown to candidates.">
          <textarea
            className="textarea textarea-sm"
            value={c.notes}
            onChange={set('notes')}
            {...fieldProps(prefix, `${at}.notes`, errors, `${rubricFieldId(prefix, `${at}.notes`)}-hint`)}
          />
        </RubricField>
        <RubricField prefix={prefix} path={`${at}.weight`} label="Weight" errors={errors} hint="Multiplies this criterion's points; 0 allowed.">
          <input
            className="input"
            type="number"
            min={0}
            step="any"
            inputMode="decimal"
            value={c.weight}
            onChange={set('weight')}
            {...fieldProps(prefix, `${at}.weight`, errors, `${rubricFieldId(prefix, `${at}.weight`)}-hint`)}
          />
        </RubricField>
      </div>
      <fieldset className="fieldset rubric-levels">
        <legend>Levels of {name}, from the lowest points to the highest</legend>
        <p className="field-hint">{scoring === 'positive' ? 'Points earned, 0 or more.' : 'Points deducted, 0 or less; the best level deducts 0.'}</p>
        <FieldError prefix={prefix} path={`${at}.levels`} errors={errors} />
        <ol className="rubric-level-list">
          {c.levels.map((level, l) => {
            const lat = `${at}.levels.${l}`;
            const levelName = `level ${l + 1} of ${name}`;
            const lc = (what: string) => `${prefix}-${level.key}-${what}`;
            return (
              <li key={level.key} className="rubric-level">
                <div className="rubric-level-points">
                  <label htmlFor={rubricFieldId(prefix, `${lat}.points`)}>
                    Points<span className="visually-hidden"> of {levelName}</span>
                  </label>
                  <input
                    className="input"
                    type="number"
                    step="any"
                    inputMode="decimal"
                    value={level.points}
                    onChange={(e) => dispatch({ type: 'level', c: index, l, field: 'points', value: e.target.value })}
                    {...fieldProps(prefix, `${lat}.points`, errors)}
                  />
                </div>
                <div className="rubric-level-descriptor">
                  <label htmlFor={rubricFieldId(prefix, `${lat}.descriptor`)}>
                    What earns it<span className="visually-hidden"> ({levelName})</span>
                  </label>
                  <input
                    className="input"
                    value={level.descriptor}
                    onChange={(e) => dispatch({ type: 'level', c: index, l, field: 'descriptor', value: e.target.value })}
                    autoComplete="off"
                    {...fieldProps(prefix, `${lat}.descriptor`, errors)}
                  />
                </div>
                <div className="rubric-row-actions">
                  <Button
                    size="sm"
                    variant="ghost"
                    id={lc('up')}
                    disabled={l === 0}
                    aria-label={`Move ${levelName} up`}
                    icon={<Icon name="arrowUp" size={14} />}
                    onClick={() => {
                      dispatch({ type: 'moveLevel', c: index, l, by: -1 });
                      focus(l - 1 === 0 ? lc('down') : lc('up'));
                    }}
                  />
                  <Button
                    size="sm"
                    variant="ghost"
                    id={lc('down')}
                    disabled={l === c.levels.length - 1}
                    aria-label={`Move ${levelName} down`}
                    icon={<Icon name="arrowDown" size={14} />}
                    onClick={() => {
                      dispatch({ type: 'moveLevel', c: index, l, by: 1 });
                      focus(l + 1 === c.levels.length - 1 ? lc('up') : lc('down'));
                    }}
                  />
                  <Button
                    size="sm"
                    variant="ghost"
                    disabled={c.levels.length <= 2}
                    aria-label={`Remove ${levelName}`}
                    icon={<Icon name="trash" size={14} />}
                    onClick={() => {
                      dispatch({ type: 'removeLevel', c: index, l });
                      focus(control('add-level'));
                    }}
                  />
                </div>
                <div className="rubric-level-errors">
                  <FieldError prefix={prefix} path={`${lat}.points`} errors={errors} />
                  <FieldError prefix={prefix} path={`${lat}.descriptor`} errors={errors} />
                </div>
              </li>
            );
          })}
        </ol>
        <Button
          size="sm"
          id={control('add-level')}
          icon={<Icon name="plus" size={14} />}
          onClick={() => {
            dispatch({ type: 'addLevel', c: index });
            focus(rubricFieldId(prefix, `${at}.levels.${c.levels.length}.points`));
          }}
        >
          Add a level
        </Button>
      </fieldset>
    </section>
  );
}
