import { defineConfig } from '@playwright/test';

// The browser tests of the web workspace (tests/browser/*.pw.ts): Debian's Chromium, one worker,
// never a retry (a flaky test is a bug to fix, not to hide). The global setup starts the stack.
export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '*.pw.ts',
  globalSetup: './tests/browser/support/stack.ts',
  workers: 1,
  retries: 0,
  fullyParallel: false,
  timeout: 45_000,
  expect: { timeout: 15_000 },
  outputDir: '.run/playwright-results',
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // The pages turn Ant Design's motions off for it (apps/web/client/src/main.tsx, decision 44).
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
