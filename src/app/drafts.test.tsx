// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findMap, legendItems } from '../../tests/appHarness';
import { setupMswServer } from '../../tests/msw/server';
import { initialAppState, useAppStore } from '../state/store';

// jsdom has no WebGL: the SVG map is drawn.

const { App } = await import('./App');
const { loadAll } = await import('./loadData');

setupMswServer();

beforeEach(() => {
  vi.useFakeTimers({ now: new Date(2024, 4, 10, 9), toFake: ['Date'] });
  window.history.replaceState(null, '', '/?view=data');
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  useAppStore.setState(initialAppState, true);
});

describe('recording a change in the data view', () => {
  it('picks the country with the country search, and the overview shows the draft at once', async () => {
    void loadAll();
    render(<App />);
    const user = userEvent.setup();
    const country = await screen.findByRole('combobox', { name: 'Country' }, { timeout: 10_000 });
    await screen.findByText(
      'No change has been recorded in this browser for these records.',
      {},
      { timeout: 10_000 },
    );
    await user.type(country, 'Pakis');
    await user.keyboard('{Enter}');
    expect(country).toHaveValue('Pakistan');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Submitted');
    await user.click(screen.getByRole('button', { name: 'Record the change' }));

    const row = await screen.findByRole('row', { name: /Pakistan/ });
    expect(within(row).getByText('Shown, not published')).toBeInTheDocument();
    expect(useAppStore.getState().drafts).toMatchObject([
      { product: 'gsocseq', country: 'PAK', status: 'submitted', date: '2024-05-10' },
    ]);

    // The same change again is what the file already holds now: refused, the focus on why.
    await user.type(screen.getByRole('combobox', { name: 'Country' }), 'PAK');
    await user.click(screen.getByRole('button', { name: 'Record the change' }));
    expect(screen.getByTestId('draft-errors')).toHaveFocus();
    expect(screen.getByRole('link', { name: /another draft already says this/ })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Overview' }));
    await findMap();
    expect(legendItems().submitted).toBe('Submitted 8');
    expect(screen.getByTestId('drafts-shown')).toHaveTextContent('Includes 1 local draft, not published.');
    await user.click(screen.getByRole('button', { name: 'Show the map as a table' }));
    const pakistan = screen.getByRole('row', { name: /Pakistan/ });
    expect(within(pakistan).getByText('Local draft, not published')).toBeInTheDocument();
  });
});
