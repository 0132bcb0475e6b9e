import { defineConfig } from 'drizzle-kit';

// Migrations live in the repository's root drizzle/ folder (see README.md).
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: '../../drizzle',
  casing: 'snake_case',
  strict: true,
  verbose: true,
});
