import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    // Words come from _locales/en/messages.json, as in the extension (see src/shared/i18n.ts).
    setupFiles: ['src/shared/test/messages-setup.ts'],
    // A file's first test builds the gazetteer: 1-2 s alone, five times that on a 2-core machine
    // busy with other work, past the default 5 s. The limit is there to catch a hang, not to
    // time anything (speed is measured by `npm run bench`).
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
