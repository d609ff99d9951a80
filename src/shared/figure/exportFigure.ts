import { createElement, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { Figure, type FigureProps } from './Figure';
import { GlanceFigure, type GlanceFigureProps } from './GlanceFigure';

/** What a figure export draws: one product's figure, or every product at a glance. */
export type FigureSpec =
  { kind: 'product'; props: FigureProps } | { kind: 'glance'; props: GlanceFigureProps };

function elementOf(spec: FigureSpec): ReactElement {
  return spec.kind === 'product'
    ? createElement(Figure, spec.props)
    : createElement(GlanceFigure, spec.props);
}

/** A figure as a standalone SVG document, drawn by the same component as on screen. */
export function figureSvg(spec: FigureSpec): string {
  const host = document.createElement('div');
  const root = createRoot(host);
  flushSync(() => root.render(elementOf(spec)));
  const svg = host.querySelector('svg');
  const text = svg ? new XMLSerializer().serializeToString(svg) : '';
  root.unmount();
  return `<?xml version="1.0" encoding="UTF-8"?>\n${text}\n`;
}

/** A figure as a PNG at `scale` times its size (2 for print). */
export async function figurePng(spec: FigureSpec, scale = 2): Promise<Blob> {
  const svg = figureSvg(spec);
  // Its size, as the SVG document states it.
  const [width, height] = ['width', 'height'].map((a) =>
    Number(new RegExp(`<svg[^>]*\\s${a}="([\\d.]+)"`).exec(svg)?.[1] ?? NaN),
  );
  if (!Number.isFinite(width) || !Number.isFinite(height)) throw new Error('the figure has no size');
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width! * scale);
    canvas.height = Math.round(height! * scale);
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
