/**
 * Debian's Chromium for the browser tests (a test tool's own browser download does not work here), launched the
 * same way by the e2e suite, by the integration suite's browser tests on hand-built graphs and by the bench.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** No skipping: without Chromium the test fails and says how to install it. */
export function requireChromium(path = CHROMIUM): string {
  if (!existsSync(path)) {
    throw new Error(`browser tests need Chromium at ${path} (Debian: apt-get install -y chromium fonts-noto-cjk)`);
  }
  return path;
}

export function launchChromium(path = CHROMIUM): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(path), args: CHROMIUM_ARGS });
}
