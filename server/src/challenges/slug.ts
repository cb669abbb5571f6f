import { z } from 'zod';

/** An id in files and URLs: lowercase letters, digits and single dashes (`two-sum`, `bug`). */
export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lowercase letters, digits and single dashes');
