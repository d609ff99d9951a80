// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from './clipboard';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** jsdom has no execCommand: give it one that records what was selected. */
function stubExecCommand(result: boolean) {
  const seen: string[] = [];
  document.execCommand = ((command: string) => {
    const area = document.activeElement as HTMLTextAreaElement;
    seen.push(`${command}:${area.value.slice(area.selectionStart, area.selectionEnd)}`);
    return result;
  }) as typeof document.execCommand;
  return seen;
}

describe('copyText', () => {
  it('uses the Clipboard API where there is one', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    await expect(copyText('Subject: x\n\nbody')).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith('Subject: x\n\nbody');
  });

  it('falls back to a selected text area when the API refuses, and gives the focus back', async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) } });
    const seen = stubExecCommand(true);
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    await expect(copyText('Népal\nligne 2')).resolves.toBe(true);
    expect(seen).toEqual(['copy:Népal\nligne 2']);
    expect(document.activeElement).toBe(button);
    expect(document.querySelector('textarea')).toBeNull();
    button.remove();
  });

  it('falls back without a Clipboard API, and says when nothing could be copied', async () => {
    vi.stubGlobal('navigator', {});
    const seen = stubExecCommand(false);
    await expect(copyText('text')).resolves.toBe(false);
    expect(seen).toEqual(['copy:text']);
  });
});
