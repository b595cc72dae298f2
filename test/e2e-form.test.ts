// The demo reporting form (examples/form/) in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core): three reports answered question by question, the verdict shown live, the language switched,
// and a screenshot for the README (docs/form.png).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { buildFormExample } from '../scripts/build-form-example.mjs';

const CHROMIUM = '/usr/bin/chromium';
const root = join(import.meta.dirname, '..');
const formDir = join(root, 'examples', 'form');
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium package`);

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.png': 'image/png' };

let server: Server;
let browser: BrowserContext;
let base: string;
let profile: string;

beforeAll(async () => {
  if (!available) return;
  await buildFormExample();
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
    const file = join(formDir, path === '' ? 'index.html' : path);
    if (!file.startsWith(formDir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  profile = mkdtempSync(join(tmpdir(), 'netralitas-chromium-'));
  // A fresh profile directory (playwright passes it as --user-data-dir).
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function open(): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(5_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(base);
  await page.waitForSelector('[data-testid="verdict"]');
  expect(errors).toEqual([]);
  return page;
}

const select = (page: Page, field: string, value: string) => page.selectOption(`select[data-field="${field}"]`, value);
const radio = (page: Page, field: string, value: string) => page.check(`input[data-field="${field}"][value="${value}"]`);
const verdict = (page: Page) => page.getAttribute('[data-testid="verdict"]', 'data-verdict');
const items = (page: Page) => page.$$eval('[data-testid="items"] li[data-item]', (li) => li.map((x) => x.getAttribute('data-item')));
const asked = (page: Page) => page.$$eval('fieldset.open[data-question]', (fs) => fs.map((x) => x.getAttribute('data-question')));

describe.skipIf(!available)('demo reporting form in Chromium', { timeout: 30_000 }, () => {
  it('asks the employment and the act first, then only what matters: a kode etik report', async () => {
    const page = await open();
    expect(await asked(page)).toEqual(['employment', 'act']);
    expect(await page.textContent('h1')).toBe('Laporan dugaan pelanggaran netralitas ASN');
    await select(page, 'actor.employment', 'pns');
    await select(page, 'act.kind', 'install_campaign_props');
    expect(await verdict(page)).toBe('needs_information');
    expect(await asked(page)).toEqual(['stage']);
    await radio(page, 'stage', 'bakal_calon');
    expect(await verdict(page)).toBe('violation');
    expect(await items(page)).toEqual(['kode_etik 1']);
    expect(await page.getAttribute('[data-testid="category"]', 'data-category')).toBe('kode_etik');
    expect(await page.getAttribute('[data-testid="sanction"]', 'data-level')).toBe('sanksi_moral');
    expect(await page.textContent('[data-testid="sanction"]')).toContain('Sanksi moral');
    expect(await page.$$eval('[data-testid="bases"] li', (li) => li.map((x) => x.getAttribute('data-basis')))).toContain('skb-2022/ke-1');
    expect(await page.textContent('[data-testid="tracks"]')).toContain('Majelis Kode Etik');
    expect(await asked(page)).toEqual([]);
    await page.close();
  });

  it('a disiplin report, with the stage derived from the date and the election', async () => {
    const page = await open();
    await select(page, 'actor.employment', 'pns');
    await select(page, 'act.kind', 'install_campaign_props');
    await radio(page, 'election', 'pilkada_2024');
    await page.fill('input[data-field="date"]', '2024-10-01');
    expect(await asked(page)).toEqual(['stage']);
    // The office is offered because the calendar derives the stage from election, date and office.
    await select(page, 'target.office', 'bupati');
    expect(await asked(page)).toEqual([]);
    expect(await verdict(page)).toBe('violation');
    expect(await items(page)).toEqual(['disiplin 1']);
    expect(await page.getAttribute('[data-testid="category"]', 'data-category')).toBe('disiplin');
    expect(await page.getAttribute('[data-testid="sanction"]', 'data-level')).toBe('berat');
    expect(await page.textContent('[data-testid="sanction"]')).toContain('Hukuman disiplin berat');
    expect(await page.textContent('[data-testid="tracks"]')).toContain('Tim Pemeriksa');
    expect(await page.textContent('[data-testid="explanation"]')).toContain('Tahap pencalonan diturunkan dari tanggal 2024-10-01: Calon');
    await page.close();
  });

  it('a report needing more information asks for CLTN only where a rule reads it, and decides once answered', async () => {
    const page = await open();
    await select(page, 'actor.employment', 'pns');
    await select(page, 'act.kind', 'attend_declaration_or_campaign');
    expect(await verdict(page)).toBe('needs_information');
    expect(await asked(page)).toEqual(['cltn', 'activeSupport', 'relation', 'stage']);
    // The spouse of a candidate is bound by the general items too (KE-7 adds an offence and exempts from nothing), so
    // active support and the stage are still asked beside CLTN.
    await radio(page, 'target.relation', 'spouse');
    expect(await verdict(page)).toBe('needs_information');
    expect([...(await asked(page))].sort()).toEqual(['activeSupport', 'cltn', 'stage']);
    expect((await page.$$eval('[data-testid="missing"] li', (li) => li.map((x) => x.getAttribute('data-fact')))).sort()).toEqual(['activeSupport', 'cltn', 'stage']);
    await select(page, 'act.kind', 'seek_own_candidacy');
    expect(await asked(page)).toContain('cltn');
    await select(page, 'act.kind', 'online_campaign');
    expect(await asked(page)).not.toContain('cltn');
    await select(page, 'act.kind', 'attend_declaration_or_campaign');
    await radio(page, 'actor.cltn', 'false');
    await radio(page, 'act.activeSupport', 'false');
    await radio(page, 'stage', 'bakal_calon');
    expect(await verdict(page)).toBe('violation');
    expect(await items(page)).toEqual(['kode_etik 7']);

    await page.click('button[data-lang="en"]');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('[data-testid="verdict"]')).toBe('Violation');
    expect(await page.textContent('[data-testid="sanction"]')).toContain('Moral sanction');
    expect(await page.textContent('fieldset[data-question="cltn"] legend')).toBe('Was the person on cuti di luar tanggungan negara (CLTN) at the time?');
    const shot = join(root, 'docs', 'form.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(shot).length).toBeGreaterThan(20_000);
    await page.click('button[data-lang="id"]');
    expect(await page.textContent('[data-testid="verdict"]')).toBe('Pelanggaran');
    await page.close();
  });

  it('a whole report by keyboard alone keeps the focus on the control answered', async () => {
    const page = await open();
    const active = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('data-field') ?? document.activeElement?.tagName ?? '');
    const tabTo = async (field: string) => {
      for (let i = 0; i < 40 && (await active()) !== field; i++) await page.keyboard.press('Tab');
      expect(await active()).toBe(field);
    };
    const selectTo = async (field: string, value: string) => {
      await tabTo(field);
      for (let i = 0; i < 80 && (await page.inputValue(`select[data-field="${field}"]`)) !== value; i++) {
        await page.keyboard.press('ArrowDown');
        expect(await active()).toBe(field);
      }
      expect(await page.inputValue(`select[data-field="${field}"]`)).toBe(value);
    };
    await selectTo('actor.employment', 'pns');
    await selectTo('act.kind', 'install_campaign_props');
    expect(await asked(page)).toEqual(['stage']);
    await tabTo('stage');
    await page.keyboard.press('Space');
    expect(await active()).toBe('stage');
    for (let i = 0; i < 6 && !(await page.isChecked('input[data-field="stage"][value="bakal_calon"]')); i++) {
      await page.keyboard.press('ArrowRight');
      expect(await active()).toBe('stage');
    }
    expect(await verdict(page)).toBe('violation');
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
    await page.close();
  });

  it('labels the reference and date, announces only the verdict, and fits a 390 px screen', async () => {
    const page = await open();
    expect(await verdict(page)).toBe('prompt');
    expect(await page.textContent('[data-testid="verdict"]')).not.toContain('Data tidak valid');
    expect(await page.textContent('[data-testid="verdict"]')).toContain('status kepegawaian');
    expect(await page.$$eval('input[data-field="reference"], input[data-field="date"]', (xs) => xs.map((x) => (x as HTMLInputElement).labels?.length ?? 0))).toEqual([1, 1]);
    expect(await page.getAttribute('#result', 'aria-live')).toBeNull();
    await select(page, 'actor.employment', 'pns');
    await select(page, 'act.kind', 'install_campaign_props');
    expect(await page.textContent('[role="status"]')).toBe('Perlu informasi tambahan');
    await page.setViewportSize({ width: 390, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.close();
  });

  it('has no critical or serious axe-core violations in either language', async () => {
    const page = await open();
    await select(page, 'actor.employment', 'pns');
    await select(page, 'act.kind', 'attend_declaration_or_campaign');
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core') });
    for (const lang of ['id', 'en']) {
      await page.click(`button[data-lang="${lang}"]`);
      const bad = await page.evaluate(async () => {
        const r = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run();
        return r.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => v.id);
      });
      expect(bad, lang).toEqual([]);
    }
    await page.close();
  });
});
