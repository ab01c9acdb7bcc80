import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    // Words come from _locales/en/messages.json, as in the extension (see src/shared/i18n.ts).
    setupFiles: ['src/shared/test/messages-setup.ts'],
  },
});
