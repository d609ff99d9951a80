// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UpdateReady } from './UpdateReady';
import { simulateUpdateReady } from './serviceWorker';

describe('UpdateReady', () => {
  it('says nothing until a new version waits, then offers to reload with it', async () => {
    render(<UpdateReady />);
    expect(screen.queryByTestId('update-ready')).toBeNull();

    const apply = vi.fn(() => Promise.resolve());
    simulateUpdateReady(apply);
    const notice = await screen.findByTestId('update-ready');
    expect(notice).toHaveTextContent('A new version of the dashboard is ready.');
    expect(apply).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(apply).toHaveBeenCalledOnce();
  });
});
