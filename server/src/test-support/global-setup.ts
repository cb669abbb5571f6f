import { ensurePgliteTemplate } from './test-db';

/** jest globalSetup: build the PGlite template once per test run. */
export default async function globalSetup(): Promise<void> {
  if (process.env.ASSAY_TEST_DB !== 'postgres') await ensurePgliteTemplate();
}
