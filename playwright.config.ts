import { defineConfig } from '@playwright/test';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The system Chromium, kept off the network it has no business with. */
const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const PORT = Number(process.env.E2E_PORT ?? 4179);
/** The build is served under a sub-path, as on a real static host. */
export const BASE_PATH = '/gsp-status/';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    // The offline tests allow the service worker; elsewhere it would hide routed faults.
    serviceWorkers: 'block',
    viewport: { width: 1366, height: 900 },
    launchOptions: {
      executablePath: CHROMIUM,
      args: [...BROWSER_ARGS, '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
    },
  },
  projects: [
    { name: 'webgl' },
    {
      // Old laptops and remote desktops: the map must still draw, as SVG.
      name: 'no-webgl',
      testMatch: ['overview.spec.ts', 'faults.spec.ts', 'map.spec.ts'],
      use: {
        launchOptions: {
          executablePath: CHROMIUM,
          args: [...BROWSER_ARGS, '--disable-webgl', '--disable-3d-apis'],
        },
      },
    },
  ],
  webServer: {
    command: `node scripts/serve-static.mjs --port ${PORT} --base ${BASE_PATH}`,
    url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
