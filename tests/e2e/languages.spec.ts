import { expect, test, waitForMap } from './fixtures';

/** Each language: the navigation's first link, the Submitted status, and the Republic of Korea as the UN writes it. */
const LANGUAGES = [
  { lang: 'en', dir: 'ltr', overview: 'Overview', submitted: 'Submitted', korea: 'Republic of Korea' },
  { lang: 'fr', dir: 'ltr', overview: 'Vue d’ensemble', submitted: 'Soumise', korea: 'République de Corée' },
  { lang: 'es', dir: 'ltr', overview: 'Vista general', submitted: 'Presentado', korea: 'República de Corea' },
  { lang: 'ru', dir: 'ltr', overview: 'Обзор', submitted: 'Представлена', korea: 'Республика Корея' },
  { lang: 'zh', dir: 'ltr', overview: '概览', submitted: '已提交', korea: '大韩民国' },
  { lang: 'ar', dir: 'rtl', overview: 'نظرة عامة', submitted: 'مقدَّمة', korea: 'جمهورية كوريا' },
];

for (const l of LANGUAGES) {
  test(`in ${l.lang}: the labels, the statuses and the country names are in the language`, async ({
    page,
  }) => {
    await page.goto(`?product=gsocseq&region=asp&lang=${l.lang}`);
    await waitForMap(page);
    await expect(page.locator('html')).toHaveAttribute('lang', l.lang);
    await expect(page.locator('html')).toHaveAttribute('dir', l.dir);
    await expect(page.getByRole('navigation').getByRole('link').first()).toHaveText(l.overview);
    // Figure 1's seven submissions, under the status's name in the language.
    await expect(page.locator('.legend__item[data-status="submitted"]')).toHaveText(
      new RegExp(`^\\s*${l.submitted}\\s*7\\s*$`),
    );

    await page.goto(`?view=country&country=KOR&lang=${l.lang}`);
    await expect(page.getByRole('article', { name: new RegExp(l.korea) })).toBeVisible();
  });
}

test('the country page of Viet Nam is titled as the UN writes it', async ({ page }) => {
  await page.goto('?view=country&country=VNM');
  await expect(page.getByRole('heading', { level: 2, name: /Viet Nam/ })).toBeVisible();
});

test('the language switcher changes the language in place and keeps it in the link', async ({ page }) => {
  await page.goto('?product=gsocseq&region=asp');
  await waitForMap(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await expect(page).toHaveURL(/lang=fr/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('combobox', { name: 'Langue' })).toHaveValue('fr');
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
});

test.describe('with a browser in French', () => {
  test.use({ locale: 'fr-FR' });
  test('the dashboard opens in French unless the link asks for another language', async ({ page }) => {
    await page.goto('');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.goto('?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
