import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startTestServer, type TestServer } from '../../server/test/test-server';

const require = createRequire(import.meta.url);
const AXE_SCRIPT = path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js');
const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/** Debian's chromium, never a downloaded browser; flags keep it quiet and offline in CI. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface OpenedPage {
  page: Page;
  /** Uncaught exceptions and console errors seen so far: a test ends by asserting there are none. */
  errors: string[];
}

export interface OpenOptions {
  width?: number;
  height?: number;
  /** Browser permissions of the context, e.g. ['clipboard-read', 'clipboard-write']. */
  permissions?: string[];
  /** Headers sent with every request, e.g. an X-Forwarded-For standing for another client address. */
  headers?: Record<string, string>;
}

/** A fresh context per test (no shared cookies, cache or history), French locale, a desktop window. */
export async function openPage(browser: Browser, url: string, options: OpenOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    locale: 'fr-FR',
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    permissions: options.permissions,
    extraHTTPHeaders: options.headers,
  });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  return { page, errors };
}

export interface BrowserServer {
  /** The Maillage server (API and built client) of this test file, on the shared seeded database. */
  readonly server: TestServer;
  readonly browser: Browser;
  /** Opens a path of the server in a fresh context. */
  open(path: string, options?: OpenOptions): Promise<OpenedPage>;
  /** Signs in through the login form (in a fresh context), then opens the path. */
  openSignedIn(email: string, path: string, options?: OpenOptions & { password?: string }): Promise<OpenedPage>;
}

/**
 * One server and one Chromium for the test file: registers the beforeAll that starts them and the
 * afterAll that stops them. Call it at the top of a describe block.
 */
export function useBrowserServer(): BrowserServer {
  let server: TestServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startTestServer({ withClient: true });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const started = () => {
    if (!server || !browser) throw new Error('useBrowserServer: the server starts in beforeAll, use it inside tests');
    return { server, browser };
  };
  const open = (path: string, options?: OpenOptions) => openPage(started().browser, `${started().server.url}${path}`, options);

  return {
    get server() {
      return started().server;
    },
    get browser() {
      return started().browser;
    },
    open,
    async openSignedIn(email, path, { password = DEMO_PASSWORD, ...options } = {}) {
      const opened = await open('/connexion', options);
      await signInThroughForm(opened.page, email, password);
      await opened.page.waitForURL((url) => url.pathname === '/compte');
      await opened.page.goto(`${started().server.url}${path}`);
      return opened;
    },
  };
}

/** The password of the seeded demo accounts. */
export const DEMO_PASSWORD = 'maillage-demo';

/** Fills and sends the login form of the page (on /connexion); waits for the account menu to show. */
export async function signInThroughForm(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
  await accountMenu(page).waitFor();
}

/** The header's account button (it shows the user's name and role). */
export function accountMenu(page: Page) {
  return page.locator('.account-menu__toggle');
}

/** Runs axe-core in the page and fails on any "serious" or "critical" violation, listing them. */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  // Evaluated over the DevTools protocol: the page's CSP refuses added <script> tags, as it should.
  await page.evaluate(fs.readFileSync(AXE_SCRIPT, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context?: unknown) => Promise<AxeResults> } }).axe;
    const results = await axe.run(document);
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
      }));
  });
  if (violations.length > 0) console.error('axe violations:', JSON.stringify(violations, null, 2));
  expect(violations).toEqual([]);
}

interface AxeResults {
  violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }>;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Clicks an SVG shape at a point that really hits it: the centre of a commune's bounding box may
 * fall on a neighbour, so look for a point where the shape is the topmost element.
 */
export async function clickShape(page: Page, selector: string): Promise<void> {
  const element = page.locator(selector);
  await element.scrollIntoViewIfNeeded();
  const point = await element.evaluate((shape) => {
    const box = shape.getBoundingClientRect();
    for (let step = 0.5; step >= 1 / 16; step /= 2) {
      for (let fx = step; fx < 1; fx += step * 2) {
        for (let fy = step; fy < 1; fy += step * 2) {
          const x = box.left + box.width * fx;
          const y = box.top + box.height * fy;
          if (document.elementFromPoint(x, y) === shape) return { x, y };
        }
      }
    }
    return null;
  });
  if (!point) throw new Error(`No visible point of ${selector} to click`);
  await page.mouse.click(point.x, point.y);
}

/** Waits until the directory's results have loaded (the section is no longer busy). */
export async function waitForResults(page: Page): Promise<void> {
  await page.locator('section.results[aria-busy="false"]').waitFor();
}

/** The text of each page of a PDF, read by pdf.js (Mozilla's reader, not ours); blanks collapsed, since lines wrap where a space was. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
    pages.push(text.replace(/\s+/g, ' '));
  }
  await document.destroy();
  return pages;
}
