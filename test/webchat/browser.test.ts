import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';

const CHROMIUM = '/usr/bin/chromium';
let app: App;
let base: string;
let browser: BrowserContext;

beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run "apt-get install -y chromium" (.ci/run does)`);
    app = await createApp({ config: loadConfig({ PORT: '0', STORAGE: 'memory' }), logger: silentLogger });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await chromium.launchPersistentContext(await mkdtemp(path.join(os.tmpdir(), 'chromium-')), {
        executablePath: CHROMIUM,
        headless: true,
        locale: 'en-US',
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
}, 60_000);

afterAll(async () => {
    await browser?.close();
    app?.server.close();
});

/** Waits until the page shows the text (rendered transcript, not just the DOM). */
async function shows(page: Page, text: string, timeout = 15_000): Promise<void> {
    // Runs in the browser: `globalThis.document` there.
    await page.waitForFunction((t) => (globalThis as unknown as { document: { body: { innerText: string } } }).document.body.innerText.includes(t), text, { timeout });
}

async function ask(page: Page, text: string) {
    const box = page.locator('[data-id="webchat-sendbox-input"]');
    await box.fill(text);
    await box.press('Enter');
}

describe('chat page in Chromium', () => {
    it('greets, answers English and Chinese questions with sources, walks steps by button, keeps history on reload', async () => {
        const page = await browser.newPage();
        // The page runs under its Content-Security-Policy: nothing Web Chat needs may be refused by it.
        const refused: string[] = [];
        page.on('console', (m) => {
            if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
        });
        await page.goto(base);
        await shows(page, 'I can help you get and activate', 20_000);

        await ask(page, 'What do I need to bring to activate my child’s social security card?');
        await shows(page, 'household register', 15_000);
        await shows(page, 'Legal basis: Article 16');

        await ask(page, '激活孩子社保卡需要带什么证件');
        await shows(page, '一位监护人', 15_000);
        await shows(page, '法律依据：');

        await ask(page, 'walk me through the steps');
        await shows(page, 'Step 1 of 6: Enrol your child in medical insurance', 15_000);
        await page.getByRole('button', { name: 'Next', exact: true }).last().click();
        await shows(page, 'Step 2 of 6: Get the documents ready', 15_000);
        await page.getByRole('button', { name: 'Next', exact: true }).last().click();
        await shows(page, 'Step 3 of 6: Apply at a bank outlet or HRSS window', 15_000);
        await page.getByRole('button', { name: 'Next', exact: true }).last().click();
        await shows(page, 'Step 4 of 6: The photo (depends on the city)', 15_000);

        await page.reload();
        await shows(page, 'Step 4 of 6: The photo (depends on the city)', 20_000);
        await shows(page, 'household register');
        await mkdir('test-artifacts', { recursive: true });
        await page.screenshot({ path: 'test-artifacts/webchat.png', fullPage: true });
        expect(refused).toEqual([]);

        // A second tab gets its own conversation: the greeting, not the history.
        const other = await browser.newPage();
        await other.goto(`${base}/?locale=zh-CN`);
        await shows(other, '您好！我可以帮您', 20_000);
        expect(await other.evaluate(() => (globalThis as unknown as { document: { body: { innerText: string } } }).document.body.innerText.includes('Step 4 of 6'))).toBe(false);
        await other.close();
        await page.close();
    }, 120_000);

    it('renders a list answer as a list, one item a line, with its sources as links, in English and Chinese', async () => {
        await mkdir('test-artifacts', { recursive: true });
        for (const [locale, question, item, link] of [
            ['en-US', 'what do I need to bring', 'your own ID card (original)', 'Guangzhou HRSS Bureau'],
            ['zh-CN', '要带什么材料', '监护人本人身份证原件', '广州市人力资源和社会保障局'],
        ] as const) {
            const page = await browser.newPage();
            await page.setViewportSize({ width: 420, height: 1400 });
            await page.goto(`${base}/?locale=${locale}&list=${locale}`);
            await page.evaluate(() => (globalThis as unknown as { sessionStorage: { clear(): void } }).sessionStorage.clear());
            await page.reload();
            await shows(page, locale === 'en-US' ? 'I can help you' : '您好', 20_000);
            await ask(page, question);
            await shows(page, item, 15_000);
            // Each item is its own list element (a hero card's text ran them into one paragraph).
            const items = page.locator('li', { hasText: item });
            expect(await items.count()).toBe(1);
            expect(await page.locator('li').count()).toBeGreaterThanOrEqual(4);
            const anchor = page.getByRole('link', { name: new RegExp(link) }).last();
            expect(await anchor.getAttribute('href')).toMatch(/^https:\/\/rsj\.gz\.gov\.cn\//);
            await page.screenshot({ path: `test-artifacts/list-${locale}.png`, fullPage: true });
            await page.close();
        }
    }, 90_000);

    it('says clearly when the bot cannot be reached', async () => {
        const down = await browser.newPage();
        await down.route('**/api/webchat/token', (route) => route.abort('connectionrefused'));
        await down.goto(`${base}/?fresh=1`);
        await down.evaluate(() => (globalThis as unknown as { sessionStorage: { clear(): void } }).sessionStorage.clear());
        await down.reload();
        await shows(down, 'Cannot reach the assistant');
        await down.close();
    }, 60_000);
});
