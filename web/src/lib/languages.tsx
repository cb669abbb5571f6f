import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { LanguageListSchema, type LanguageView } from '@assay/contract';
import { useApi } from './api-context';
import { useResource } from './use-resource';

/** The sandbox's languages as the server's registry describes them, with lookups by id. */
export interface Languages {
  list: LanguageView[];
  /** Display name; the id itself until the list has loaded (or for an unknown id). */
  label(id: string): string;
  /** The file the candidate's code is written to (compilers name it in messages); undefined until loaded. */
  sourceFile(id: string): string | undefined;
}

/** The lookups over a list (also what tests build directly). */
export function languagesFrom(list: LanguageView[]): Languages {
  const byId = new Map(list.map((l) => [l.id as string, l]));
  return { list, label: (id) => byId.get(id)?.name ?? id, sourceFile: (id) => byId.get(id)?.sourceFile };
}

const LanguagesContext = createContext<Languages>(languagesFrom([]));

/**
 * Loads GET /api/v1/languages once for the whole app (built from
 * `docker/<id>/language.json` on the server, so the names never drift from
 * what the sandbox runs). Until it answers, ids are shown as they are.
 */
export function LanguagesProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const { data } = useResource(() => api.get('/api/v1/languages', { schema: LanguageListSchema }), 'languages');
  const value = useMemo(() => languagesFrom(data ?? []), [data]);
  return <LanguagesContext.Provider value={value}>{children}</LanguagesContext.Provider>;
}

/** The languages the server runs (see LanguagesProvider). */
export function useLanguages(): Languages {
  return useContext(LanguagesContext);
}
