import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate` (from server/) writes SQL migrations to server/drizzle/.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './drizzle',
});
