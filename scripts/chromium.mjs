import { chromium } from '@playwright/test';

/**
 * The system Chromium, headless, kept off the network it has no business with, with software
 * WebGL; extra flags from the caller or EXTRA_ARGS (e.g. "--disable-webgl").
 */
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      ...extraArgs,
      ...(process.env.EXTRA_ARGS ?? '').split(' ').filter(Boolean),
    ],
  });
}
