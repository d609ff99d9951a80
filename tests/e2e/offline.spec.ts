import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, legend, test, waitForMap } from './fixtures';

test.use({ serviceWorkers: 'allow' });

/** The built service worker, as served to the tests (see playwright.config.ts). */
const SERVICE_WORKER = 'dist/sw.js';

/** Waits until the service worker has installed and controls the page. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
}

test('after one visit the dashboard opens and works offline', async ({ page, context }) => {
  await page.goto('?product=gsasmap');
  await waitForMap(page);
  // The service worker has installed (it caches every file on install) and taken control.
  await controlled(page);

  await context.setOffline(true);
  await page.reload();
  await waitForMap(page);
  expect((await legend(page)).not_submitted).toBe('Not submitted 8');
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The records shown are the copy kept at the first visit, and the page says so, with its day.
  const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(),
  );
  await expect(page.getByTestId('records-copy')).toContainText(
    `No connection: records.csv shown as copied on this device on ${today} at`,
  );

  // Other views, other queries, still offline.
  await page.goto('?view=country&country=NPL');
  await expect(page.getByRole('article', { name: /Nepal/ })).toBeVisible();
  await page.goto('?view=outstanding&product=gsocseq');
  await expect(page.locator('tbody tr[data-iso3="IDN"]')).toHaveCount(1);
  await page.goto('?view=present');
  await expect(page.getByTestId('headline')).toHaveText('7 of 24 submitted');
  await context.setOffline(false);
});

test('online, the data files are fetched fresh, not served stale from the cache', async ({
  page,
  context,
}) => {
  await page.goto('');
  await waitForMap(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  let served = 0;
  await context.route('**/data/records.csv', async (route) => {
    served++;
    await route.continue();
  });
  await page.reload();
  await waitForMap(page);
  expect(served).toBeGreaterThan(0);
  // Fresh records are not called a copy.
  await expect(page.getByTestId('records-copy')).toHaveCount(0);
});

test('on a link that hangs, the data from the last visit is shown after a short wait', async ({
  page,
  context,
}) => {
  await page.goto('?product=gsasmap');
  await waitForMap(page);
  await controlled(page);
  // Every data file now hangs, as on a flaky link: no answer, no error.
  await context.route('**/data/*', () => {});
  const started = Date.now();
  await page.reload();
  await waitForMap(page);
  const waited = Date.now() - started;
  expect((await legend(page)).not_submitted).toBe('Not submitted 8');
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The service worker gives the network 4 s; the app's own limit (20 s, then an error) is
  // never reached.
  console.log(`hanging data link: map ready after ${waited} ms`);
  expect(waited).toBeLessThan(19_000);
  await context.unrouteAll({ behavior: 'ignoreErrors' });
});

test('a new version waits for the reader: a quiet notice, and it takes over on Reload', async ({ page }) => {
  await page.goto('?product=gsasmap');
  await waitForMap(page);
  await controlled(page);
  await expect(page.getByTestId('update-ready')).toHaveCount(0);

  // A new build is deployed: the served service worker script changes. (The browser fetches
  // it past any route, so the file itself changes, and is put back afterwards.)
  const built = await readFile(SERVICE_WORKER, 'utf8');
  try {
    await writeFile(SERVICE_WORKER, `${built}\n// next build\n`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await expectUpdate(page);
  } finally {
    await writeFile(SERVICE_WORKER, built);
  }
});

async function expectUpdate(page: Page): Promise<void> {
  const notice = page.getByTestId('update-ready');
  await expect(notice).toContainText('A new version of the dashboard is ready.');
  // Nothing changed under the reader: the same page, the old version still in control.
  await page.evaluate(() => Object.assign(window, { pageBeforeUpdate: true }));
  await expect(page.getByRole('list', { name: 'Legend' })).toBeVisible();
  expect(await registrationState(page)).toEqual({ waiting: true, active: 'activated' });

  await notice.getByRole('button', { name: 'Reload' }).click();
  await page.waitForFunction(() => !('pageBeforeUpdate' in window) && document.readyState === 'complete');
  await waitForMap(page);
  await controlled(page);
  expect(await registrationState(page)).toEqual({ waiting: false, active: 'activated' });
  await expect(page.getByTestId('update-ready')).toHaveCount(0);
  await expect(page).toHaveURL(/product=gsasmap/);
}

async function registrationState(page: Page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return { waiting: Boolean(registration?.waiting), active: registration?.active?.state };
  });
}
