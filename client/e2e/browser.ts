import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

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

/** A fresh context per test (no shared cookies, cache or history), French locale, a desktop window. */
export async function openPage(
  browser: Browser,
  url: string,
  options: { width?: number; height?: number } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    locale: 'fr-FR',
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
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

/** Runs axe-core in the page and fails on any "serious" or "critical" violation, listing them. */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  await page.addScriptTag({ path: AXE_SCRIPT });
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
