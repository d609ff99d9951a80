// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { indexRecords } from '../../domain/status';
import type { Product } from '../../domain/types';
import { OutstandingHarness } from './OutstandingHarness';
import { PRODUCTS_AB, record, REGION_R } from '../../../tests/records';

afterEach(cleanup);

const products = PRODUCTS_AB;
const region = REGION_R;
const rec = (product: string, country: string, status: string, date: string) =>
  record({ product, country, status, date, note: '<img src=x onerror="window.hacked=1">' });
const index = indexRecords([
  rec('a', 'BGD', 'submitted', '2022-01-01'),
  rec('a', 'NPL', 'in_preparation', '2021-05-01'),
  rec('b', 'IND', 'not_submitted', '2022-02-01'),
]);

function Harness({ withContacts = false, list = products }: { withContacts?: boolean; list?: Product[] }) {
  const contacts = new Map([
    ['NPL', [{ country: 'NPL', name: 'Focal', email: 'np@example.org', role: 'NFP' }]],
  ]);
  return (
    <OutstandingHarness
      index={index}
      products={list}
      region={region}
      contacts={withContacts ? contacts : undefined}
    />
  );
}

const rows = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((r) => `${r.getAttribute('data-product')}:${r.getAttribute('data-iso3')}`);

describe('OutstandingView', () => {
  it('filters by product, status and country search', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(rows()).toHaveLength(5);
    await user.selectOptions(screen.getByLabelText('Product'), 'a');
    expect(rows()).toEqual(['a:IND', 'a:NPL']);
    await user.selectOptions(screen.getByLabelText('Product'), '');
    await user.click(screen.getByRole('checkbox', { name: 'No information' }));
    expect(rows().sort()).toEqual(['a:NPL', 'b:IND']);
    await user.type(screen.getByLabelText('Search by country'), 'nep');
    expect(rows()).toEqual(['a:NPL']);
    expect(screen.getByText('1 map still owed')).toBeInTheDocument();
  });

  it('sorts by a column header, and again the other way', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('checkbox', { name: 'No information' }));
    const since = screen.getByRole('button', { name: /Since/ });
    await user.click(since);
    expect(rows()).toEqual(['a:NPL', 'b:IND']);
    expect(since.closest('th')).toHaveAttribute('aria-sort', 'ascending');
    await user.click(since);
    expect(rows()).toEqual(['b:IND', 'a:NPL']);
    expect(since.closest('th')).toHaveAttribute('aria-sort', 'descending');
  });

  it('shows notes as text', () => {
    render(<Harness />);
    expect(screen.getAllByText('<img src=x onerror="window.hacked=1">').length).toBeGreaterThan(0);
    expect(document.querySelector('table img')).toBeNull();
  });

  it('offers the focal points as an e-mail list when contacts are loaded', () => {
    render(<Harness withContacts />);
    expect(screen.getByRole('link', { name: 'Write to all (Bcc)' })).toHaveAttribute(
      'href',
      expect.stringContaining('bcc=np%40example.org'),
    );
    expect(screen.getByRole('columnheader', { name: 'Focal point' })).toBeInTheDocument();
  });

  it('has no e-mail list or focal point column without contacts', () => {
    render(<Harness />);
    expect(screen.queryByRole('link', { name: 'Write to all (Bcc)' })).toBeNull();
    expect(screen.queryByRole('columnheader', { name: 'Focal point' })).toBeNull();
  });
});

describe('OutstandingView with deadlines', () => {
  it('shows no deadline columns when products.json sets none', () => {
    render(<Harness />);
    expect(screen.queryByRole('columnheader', { name: /Deadline/ })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: 'Only maps past their deadline' })).toBeNull();
  });

  it('says how late each owed map is, counts them, and filters to them', async () => {
    const due = products.map((p, i) => (i === 0 ? { ...p, deadline: '2022-12-01' } : p));
    render(<Harness list={due} />);
    expect(screen.getByRole('columnheader', { name: /Deadline/ })).toBeInTheDocument();
    const late = document.querySelectorAll('td[data-overdue]');
    expect(late.length).toBeGreaterThan(0);
    for (const cell of late) expect(cell).toHaveTextContent('Overdue by 30 days');
    expect(screen.getByRole('status')).toHaveTextContent(`${late.length} overdue`);
    const rows = () => document.querySelectorAll('tbody tr').length;
    const all = rows();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Only maps past their deadline' }));
    expect(rows()).toBe(late.length);
    expect(rows()).toBeLessThan(all);
  });
});
