// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FocalPoint } from '../../domain/contacts';
import { indexRecords } from '../../domain/status';
import type { Product } from '../../domain/types';
import { OutstandingHarness } from './OutstandingHarness';
import { record, REGION_R } from '../../../tests/records';

const products: Product[] = [
  {
    id: 'a',
    short: 'Amap',
    name: 'A & B? map',
    contact: { name: 'Isabel Luotto', email: 'Isabel.Luotto@fao.org' },
    deadline: '2022-12-01',
  },
  { id: 'b', short: 'Bmap', name: 'B map' },
];
const region = REGION_R;
const rec = (product: string, country: string, status: string, date: string) =>
  record({ product, country, status, date });
const index = indexRecords([
  rec('a', 'BGD', 'submitted', '2022-01-01'),
  rec('b', 'BGD', 'submitted', '2022-01-01'),
  rec('a', 'NPL', 'in_preparation', '2021-05-01'),
  rec('b', 'IND', 'not_submitted', '2022-02-01'),
]);
const contacts = new Map<string, FocalPoint[]>([
  ['NPL', [{ country: 'NPL', name: 'Sita Adhikari, Dr.', email: 'sita@soil.example.org', role: 'NFP' }]],
  ['IND', [{ country: 'IND', name: '<img src=x onerror="window.hacked=1">', email: '', role: '' }]],
]);

const Harness = () => (
  <OutstandingHarness index={index} products={products} region={region} contacts={contacts} />
);

const writeText = vi.fn<(text: string) => Promise<void>>();
beforeEach(() => {
  writeText.mockReset().mockResolvedValue(undefined);
  window.history.replaceState(null, '', '/gsp/?view=outstanding&lang=en');
});
afterEach(() => {
  cleanup();
  delete (document as { execCommand?: unknown }).execCommand;
  vi.restoreAllMocks();
});

async function openDrafts() {
  const user = userEvent.setup();
  // After userEvent's own clipboard, which it puts on navigator.
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  render(<Harness />);
  const toggle = screen.getByRole('button', { name: 'Reminder drafts' });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  expect(screen.queryByRole('region', { name: /Reminder drafts/ })).toBeNull();
  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const region = screen.getByRole('region', { name: /Reminder drafts/ });
  expect(toggle).toHaveAttribute('aria-controls', region.id);
  return { user, region };
}
const draft = (region: HTMLElement, name: RegExp) => within(region).getByRole('article', { name });

describe('Reminder drafts in the outstanding view', () => {
  it('opens a region with one draft per country owing maps, in order, each with exactly its maps', async () => {
    const { region } = await openDrafts();
    expect(within(region).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Reminder drafts (2 countries)',
    );
    expect(
      within(region)
        .getAllByRole('article')
        .map((a) => a.getAttribute('data-iso3')),
    ).toEqual(['IND', 'NPL']);
    const nepal = draft(region, /Nepal/);
    const body = nepal.querySelector('pre')!.textContent!;
    expect(body).toContain('- Amap (A & B? map)\n  Status: In preparation, since 1 May 2021\n');
    expect(body).toContain('  Deadline: 1 December 2022, overdue by 30 days\n');
    expect(body).toContain('  Contact at the GSP: Isabel Luotto (Isabel.Luotto@fao.org)\n');
    expect(body).toContain('- Bmap (B map)\n  Status: No information (no record)\n\n');
    expect(body).toContain('http://localhost:3000/gsp/?view=country&country=NPL&lang=en');
    // Bangladesh has submitted both maps: nothing to remind it of.
    expect(within(region).queryByRole('article', { name: /Bangladesh/ })).toBeNull();
  });

  it('follows the filters of the table', async () => {
    const { user, region } = await openDrafts();
    await user.selectOptions(screen.getByLabelText('Product'), 'b');
    expect(
      within(region)
        .getAllByRole('article')
        .map((a) => a.getAttribute('data-iso3')),
    ).toEqual(['IND', 'NPL']);
    expect(draft(region, /Nepal/).querySelector('pre')).not.toHaveTextContent('Amap');
    await user.click(screen.getByRole('checkbox', { name: 'No information' }));
    expect(
      within(region)
        .getAllByRole('article')
        .map((a) => a.getAttribute('data-iso3')),
    ).toEqual(['IND']);
    await user.click(screen.getByRole('checkbox', { name: 'Not submitted' }));
    expect(within(region).queryAllByRole('article')).toHaveLength(0);
    expect(region).toHaveTextContent('No country owes a map among the rows shown.');
    expect(within(region).getByRole('button', { name: 'Download all drafts' })).toBeDisabled();
  });

  it('copies the subject and body, and says so politely', async () => {
    const { user, region } = await openDrafts();
    const nepal = draft(region, /Nepal/);
    const status = within(nepal).getByRole('status');
    expect(status).toBeEmptyDOMElement();
    await user.click(within(nepal).getByRole('button', { name: 'Copy' }));
    const body = nepal.querySelector('pre')!.textContent!;
    expect(writeText).toHaveBeenCalledWith(
      `Subject: Nepal: 2 national maps still owed to the GSP\n\n${body}`,
    );
    expect(status).toHaveTextContent('Copied');
  });

  it('says when the clipboard refused and the fallback failed', async () => {
    writeText.mockRejectedValue(new Error('denied'));
    // jsdom has no execCommand: the fallback finds the copy refused.
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    const { user, region } = await openDrafts();
    const india = draft(region, /India/);
    await user.click(within(india).getByRole('button', { name: 'Copy' }));
    expect(within(india).getByRole('status')).toHaveTextContent('Could not copy');
  });

  it('links to the focal points with the draft encoded, or says there is no address', async () => {
    const { region } = await openDrafts();
    const nepal = draft(region, /Nepal/);
    const href = within(nepal).getByRole('link', { name: 'Write to the focal point' }).getAttribute('href')!;
    expect(href).toMatch(/^mailto:sita@soil\.example\.org\?subject=Nepal%3A%202%20national%20maps/);
    expect(href).toContain('&body=Dear%20Sita%20Adhikari%2C%20Dr.%2C%0D%0A%0D%0A');
    expect(href).toContain('Amap%20(A%20%26%20B%3F%20map)');
    const to = nepal.querySelector('.reminder__to')!;
    expect(to).toHaveTextContent('To: "Sita Adhikari, Dr." <sita@soil.example.org>');
    // The addresses kept left to right inside the sentence, on any page.
    expect(to.querySelector('bdi[dir="ltr"]')).toHaveTextContent(
      '"Sita Adhikari, Dr." <sita@soil.example.org>',
    );
    const india = draft(region, /India/);
    expect(within(india).queryByRole('link')).toBeNull();
    expect(india).toHaveTextContent('contacts.csv gives no e-mail address for the focal points of India');
  });

  it('shows names as text, never as markup', async () => {
    const { region } = await openDrafts();
    const india = draft(region, /India/);
    expect(india.querySelector('pre')).toHaveTextContent('Dear <img src=x onerror="window.hacked=1">,');
    expect(region.querySelector('img')).toBeNull();
  });

  it('downloads every draft as one UTF-8 text file named like the CSV', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return 'blob:drafts';
    };
    URL.revokeObjectURL = () => undefined;
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const { user, region } = await openDrafts();
    await user.click(within(region).getByRole('button', { name: 'Download all drafts' }));
    expect(names).toEqual(['outstanding-r-all-2022-12-31-reminders.txt']);
    expect(blobs[0]!.type).toBe('text/plain;charset=utf-8');
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsText(blobs[0]!, 'utf-8');
    });
    expect(text.startsWith('Reminder drafts: Region R, as of 31 December 2022 (2 countries)\r\n')).toBe(true);
    for (const heading of ['1/2 · India (IND)', '2/2 · Nepal (NPL)'])
      expect(text).toContain(`\r\n${heading}\r\n`);
    expect(text).toContain('Dear Sita Adhikari, Dr.,\r\n');
  });
});
