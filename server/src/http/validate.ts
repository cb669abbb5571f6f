import type { NextFunction, Request, Response } from 'express';
import type { z } from 'zod';
import { ValidationError } from './errors';

type Part = 'body' | 'query' | 'params';

/** Parses one part of a request, or throws a 400 naming every bad field (`body.email: …`). */
export function parsePart<S extends z.ZodType>(schema: S, value: unknown, part: Part): z.infer<S> {
  const parsed = schema.safeParse(value ?? (part === 'body' ? undefined : {}));
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => ({
    field: [part, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  const first = fields[0]!;
  throw new ValidationError(`${first.field}: ${first.message}`, { fields });
}

/** Parsed request parts, stored by `validate` for the handler. */
export interface Valid {
  body: unknown;
  query: unknown;
  params: unknown;
}

/** Middleware: checks body, query and params against their schemas; the result lands in `res.locals.valid`. */
export function validate(schemas: Partial<Record<Part, z.ZodType>>) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const valid: Valid = { body: undefined, query: undefined, params: undefined };
    for (const part of ['params', 'query', 'body'] as const) {
      const schema = schemas[part];
      if (schema) valid[part] = parsePart(schema, req[part], part);
    }
    res.locals.valid = valid;
    next();
  };
}
