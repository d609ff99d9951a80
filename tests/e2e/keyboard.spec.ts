import type { Locator, Page } from '@playwright/test';
import { expect, test, waitForMap } from './fixtures';

/** Presses Tab until `target` has the focus, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${target} never took the focus in ${max} presses of Tab`);
}

/** The focused element shows a visible focus indicator (an outline or a box shadow). */
async function expectFocusVisible(page: Page): Promise<void> {
  const style = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return {
      outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0,
      shadow: s.boxShadow !== 'none',
    };
  });
  expect(style.outline || style.shadow, 'a visible focus indicator').toBe(true);
}

test('overview with the keyboard alone: product, region, country search, legend, map table, country page', async ({
  page,
}) => {
  await page.goto('?region=asp&renderer=svg');
  await waitForMap(page);

  // Product: the switcher is a radio group; arrows move the choice.
  await tabTo(page, page.getByRole('radio', { name: 'GSOCseq' }));
  await expectFocusVisible(page);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/product=gsasmap/);
  await expect(page.getByRole('radio', { name: 'GSASmap' })).toBeChecked();

  // Region: the select changes with the arrows and back.
  const region = page.getByRole('combobox', { name: 'Region' });
  await tabTo(page, region);
  await expectFocusVisible(page);
  await page.keyboard.press('ArrowDown');
  await expect(page).not.toHaveURL(/region=asp/);
  await page.keyboard.press('ArrowUp');
  await expect(page).toHaveURL(/region=asp/);

  // Country search: type a code, choose with the arrows and Enter.
  const search = page.getByRole('combobox', { name: 'Find a country' });
  await tabTo(page, search);
  await page.keyboard.type('kr');
  await expect(
    page.getByRole('listbox', { name: 'Find a country' }).getByRole('option').first(),
  ).toContainText('Republic of Korea');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/country=KOR/);
  await expect(page.getByRole('region', { name: /Republic of Korea/ })).toBeVisible();

  // The legend: focusing an item highlights its countries on the map, as hovering does.
  const notSubmitted = page.getByRole('list', { name: 'Legend' }).locator('[data-status="not_submitted"]');
  await tabTo(page, notSubmitted);
  await expectFocusVisible(page);
  const map = page.getByTestId('map');
  await expect(map.locator('path[data-iso3="BGD"]')).toHaveAttribute('fill-opacity', '0.25'); // submitted
  await expect(map.locator('path[data-iso3="CHN"]')).not.toHaveAttribute('fill-opacity', /.*/); // not submitted
  // The next item highlights its own countries.
  await page.keyboard.press('Tab');
  await expect(map.locator('path[data-iso3="CHN"]')).toHaveAttribute('fill-opacity', '0.25');

  // The map as a table: every country of the region, each one selectable. Leaving the legend
  // leaves every country in full colour.
  const show = page.getByRole('button', { name: 'Show the map as a table' });
  await tabTo(page, show);
  await expect(map.locator('path[fill-opacity]')).toHaveCount(0);
  await page.keyboard.press('Enter');
  const table = page.getByRole('table', { name: /the status of each country/ });
  await expect(table.locator('tbody tr')).toHaveCount(24);
  const nepal = table.getByRole('button', { name: 'Nepal' });
  await tabTo(page, nepal);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/country=NPL/);

  // The country page from the panel.
  const open = page.getByRole('button', { name: 'Open the country page' });
  await tabTo(page, open);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/view=country/);
  await expect(page.getByRole('article', { name: /Nepal/ })).toBeVisible();
});

test('outstanding with the keyboard alone: filters, sorting, a country, the CSV', async ({ page }) => {
  await page.goto('?region=asp');
  await waitForMap(page);
  // The skip link, then the views.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the content' })).toBeFocused();
  const outstanding = page.getByRole('link', { name: 'Outstanding' });
  await tabTo(page, outstanding);
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/view=outstanding/);
  const rows = page.locator('tbody tr');
  await expect(rows.first()).toBeVisible();

  // Product filter (a select), then status filters (checkboxes, Space).
  const product = page.getByRole('combobox', { name: 'Product' });
  await tabTo(page, product);
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/product=gsocseq/);
  for (const status of ['In preparation', 'No information']) {
    const box = page.getByRole('checkbox', { name: status });
    await tabTo(page, box);
    await expectFocusVisible(page);
    await page.keyboard.press('Space');
    await expect(box).not.toBeChecked();
  }
  await expect(rows).toHaveCount(0); // GSOCseq: nobody in the ASP is Not submitted
  await page.getByRole('checkbox', { name: 'In preparation' }).focus();
  await page.keyboard.press('Space');
  await expect(rows).toHaveCount(7);

  // Sorted by country, ascending; Enter on the column header's button reverses it.
  const sortCountry = page.getByRole('button', { name: /^Country/ });
  await tabTo(page, sortCountry);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('columnheader', { name: /Country/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const names = await rows.locator('td:first-child button').allTextContents();
  expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, 'en')));

  // The CSV, with Enter.
  const download = page.waitForEvent('download');
  await tabTo(page, page.getByRole('button', { name: 'Download CSV' }));
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/^outstanding-asp-gsocseq-.*\.csv$/);

  // A country's page from its row.
  const first = rows.first().locator('td:first-child button');
  const name = await first.textContent();
  await tabTo(page, first);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/view=country/);
  await expect(page.getByRole('article', { name: new RegExp(name!) })).toBeVisible();
});
