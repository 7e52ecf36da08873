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
        await page.goto(base);
        await shows(page, 'I can help you get and activate', 20_000);

        await ask(page, 'What do I need to bring to activate my child’s social security card?');
        await shows(page, 'household registration book', 15_000);
        await shows(page, 'Legal basis: Article 16');

        await ask(page, '激活孩子社保卡需要带什么证件');
        await shows(page, '父母的身份证', 15_000);
        await shows(page, '法律依据：');

        await ask(page, 'walk me through the steps');
        await shows(page, 'Step 1 of 7: Submit an application', 15_000);
        await page.getByRole('button', { name: 'Next', exact: true }).last().click();
        await shows(page, 'Step 2 of 7: Prepare the materials', 15_000);
        await page.getByRole('button', { name: 'Next', exact: true }).last().click();
        await shows(page, 'Step 3 of 7: Photo collection', 15_000);
        await page.getByRole('button', { name: 'Next', exact: true }).last().click();
        await shows(page, 'Step 4 of 7: Information check', 15_000);

        await page.reload();
        await shows(page, 'Step 4 of 7: Information check', 20_000);
        await shows(page, 'household registration book');
        await mkdir('test-artifacts', { recursive: true });
        await page.screenshot({ path: 'test-artifacts/webchat.png', fullPage: true });

        // A second tab gets its own conversation: the greeting, not the history.
        const other = await browser.newPage();
        await other.goto(`${base}/?locale=zh-CN`);
        await shows(other, '您好！我可以帮您', 20_000);
        expect(await other.evaluate(() => (globalThis as unknown as { document: { body: { innerText: string } } }).document.body.innerText.includes('Step 4 of 7'))).toBe(false);
        await other.close();
        await page.close();
    }, 120_000);

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
