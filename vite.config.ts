/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import ts from 'typescript';
import { parse as parseMessage } from '@formatjs/icu-messageformat-parser';
import { LANGUAGE_CODES } from './src/domain/languages';

/**
 * The Content-Security-Policy of the built site: no inline script, no eval, workers from the
 * site itself (MapLibre's and the records reader). `connect-src https:` lets `?records=` read
 * records from another https address. Sent as a meta tag, so every static host applies it;
 * scripts/serve-static.mjs also sends it as a header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self' https:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build', // the dev server injects inline scripts of its own
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

/**
 * The interface's messages compiled at build time: each ICU message of src/shared/i18n/<lang>.ts
 * becomes its syntax tree, so the page ships without the ICU parser (intl-messageformat then
 * takes trees, and its parser is replaced by FormatJS's no-parser stand-in). Tests and the dev
 * server read the messages as written.
 */
function precompiledMessages(): Plugin {
  return {
    name: 'precompiled-messages',
    apply: 'build',
    enforce: 'pre',
    config: () => ({
      resolve: {
        alias: [
          {
            find: /^@formatjs\/icu-messageformat-parser$/,
            replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
          },
        ],
      },
    }),
    async transform(code, id) {
      const file = new RegExp(`/src/shared/i18n/(${LANGUAGE_CODES.join('|')})\\.ts$`).exec(id);
      if (!file) return undefined;
      const lang = file[1]!;
      // The file holds one object of messages and types: run it as JavaScript to read them.
      const js = ts.transpileModule(code, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      }).outputText;
      const read = (await import(
        `data:text/javascript;base64,${Buffer.from(js).toString('base64')}`
      )) as Record<string, Record<string, string>>;
      const messages = read[lang];
      if (!messages) throw new Error(`${id}: no export named ${lang}`);
      const compiled = Object.fromEntries(
        Object.entries(messages).map(([key, message]) => {
          try {
            return [key, parseMessage(message, { ignoreTag: true, locale: new Intl.Locale(lang) })];
          } catch (error) {
            throw new Error(`${id}: message ${key} is not ICU: ${String(error)}`, { cause: error });
          }
        }),
      );
      return {
        code: `export const ${lang} = JSON.parse(${JSON.stringify(JSON.stringify(compiled))});\n`,
        map: null,
      };
    },
  };
}

/**
 * The service worker (src/sw.ts), built by vite-plugin-pwa with the list of built files and a
 * revision for each. It is registered by the app (src/app/serviceWorker.ts) and takes over only
 * when the page asks, after the "A new version is ready" notice.
 */
const serviceWorker = VitePWA({
  strategies: 'injectManifest',
  srcDir: 'src',
  filename: 'sw.ts',
  registerType: 'prompt',
  injectRegister: false,
  manifest: false,
  injectManifest: {
    // The app, its workers and every data file; the service worker fetches data fresh first.
    globPatterns: ['**/*.{html,js,mjs,css,json,csv,svg,png,ico,woff2}'],
    // The boundaries are the largest file; nothing in the build comes close to this.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  },
});

// base './': every asset and data file is addressed relative to the page,
// so the build works from any static host and any sub-path.
export default defineConfig({
  base: './',
  plugins: [precompiledMessages(), react(), contentSecurityPolicy(), serviceWorker],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1600,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Component tests render the real map; on a busy two-core machine one can take seconds.
    testTimeout: 20_000,
  },
});
