// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Draft, DraftCheck, DraftRefusal } from '../../domain/drafts';
import type { Product } from '../../domain/types';
import { DraftForm, type CountryFieldProps } from './DraftForm';
import { DraftsPanel } from './DraftsPanel';

afterEach(cleanup);

const products: Product[] = [
  { id: 'gsocseq', short: 'GSOCseq', name: 'A', version: '1.1' },
  { id: 'gsasmap', short: 'GSASmap', name: 'B' },
];
/** The app hands the form its country search; here a plain text field does what the form asks of it. */
const countryField = (p: CountryFieldProps) => (
  <>
    <label htmlFor={p.inputId}>{p.label}</label>
    <input
      id={p.inputId}
      defaultValue={p.initialQuery}
      aria-describedby={p.describedBy}
      aria-invalid={p.invalid || undefined}
      onChange={(e) => p.onChange(e.target.value)}
    />
  </>
);
const refusal = (
  code: DraftRefusal['issue']['code'],
  column: string,
  params?: Record<string, string | number>,
) => ({
  issue: {
    severity: 'error' as const,
    code,
    file: 'records.csv',
    line: 26,
    column,
    value: 'x',
    ...(params ? { params } : {}),
  },
});
const form = (
  onSave: (d: Omit<Draft, 'id'>) => DraftRefusal[],
  extra: Partial<Parameters<typeof DraftForm>[0]> = {},
) =>
  render(
    <DraftForm
      products={products}
      defaultProduct="gsasmap"
      today="2024-05-10"
      countryName={(v) => (v === 'PAK' ? 'Pakistan' : v)}
      countryField={countryField}
      onSave={onSave}
      {...extra}
    />,
  );

/** Gives the fields a change needs a value, so that the row itself is checked. */
async function fillRequired(user: ReturnType<typeof userEvent.setup>, country = 'PAK') {
  await user.type(screen.getByRole('textbox', { name: 'Country' }), country);
  await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'submitted');
}

describe('DraftForm', () => {
  it('opened before the products are read, takes the first product once they come', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(() => []);
    const { rerender } = form(onSave, { products: [], defaultProduct: undefined });
    rerender(
      <DraftForm
        products={products}
        today="2024-05-10"
        countryName={(v) => v}
        countryField={countryField}
        onSave={onSave}
      />,
    );
    expect(screen.getByRole('combobox', { name: 'Product' })).toHaveValue('gsocseq');
    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Record the change' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ product: 'gsocseq', country: 'PAK' }));
  });

  it('names every field left empty at once, and checks nothing until they are filled', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(() => []);
    form(onSave);
    await user.clear(screen.getByLabelText('Date the status took effect'));
    await user.click(screen.getByRole('button', { name: 'Record the change' }));
    const summary = screen.getByTestId('draft-errors');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Country: required', 'Status: required', 'Date the status took effect: required']);
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveAttribute('aria-invalid', 'true');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('has a labelled field for each column, the overview’s product, today as default and latest date', () => {
    form(() => []);
    expect(screen.getByRole('combobox', { name: 'Product' })).toHaveValue('gsasmap');
    expect(screen.getByRole('option', { name: 'GSOCseq v1.1' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Country' })).toHaveValue('');
    const status = screen.getByRole('combobox', { name: 'Status' });
    expect(
      within(status)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose a status', 'Submitted', 'In preparation', 'Not submitted', 'Not applicable']);
    const date = screen.getByLabelText('Date the status took effect');
    expect(date).toHaveAttribute('type', 'date');
    expect(date).toHaveValue('2024-05-10');
    expect(date).toHaveAttribute('max', '2024-05-10');
    expect(screen.getByRole('textbox', { name: 'Note (optional)' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Source (optional)' })).toHaveAccessibleDescription(
      'Where the information comes from, e.g. an e-mail from the focal point.',
    );
  });

  it('counts the note’s characters against the limit, and says why a longer one is refused', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(() => [refusal('long-note', 'note', { length: 501, limit: 500 })]);
    form(onSave);
    const note = screen.getByRole('textbox', { name: 'Note (optional)' });
    expect(note).toHaveAccessibleDescription('0 of 500 characters');
    await user.type(note, 'Map 😀 sent');
    expect(screen.getByTestId('note-count')).toHaveTextContent('10 of 500 characters'); // 11 code units
    await user.clear(note);
    await user.click(note);
    await user.paste('x'.repeat(501));
    expect(screen.getByTestId('note-count')).toHaveTextContent('501 of 500 characters');
    expect(note).toHaveAttribute('aria-invalid', 'true');
    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Record the change' }));
    expect(screen.getByTestId('draft-errors')).toHaveTextContent(
      'Note (optional): a note holds at most 500 characters; this one has 501: shorten it.',
    );
    // Nothing typed is lost.
    expect(note).toHaveValue('x'.repeat(501));
  });

  it('clears a refusal when what drafts are checked against changes (another file opened), keeping what was typed', async () => {
    const user = userEvent.setup();
    const props = {
      products,
      defaultProduct: 'gsasmap',
      today: '2024-05-10',
      countryName: (v: string) => v,
      countryField,
      onSave: () => [refusal('conflict', 'status', { line: 5, status: 'in_preparation' })],
    };
    const before = { file: 'a' };
    const after = { file: 'b' };
    const { rerender } = render(<DraftForm {...props} checkedAgainst={before} />);
    await user.type(screen.getByRole('textbox', { name: 'Country' }), 'NPL');
    await user.click(screen.getByRole('button', { name: 'Record the change' }));
    expect(screen.getByTestId('draft-errors')).toBeInTheDocument();
    // Drawn again against the same records: the refusal stays.
    rerender(<DraftForm {...props} checkedAgainst={before} />);
    expect(screen.getByTestId('draft-errors')).toBeInTheDocument();
    rerender(<DraftForm {...props} checkedAgainst={after} />);
    expect(screen.queryByTestId('draft-errors')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Country' })).toHaveValue('NPL');
    expect(screen.getByRole('combobox', { name: 'Status' })).not.toHaveAttribute('aria-invalid');
  });

  it('hands over what was typed, then clears what belongs to one country', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(() => []);
    form(onSave);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Product' }), 'gsocseq');
    await user.type(screen.getByRole('textbox', { name: 'Country' }), 'PAK');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Submitted');
    await user.type(screen.getByRole('textbox', { name: 'Note (optional)' }), '<b>first</b> map');
    await user.type(screen.getByRole('textbox', { name: 'Source (optional)' }), 'e-mail');
    await user.click(screen.getByRole('button', { name: 'Record the change' }));
    expect(onSave).toHaveBeenCalledWith({
      product: 'gsocseq',
      country: 'PAK',
      status: 'submitted',
      date: '2024-05-10',
      note: '<b>first</b> map',
      source: 'e-mail',
    });
    expect(screen.getByRole('textbox', { name: 'Country' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Note (optional)' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('submitted');
    expect(screen.queryByTestId('draft-errors')).toBeNull();
  });

  it('on refusal keeps every value, ties each reason to its field and moves the focus to the summary', async () => {
    const user = userEvent.setup();
    form(() => [
      refusal('unknown-country', 'country'),
      refusal('conflict', 'status', { line: 5, status: 'in_preparation' }),
    ]);
    await fillRequired(user, 'Atlantis');
    await user.type(screen.getByRole('textbox', { name: 'Note (optional)' }), 'kept');
    await user.click(screen.getByRole('button', { name: 'Record the change' }));

    const summary = screen.getByTestId('draft-errors');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('heading', { name: 'The change was not recorded' })).toBeInTheDocument();
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Country: unknown country',
      'Status: records.csv, line 5, gives In preparation on this date: choose another date, or correct that row.',
    ]);
    const country = screen.getByRole('textbox', { name: 'Country' });
    expect(country).toHaveValue('Atlantis');
    expect(country).toHaveAttribute('aria-invalid', 'true');
    expect(country).toHaveAccessibleDescription('unknown country');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveAccessibleDescription(
      /gives In preparation/,
    );
    expect(screen.getByRole('textbox', { name: 'Note (optional)' })).toHaveValue('kept');
    expect(screen.getByRole('textbox', { name: 'Note (optional)' })).not.toHaveAttribute('aria-invalid');
    await user.click(links[0]!);
    expect(country).toHaveFocus();
  });

  it('names another draft, not its line, when the change meets one', async () => {
    const user = userEvent.setup();
    form(() => [{ ...refusal('duplicate', 'status', { line: 27 }), otherDraft: 'd1' }]);
    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Record the change' }));
    expect(screen.getByRole('link').textContent).toBe('Status: another draft already says this.');
  });

  it('edits a draft: its values, Save and Cancel', async () => {
    const user = userEvent.setup();
    const onCancel = vi.fn();
    const editing: Draft = {
      id: 'd1',
      product: 'gsocseq',
      country: 'PAK',
      status: 'in_preparation',
      date: '2024-01-02',
      note: 'n',
      source: 's',
    };
    form(() => [], { editing, onCancel });
    expect(screen.getByRole('heading', { name: 'Edit a local draft' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Country' })).toHaveValue('Pakistan');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('in_preparation');
    expect(screen.getByLabelText('Date the status took effect')).toHaveValue('2024-01-02');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Save the draft' })).toBeInTheDocument();
  });
});

describe('DraftsPanel', () => {
  const drafts: Draft[] = [
    {
      id: 'a',
      product: 'gsocseq',
      country: 'PAK',
      status: 'submitted',
      date: '2024-05-10',
      note: '<i>x</i>',
      source: 's',
    },
    {
      id: 'b',
      product: 'gsocseq',
      country: 'Atlantis',
      status: 'submitted',
      date: '2024-05-10',
      note: '',
      source: '',
    },
  ];
  const check: DraftCheck = {
    records: [],
    accepted: new Map([['a', { ...drafts[0]!, status: 'submitted', line: 26, draft: 'a' }]]),
    refused: new Map([['b', [refusal('unknown-country', 'country')]]]),
  };
  const panel = (over: Partial<Parameters<typeof DraftsPanel>[0]> = {}) =>
    render(
      <DraftsPanel
        products={products}
        today="2024-05-10"
        drafts={drafts}
        check={check}
        recordsFile="records.csv"
        countryField={countryField}
        onSave={() => []}
        onRemove={() => {}}
        onDiscardAll={() => {}}
        onDownload={() => {}}
        downloads={[{ file: 'records.csv', count: 1 }]}
        {...over}
      />,
    );

  it('lists each draft as text, shown or not with the reason, with edit and undo', async () => {
    const user = userEvent.setup();
    const onRemove = vi.fn();
    const { container } = panel({ onRemove });
    expect(screen.getByRole('heading', { name: '2 local drafts' })).toBeInTheDocument();
    const shown = screen.getByRole('row', { name: /Pakistan/ });
    expect(within(shown).getByText('Shown, not published')).toBeInTheDocument();
    expect(within(shown).getByText('<i>x</i>')).toBeInTheDocument();
    expect(container.querySelector('i')).toBeNull();
    const refused = screen.getByRole('row', { name: /Atlantis/ });
    expect(refused).toHaveAttribute('data-state', 'refused');
    expect(within(refused).getByText('Not shown: unknown country')).toBeInTheDocument();
    await user.click(within(refused).getByRole('button', { name: 'Undo the draft for Atlantis, GSOCseq' }));
    expect(onRemove).toHaveBeenCalledWith('b');
    await user.click(within(shown).getByRole('button', { name: 'Edit the draft for Pakistan, GSOCseq' }));
    expect(screen.getByRole('heading', { name: 'Edit a local draft' })).toBeInTheDocument();
  });

  it('discards all only once confirmed, the focus on keeping them', async () => {
    const user = userEvent.setup();
    const onDiscardAll = vi.fn();
    panel({ onDiscardAll });
    await user.click(screen.getByRole('button', { name: 'Discard all drafts' }));
    expect(screen.getByText('Discard all 2 drafts? This cannot be undone.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Keep them' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Keep them' }));
    expect(onDiscardAll).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Discard all drafts' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Discard all drafts' }));
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(onDiscardAll).toHaveBeenCalledTimes(1);
  });

  it('downloads only once the records have loaded, and says nothing is lost until discarded', async () => {
    const onDownload = vi.fn();
    panel({ check: undefined, drafts: [], onDownload });
    expect(screen.getByRole('button', { name: 'Download records.csv' })).toBeDisabled();
    expect(screen.getByText('Drafts apply once the records have loaded.')).toBeInTheDocument();
    cleanup();
    panel({ onDownload });
    const button = screen.getByRole('button', { name: 'Download records.csv' });
    expect(button).toHaveAccessibleDescription(
      /The file \(records\.csv\) with the drafts added, each in the file’s columns/,
    );
    await userEvent.click(button);
    expect(onDownload).toHaveBeenCalled();
  });

  it('with several records sources, shows the file each draft goes into and offers each changed file', async () => {
    const onDownload = vi.fn();
    panel({
      onDownload,
      files: {
        list: ['records.csv', 'records/eurosoil.csv'],
        defaultFor: () => ({ file: 'records.csv', holds: true }),
        of: (d) => (d.id === 'a' ? 'records/eurosoil.csv' : 'records.csv'),
      },
      downloads: [{ file: 'records/eurosoil.csv', count: 1 }],
    });
    expect(screen.getByRole('columnheader', { name: 'File' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Pakistan/ })).toHaveTextContent('records/eurosoil.csv');
    const button = screen.getByRole('button', { name: 'Download records/eurosoil.csv (1 change)' });
    expect(button).toHaveAccessibleDescription(/Each file that your drafts go into/);
    expect(screen.queryByRole('button', { name: /Download records\.csv/ })).toBeNull();
    await userEvent.click(button);
    expect(onDownload).toHaveBeenCalledWith('records/eurosoil.csv');
    // The form offers the files, the usual one first.
    const select = screen.getByRole('combobox', { name: 'Published in' });
    expect([...(select as HTMLSelectElement).options].map((o) => o.text)).toEqual([
      'Its usual file: records.csv',
      'records.csv',
      'records/eurosoil.csv',
    ]);
  });

  it('with several sources and no change yet, says how to get a file', () => {
    panel({
      files: {
        list: ['a.csv', 'b.csv'],
        defaultFor: () => ({ file: 'a.csv', holds: false }),
        of: () => 'a.csv',
      },
      downloads: [],
    });
    expect(screen.getByText('Record a change to download the file it goes into.')).toBeInTheDocument();
    // No file holds the country yet: the draft goes into the first, and the choice says so.
    expect(screen.getByRole('combobox', { name: 'Published in' })).toHaveDisplayValue('First file: a.csv');
    expect(screen.queryByRole('button', { name: /^Download/ })).toBeNull();
  });

  it('says how many drafts other records keep', () => {
    panel({ keptElsewhere: [{ name: 'export.csv', count: 3 }] });
    expect(
      screen.getByText(
        '3 drafts are kept for other records (export.csv (3)); they come back when those records are shown.',
      ),
    ).toBeInTheDocument();
  });
});
