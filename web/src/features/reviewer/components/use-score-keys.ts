import { useEffect, type Dispatch, type RefObject } from 'react';
import type { DraftAction } from '../logic/score-draft';
import { isTextField, keyCommand } from '../logic/review-keys';

/**
 * The scoring shortcuts on the whole page (not in text fields): 1-9 pick a
 * level of the focused criterion, J/K move focus to the next/previous
 * criterion's radio group, so the screen reader follows.
 */
export function useScoreKeys({
  formRef,
  criteria,
  focused,
  dispatch,
  disabled,
}: {
  formRef: RefObject<HTMLFormElement | null>;
  criteria: readonly { id: string; levels: readonly unknown[] }[];
  focused: number;
  dispatch: Dispatch<DraftAction>;
  disabled: boolean;
}): void {
  useEffect(() => {
    if (disabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const command = keyCommand({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, inTextField: isTextField(e.target) }, criteria, focused);
      if (!command) return;
      e.preventDefault();
      const id = criteria[command.criterion]!.id;
      const group = formRef.current?.querySelector<HTMLFieldSetElement>(`fieldset[data-criterion="${CSS.escape(id)}"]`);
      if (command.type === 'pick') {
        dispatch({ type: 'pick', criterion: id, level: command.level });
        group?.querySelectorAll<HTMLInputElement>('input[type="radio"]')[command.level]?.focus();
      } else {
        dispatch({ type: 'focus', index: command.criterion });
        const radio = group?.querySelector<HTMLInputElement>('input[type="radio"]:checked') ?? group?.querySelector<HTMLInputElement>('input[type="radio"]');
        radio?.focus();
        group?.scrollIntoView({ block: 'nearest' });
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [formRef, criteria, focused, dispatch, disabled]);
}
