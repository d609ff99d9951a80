// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { iframeCode } from './embedCode';

describe('iframeCode', () => {
  it('writes the iframe with the size, title and lazy loading', () => {
    expect(
      iframeCode({
        src: 'https://example.org/gsp/?product=gsocseq&embed=1',
        title: 'Map of GSOCseq v1.1 submission status, Asian Soil Partnership',
      }),
    ).toBe(
      '<iframe src="https://example.org/gsp/?product=gsocseq&amp;embed=1" width="100%" height="450"' +
        ' title="Map of GSOCseq v1.1 submission status, Asian Soil Partnership" loading="lazy"' +
        ' style="border: 0"></iframe>',
    );
  });

  it('escapes what would end the attribute or open a tag, in the title and the address', () => {
    const code = iframeCode({ src: 'https://x.org/?region=a"b<c>&embed=1', title: 'A "B" <script> & C' });
    expect(code).toContain('src="https://x.org/?region=a&quot;b&lt;c&gt;&amp;embed=1"');
    expect(code).toContain('title="A &quot;B&quot; &lt;script&gt; &amp; C"');
    // Read back by an HTML parser, the attributes are the values given.
    const template = new DOMParser().parseFromString(code, 'text/html');
    const frame = template.querySelector('iframe')!;
    expect(frame.getAttribute('title')).toBe('A "B" <script> & C');
    expect(frame.getAttribute('src')).toBe('https://x.org/?region=a"b<c>&embed=1');
  });
});
