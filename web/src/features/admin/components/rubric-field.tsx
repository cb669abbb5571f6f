import type { ReactNode } from 'react';
import type { RubricErrors } from './rubric-draft';

/** The DOM id of the input for a rubric field path (`criteria.1.levels.0.points`), so a problem can focus it. */
export const rubricFieldId = (prefix: string, path: string) => `${prefix}-${path.replace(/\./g, '-')}`;

/** Props that tie an input to its problem: invalid state, and the message as its description. */
export function fieldProps(prefix: string, path: string, errors: RubricErrors, hintId?: string) {
  const id = rubricFieldId(prefix, path);
  const error = errors[path];
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [error ? `${id}-error` : undefined, hintId].filter(Boolean).join(' ') || undefined,
  };
}

/** The problem with one field, right below it (its id is the input's description). */
export function FieldError({ prefix, path, errors }: { prefix: string; path: string; errors: RubricErrors }) {
  const error = errors[path];
  if (!error) return null;
  return (
    <p id={`${rubricFieldId(prefix, path)}-error`} className="field-error">
      {error}
    </p>
  );
}

/** A labelled input with its problem below it. */
export function RubricField({
  prefix,
  path,
  label,
  errors,
  hint,
  children,
}: {
  prefix: string;
  path: string;
  label: string;
  errors: RubricErrors;
  hint?: ReactNode;
  children: ReactNode;
}) {
  const id = rubricFieldId(prefix, path);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      <FieldError prefix={prefix} path={path} errors={errors} />
      {hint && !errors[path] && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
