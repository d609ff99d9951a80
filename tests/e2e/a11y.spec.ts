import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForMap } from './fixtures';

/** Every view, as a user opens it; `ready` waits for what the view is about. */
const VIEWS: { name: string; query: string; ready(page: Page): Promise<void> }[] = [
  { name: 'overview', query: '?product=gsocseq&region=asp', ready: waitForMap },
  {
    name: 'overview with a country',
    query: '?product=gsocseq&region=asp&country=NPL',
    ready: async (page) => {
      await waitForMap(page);
      await expect(page.locator('section.panel[data-country="NPL"]')).toBeVisible();
    },
  },
  {
    name: 'outstanding',
    query: '?view=outstanding&product=gsasmap',
    ready: async (page) => {
      await expect(page.locator('tbody tr').first()).toBeVisible();
    },
  },
  {
    name: 'country',
    query: '?view=country&country=KOR',
    ready: async (page) => {
      await expect(page.getByRole('article')).toBeVisible();
    },
  },
  {
    name: 'overview, every product at a glance',
    query: '?product=all&region=asp',
    ready: async (page) => {
      await expect(page.locator('.all-products__card path[data-iso3]').first()).toBeVisible();
    },
  },
  {
    name: 'overview, one status kept',
    query: '?product=gsocseq&region=asp&status=submitted',
    ready: async (page) => {
      await waitForMap(page);
      await expect(page.getByTestId('legend-filter')).not.toBeEmpty();
    },
  },
  {
    name: 'handout',
    query: '?view=handout&region=asp',
    ready: async (page) => {
      await expect(page.locator('.handout__page--product path[data-iso3]').first()).toBeVisible();
    },
  },
  {
    name: 'present, every product at a glance',
    query: '?view=present&product=all',
    ready: async (page) => {
      await expect(page.getByTestId('glance-headline').first()).toBeVisible();
    },
  },
  {
    name: 'present',
    query: '?view=present',
    ready: async (page) => {
      await expect(page.getByTestId('headline')).toBeVisible();
    },
  },
  {
    name: 'changes',
    query: '?view=changes&since=2022-01-01',
    ready: async (page) => {
      await expect(page.locator('section[data-product="gsocseq"] tbody tr').first()).toBeVisible();
    },
  },
  {
    name: 'present, the slide of changes',
    query: '?view=present&since=2022-01-01&slide=changes',
    ready: async (page) => {
      await expect(page.locator('.present[data-slide="changes"]')).toBeVisible();
    },
  },
  {
    name: 'overview with changes',
    query: '?since=2022-01-01',
    ready: async (page) => {
      await waitForMap(page);
      await expect(page.getByTestId('legend-since')).toBeVisible();
    },
  },
  {
    name: 'data',
    query: '?view=data',
    ready: async (page) => {
      await expect(page.locator('tr[data-file="records.csv"]')).toBeVisible();
    },
  },
];

for (const lang of ['en', 'ar']) {
  for (const view of VIEWS) {
    test(`${view.name} in ${lang}: no accessibility violation`, async ({ page }) => {
      await page.goto(`${view.query}&lang=${lang}`);
      await view.ready(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
      const results = await new AxeBuilder({ page }).analyze();
      const violations = results.violations.map((v) => ({
        rule: v.id,
        impact: v.impact,
        nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      }));
      expect(violations).toEqual([]);
    });
  }
}

for (const [theme, view] of [
  ['dark', VIEWS[0]!],
  ['dark', VIEWS[2]!],
  ['contrast', VIEWS[0]!],
  ['contrast', VIEWS.find((v) => v.name === 'data')!],
  ['dark', VIEWS.find((v) => v.name === 'changes')!],
] as const) {
  test(`${view.name} in the ${theme} theme: no accessibility violation`, async ({ page }) => {
    await page.addInitScript((choice) => localStorage.setItem('gsp-status-theme', choice), theme);
    await page.goto(view.query);
    await view.ready(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => ({
        rule: v.id,
        nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      })),
    ).toEqual([]);
  });
}
