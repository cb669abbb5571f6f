import type { HTMLAttributes } from 'react';

/** A white surface with a border and a soft shadow. */
export function Card({ as: Tag = 'section', className, ...rest }: HTMLAttributes<HTMLElement> & { as?: 'section' | 'div' | 'article' }) {
  return <Tag className={['card', className].filter(Boolean).join(' ')} {...rest} />;
}
