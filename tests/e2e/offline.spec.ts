import { expect, legend, test, waitForMap } from './fixtures';

test.use({ serviceWorkers: 'allow' });

test('after one visit the dashboard opens and works offline', async ({ page, context }) => {
  await page.goto('?product=gsasmap');
  await waitForMap(page);
  // The service worker has installed and taken control (it precaches every file on install).
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });

  await context.setOffline(true);
  await page.reload();
  await waitForMap(page);
  expect((await legend(page)).not_submitted).toBe('Not submitted 8');
  await expect(page.getByRole('alert')).toHaveCount(0);

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
});
