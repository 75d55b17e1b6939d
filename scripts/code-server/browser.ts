// Headless Debian chromium driven by playwright-core (no browser download: it uses the system binary).
import * as fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from './paths';

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`chromium not found at ${chromiumPath}: apt-get install -y chromium (or set SMARTFAB_CHROMIUM)`);
  }
  // playwright gives every launch a fresh temporary profile, so no state leaks between runs.
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
