import { chromium } from '@playwright/test';

/** Flags for the system Chromium: off the network it has no business with, software WebGL. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/**
 * The system Chromium, headless, with CHROMIUM_FLAGS; extra flags from the caller or
 * EXTRA_ARGS (e.g. "--disable-webgl").
 */
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_FLAGS, ...extraArgs, ...(process.env.EXTRA_ARGS ?? '').split(' ').filter(Boolean)],
  });
}
