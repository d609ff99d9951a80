// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { LongText, shortened } from './LongText';

afterEach(cleanup);

describe('shortened', () => {
  it('leaves a text of up to max characters alone, and cuts a longer one at a whole character', () => {
    expect(shortened('a'.repeat(10), 10)).toBeUndefined();
    // Ten emoji are twenty code units and ten characters.
    expect(shortened('😀'.repeat(10), 10)).toBeUndefined();
    expect(shortened('😀'.repeat(11), 10)).toBe(`${'😀'.repeat(10)}…`);
    expect(shortened('word '.repeat(3), 5)).toBe('word…');
  });
});

describe('LongText', () => {
  it('shows a short text as it is, with no button', () => {
    render(<LongText text="Map missing at the time of the meeting" />);
    expect(screen.getByText('Map missing at the time of the meeting')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows a long text shortened, and all of it on demand, as text', async () => {
    const note = `<b>${'x'.repeat(5990)}</b>`;
    const { container } = render(<LongText text={note} max={200} />);
    const more = screen.getByRole('button', { name: 'Read all' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(container.textContent).toBe(`${note.slice(0, 200)}… Read all`);
    await userEvent.setup().click(more);
    expect(container.textContent).toBe(`${note} Show less`);
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('starts shortened again when the same place shows another text (the next country’s note)', async () => {
    const first = 'a'.repeat(300);
    const { container, rerender } = render(<LongText text={first} max={10} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Read all' }));
    expect(container.textContent).toContain(first);
    rerender(<LongText text={'b'.repeat(300)} max={10} />);
    expect(container.textContent).toBe(`${'b'.repeat(10)}… Read all`);
    // The button names what it opens.
    expect(screen.getByRole('button', { name: 'Read all' })).toHaveAccessibleDescription(
      `${'b'.repeat(10)}…`,
    );
  });
});
