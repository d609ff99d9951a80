import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { Figure, FIGURE_WIDTH, figureLayout, type FigureProps } from './Figure';

/** The figure as a standalone SVG document, drawn by the same component as on screen. */
export function figureSvg(props: FigureProps): string {
  const host = document.createElement('div');
  const root = createRoot(host);
  flushSync(() => root.render(createElement(Figure, props)));
  const svg = host.querySelector('svg');
  const text = svg ? new XMLSerializer().serializeToString(svg) : '';
  root.unmount();
  return `<?xml version="1.0" encoding="UTF-8"?>\n${text}\n`;
}

/** The figure as a PNG at `scale` times its size (2 for print). */
export async function figurePng(props: FigureProps, scale = 2): Promise<Blob> {
  const svg = figureSvg(props);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = FIGURE_WIDTH * scale;
    canvas.height = figureLayout(props).height * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
