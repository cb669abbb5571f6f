// setupFiles of the `postgres` jest project: the same suites, on PostgreSQL.
process.env.ASSAY_TEST_DB = 'postgres';
