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

/** A figure's size, as its SVG document states it. */
function sizeOf(svg: string): { width: number; height: number } {
  const [width, height] = ['width', 'height'].map((a) =>
    Number(new RegExp(`<svg[^>]*\\s${a}="([\\d.]+)"`).exec(svg)?.[1] ?? NaN),
  );
  if (!Number.isFinite(width) || !Number.isFinite(height)) throw new Error('the figure has no size');
  return { width: width!, height: height! };
}

/** The figure as an image, to draw on a canvas. */
async function imageOf(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

function context(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas');
  return ctx;
}

/** A figure as a PNG at `scale` times its size (2 for print). */
export async function figurePng(spec: FigureSpec, scale = 2): Promise<Blob> {
  const svg = figureSvg(spec);
  const { width, height } = sizeOf(svg);
  const image = await imageOf(svg);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  context(canvas).drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** One frame of a history: the figure as of a date (made when drawn), and that date as shown large above it. */
export interface HistoryFrame {
  spec(): FigureSpec;
  date: string;
}

/** How long each date shows in the GIF, and how long the last one is held, in milliseconds. */
const GIF_STEP_MS = 900;
const GIF_HOLD_MS = 3000;
/** The band above the figure that carries the date. */
const DATE_BAND = 72;
/** Room under the first frame's figure for a later one with more source lines. */
const SLACK = 48;

/**
 * The history as an animated GIF: one frame per date, each the figure as of that date with the
 * date large above it, the last frame held. Each frame is made and drawn in turn, letting the
 * page breathe between them; `onFrame` says how far it got. The GIF takes the first frame's size
 * (and a little room below); a later, taller figure is scaled to fit.
 */
export async function historyGif(
  frames: readonly HistoryFrame[],
  dir: 'ltr' | 'rtl' = 'ltr',
  onFrame?: (done: number) => void,
): Promise<Blob> {
  const { GIFEncoder, quantize, applyPalette } = await import('gifenc');
  const gif = GIFEncoder();
  let canvas: HTMLCanvasElement | undefined;
  for (const [i, frame] of frames.entries()) {
    const svg = figureSvg(frame.spec());
    const size = sizeOf(svg);
    if (!canvas) {
      canvas = document.createElement('canvas');
      canvas.width = Math.round(size.width);
      canvas.height = Math.round(size.height) + DATE_BAND + SLACK;
    }
    const { width, height } = canvas;
    const ctx = context(canvas);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    const scale = Math.min(1, width / size.width, (height - DATE_BAND) / size.height);
    ctx.drawImage(await imageOf(svg), 0, DATE_BAND, size.width * scale, size.height * scale);
    ctx.fillStyle = '#111111';
    ctx.font = 'bold 44px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
    ctx.direction = dir;
    ctx.textAlign = 'start';
    ctx.textBaseline = 'middle';
    ctx.fillText(frame.date, dir === 'rtl' ? width - 24 : 24, DATE_BAND / 2 + 6);
    const { data } = ctx.getImageData(0, 0, width, height);
    const palette = quantize(data, 256);
    gif.writeFrame(applyPalette(data, palette), width, height, {
      palette,
      delay: i === frames.length - 1 ? GIF_HOLD_MS : GIF_STEP_MS,
    });
    onFrame?.(i + 1);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  gif.finish();
  return new Blob([gif.bytes() as Uint8Array<ArrayBuffer>], { type: 'image/gif' });
}
