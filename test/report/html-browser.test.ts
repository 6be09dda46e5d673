import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoverageReport } from '../../src/model.js';
import { htmlReport } from '../../src/report/html.js';
import { repoRoot } from '../support/corpus.js';
import { HOSTILE, ORDINARY, OPTIONS } from './fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  if (process.env.CI === 'true') throw new Error(`${CHROMIUM} is required when CI=true, and it is absent.`);
  console.warn(`Skipping the HTML report browser tests: ${CHROMIUM} is absent (they are required when CI=true).`);
}

interface Opened {
  page: Page;
  url: string;
  requests: string[];
  problems: string[];
}

describe.skipIf(!hasChromium)('htmlReport in headless Chromium', () => {
  let browser: Browser;
  let dir: string;
  const opened: Opened[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'gherkin-bridge-html-'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
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
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(name: string, report: CoverageReport, width = 1280): Promise<Opened> {
    const file = path.join(dir, `${name}.html`);
    writeFileSync(file, htmlReport(report, OPTIONS));
    const url = pathToFileURL(file).href;
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const requests: string[] = [];
    const problems: string[] = [];
    await context.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    const page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.goto(url);
    await page.waitForSelector('html[data-ready="true"]');
    const result = { page, url, requests, problems };
    opened.push(result);
    return result;
  }

  async function visibleRows(page: Page): Promise<string[]> {
    return page
      .locator('[data-testid="req-row"]:visible')
      .evaluateAll((rows) => rows.map((row) => `${row.getAttribute('data-design')}/${row.getAttribute('data-requirement')}`));
  }

  function rowsOf(report: CoverageReport, keep: (status: string, slug: string) => boolean = () => true): string[] {
    return report.designs.flatMap((d) => d.requirements.filter((r) => keep(r.status, d.slug)).map((r) => `${d.slug}/${r.id}`));
  }

  it('shows the summary counts of the report', async () => {
    for (const [name, report] of [['ordinary', ORDINARY], ['hostile', HOSTILE]] as const) {
      const { page } = await open(`counts-${name}`, report);
      const s = report.summary;
      const expected: Record<string, string> = {
        designs: String(s.designs),
        'feature-files': String(s.featureFiles),
        scenarios: String(s.scenarios),
        expected: String(s.expected),
        covered: String(s.covered),
        uncovered: String(s.uncovered),
        coverage: `${s.coverage}%`,
        errors: String(s.errors),
        warnings: String(s.warnings),
      };
      for (const [key, value] of Object.entries(expected)) {
        await expect(page.getByTestId(`count-${key}`).textContent()).resolves.toBe(value);
      }
      await expect(page.getByTestId('req-row').count()).resolves.toBe(s.requirements);
      await expect(page.getByTestId('finding-row').count()).resolves.toBe(report.findings.length);
      const statuses = await page.getByTestId('req-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
      expect(statuses).toEqual(report.designs.flatMap((d) => d.requirements.map((r) => r.status)));
      const bars = await page.getByTestId('design').evaluateAll((sections) =>
        sections.map((s) => s.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')),
      );
      expect(bars).toEqual(report.designs.map((d) => String(d.coverage)));
    }
  });

  it('filters rows by status, design and free text, client-side', async () => {
    const { page } = await open('filters', ORDINARY);
    expect(await visibleRows(page)).toEqual(rowsOf(ORDINARY));

    await page.getByTestId('filter-status').selectOption('uncovered');
    expect(await visibleRows(page)).toEqual(rowsOf(ORDINARY, (status) => status === 'uncovered'));
    await page.getByTestId('filter-status').selectOption('not-expected');
    expect(await visibleRows(page)).toEqual(['conversation-export/R4', 'rate-limits/U1']);

    await page.getByTestId('filter-design').selectOption('rate-limits');
    expect(await visibleRows(page)).toEqual(['rate-limits/U1']);
    await page.getByTestId('filter-status').selectOption('');
    expect(await visibleRows(page)).toEqual(rowsOf(ORDINARY, (_, slug) => slug === 'rate-limits'));
    await expect(page.locator('[data-testid="design"]:visible').count()).resolves.toBe(1);
    const findingDesigns = await page
      .locator('[data-testid="finding-row"]:visible')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-design')));
    expect(findingDesigns).toEqual(ORDINARY.findings.filter((f) => f.design === 'rate-limits').map(() => 'rate-limits'));

    await page.getByTestId('filter-design').selectOption('');
    await page.getByTestId('filter-text').fill('AUDIT');
    expect(await visibleRows(page)).toEqual(['conversation-export/R5']);
    await page.getByTestId('filter-text').fill('conversation_export.feature:30');
    expect(await visibleRows(page)).toEqual(['conversation-export/R2']);
    await page.getByTestId('filter-text').fill('no such text anywhere');
    expect(await visibleRows(page)).toEqual([]);
    await expect(page.locator('[data-testid="design"]:visible').count()).resolves.toBe(0);
    await expect(page.getByTestId('visible-count').textContent()).resolves.toMatch(/^Showing 0 of 7 requirements/);

    await page.getByTestId('filter-reset').click();
    expect(await visibleRows(page)).toEqual(rowsOf(ORDINARY));
  });

  it('renders hostile text as text: no injected element, no script run', async () => {
    const { page } = await open('hostile', HOSTILE);
    await expect(page.locator('#pwn, img, iframe, object, embed').count()).resolves.toBe(0);
    await expect(page.locator('script').count()).resolves.toBe(2);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const title = await page.getByTestId('design').locator('h2').textContent();
    expect(title).toContain('<b id="pwn">bold</b> & ]]> 100% %0A::error::x, y | z');
    expect(title).toContain('</script><script>window.__pwned=1</script><!--');
    expect(title).toContain('🚀 שלום עולם');
    const r2 = await page.locator('[data-requirement="R2"]').textContent();
    expect(r2).toContain('<img src=x onerror="window.__pwned=2">');
    const scenario = await page.getByTestId('scenario').textContent();
    expect(scenario).toContain('Scenario Evil <b id="pwn">');
    await page.getByTestId('filter-text').fill('REQ evil <b id="pwn">');
    expect(await visibleRows(page)).toEqual(['e-vil/R1']);
  });

  it('fits a 375px-wide phone screen without horizontal scrolling', async () => {
    for (const [name, report] of [['ordinary', ORDINARY], ['hostile', HOSTILE]] as const) {
      const { page } = await open(`phone-${name}`, report, 375);
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    }
  });

  it('prints every row and no filters, whatever is filtered on screen', async () => {
    const { page } = await open('print', ORDINARY);
    await page.getByTestId('filter-status').selectOption('covered');
    expect((await visibleRows(page)).length).toBeLessThan(ORDINARY.summary.requirements);
    await page.emulateMedia({ media: 'print' });
    expect(await visibleRows(page)).toEqual(rowsOf(ORDINARY));
    await expect(page.getByTestId('filters').isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await visibleRows(page)).toEqual(rowsOf(ORDINARY, (status) => status === 'covered'));
  });

  it('saves a screenshot of a representative report to docs/images/html-report.png', async () => {
    const { page } = await open('screenshot', ORDINARY);
    const target = path.join(repoRoot, 'docs/images/html-report.png');
    mkdirSync(path.dirname(target), { recursive: true });
    const png = await page.screenshot({ path: target, fullPage: true });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(existsSync(target)).toBe(true);
  });

  it('shows run results: a chip per status, a filter by each, the failure message, a mark on pending scenarios', async () => {
    const report = structuredClone(ORDINARY);
    const expected = report.designs.flatMap((d) => d.requirements.filter((r) => r.expected && r.scenarios.length > 0));
    const [failed, pending, passed] = expected;
    expect(passed).toBeDefined();
    const mark = (requirement: typeof failed, status: 'failed' | 'pending' | 'passed', message?: string) => {
      if (!requirement) return;
      requirement.status = status;
      requirement.scenarios = requirement.scenarios.map((s) => ({ ...s, status, ...(message ? { message } : {}) }));
    };
    mark(failed, 'failed', 'AssertionError: expected 200, got 500');
    mark(pending, 'pending');
    mark(passed, 'passed');
    const { page } = await open('results', report);
    const options = await page.getByTestId('filter-status').locator('option').evaluateAll((nodes) => nodes.map((n) => (n as HTMLOptionElement).value));
    expect(options).toEqual(['', 'failed', 'uncovered', 'pending', 'not-run', 'covered', 'passed', 'not-expected']);
    for (const status of ['failed', 'pending', 'passed']) {
      await page.getByTestId('filter-status').selectOption(status);
      expect(await visibleRows(page)).toEqual(rowsOf(report, (s) => s === status));
    }
    await page.getByTestId('filter-status').selectOption('failed');
    await expect(page.getByTestId('failure-message').first().innerText()).resolves.toBe('AssertionError: expected 200, got 500');
    await page.getByTestId('filter-status').selectOption('pending');
    const pendingRow = page.locator('[data-testid="req-row"]:visible');
    await expect(pendingRow.getByTestId('scenario-status').first().innerText()).resolves.toBe('pending');
    const chips = await page.locator('[data-testid="req-row"] .badge').evaluateAll((nodes) => [...new Set(nodes.map((n) => n.className))]);
    expect(chips).toEqual(expect.arrayContaining(['badge badge-failed', 'badge badge-pending', 'badge badge-passed']));
  });

  it('made no network request and logged no console or page error on any page above', () => {
    expect(opened.length).toBeGreaterThanOrEqual(8);
    for (const { url, requests, problems } of opened) {
      expect(requests).toEqual([url]);
      expect(problems).toEqual([]);
    }
  });
});
