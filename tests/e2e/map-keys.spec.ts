import type { Page } from '@playwright/test';
import { expect, test, waitForMap, waitForWebGL } from './fixtures';

/** The camera the map shows: [longitude, latitude, zoom]. */
async function camera(page: Page): Promise<number[]> {
  return (await page.getByTestId('map').getAttribute('data-camera'))!.split(',').map(Number);
}

for (const renderer of ['svg', 'webgl'] as const) {
  test(`keyboard only (${renderer} map): arrow keys pan, + and − zoom; a country is focused on the map itself and Enter opens it`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.goto(`?product=gsocseq&region=asp&renderer=${renderer}`);
    await waitForMap(page);
    if (renderer === 'webgl') await waitForWebGL(page);

    // The map is a Tab stop of its own, after the controls.
    const map = page.getByRole('application', { name: 'Move and zoom the map' });
    await map.focus();
    await expect(map).toHaveAccessibleDescription(/Arrow keys move the map/);
    const [lng, lat, zoom] = await camera(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await camera(page))[0]).toBeGreaterThan(lng!);
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await camera(page))[1]).toBeGreaterThan(lat!);
    await page.keyboard.press('+');
    await expect.poll(async () => (await camera(page))[2]).toBeCloseTo(zoom! + 1, 5);
    await page.keyboard.press('-');
    await expect.poll(async () => (await camera(page))[2]).toBeCloseTo(zoom!, 5);

    // The next Tab stop is the map's countries: one is chosen, named with its status, tooltip shown.
    // (The WebGL map's zoom buttons come between.)
    const countries = page.getByRole('listbox', { name: /Countries on the map/ });
    for (let i = 0; i < 4 && !(await countries.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(countries).toBeFocused();
    const activeOption = async () => {
      const id = await countries.getAttribute('aria-activedescendant');
      return page.locator(`[id="${id}"]`);
    };
    const first = await activeOption();
    await expect(first).toHaveText(/^[^:]+: (Submitted|In preparation|Not submitted|No information)/);
    const firstName = (await first.textContent())!.split(':')[0]!;
    await expect(page.locator('.map__tooltip').filter({ hasText: firstName })).toBeVisible();

    // An arrow key goes on to another country; Enter opens its panel.
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(async () => (await (await activeOption()).textContent())?.split(':')[0])
      .not.toBe(firstName);
    const name = (await (await activeOption()).textContent())!.split(':')[0]!;
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name }).or(page.locator('.panel'))).toContainText(name);
    expect(new URL(page.url()).searchParams.get('country')).toMatch(/^[A-Z]{3}$/);
  });
}

test('the countries list starts on the country chosen', async ({ page }) => {
  await page.goto('?product=gsocseq&region=asp&country=NPL');
  await waitForMap(page);
  const countries = page.getByRole('listbox', { name: /Countries on the map/ });
  await countries.focus();
  const id = await countries.getAttribute('aria-activedescendant');
  await expect(page.locator(`[id="${id}"]`)).toHaveText('Nepal: In preparation');
});
