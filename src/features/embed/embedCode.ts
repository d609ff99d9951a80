/** What an embedded map is: the address of the view with `embed=1`, and a title naming it. */
export interface EmbedFrame {
  src: string;
  title: string;
}

/** An attribute value as HTML: `&` and `"` escaped, and `<`, `>` so no tag can be read into it. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The iframe element to paste into a web page: the full width of where it is put, 450 pixels
 * high (the map and legend fit any size), loaded when scrolled near.
 */
export function iframeCode({ src, title }: EmbedFrame): string {
  return (
    `<iframe src="${attribute(src)}" width="100%" height="450" title="${attribute(title)}"` +
    ` loading="lazy" style="border: 0"></iframe>`
  );
}
