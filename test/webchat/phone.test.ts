/**
 * Issue #17: the documents, activation and newborn answers on a phone (Chromium at 390 × 844), in
 * English and Chinese. Saves one screenshot per answer in test-artifacts/phone-*.png (looked at by
 * a person when the content changes) and checks what a parent sees without scrolling: the whole
 * answer bubble fits in the viewport.
 */
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
const PHONE = { width: 390, height: 844 };
let app: App;
let base: string;
let browser: BrowserContext;

beforeAll(async () => {
    if (!existsSync(CHROMIUM))
        throw new Error(`${CHROMIUM} is missing: run "apt-get install -y chromium" (.ci/run does)`);
    app = await createApp({ config: loadConfig({ PORT: '0', STORAGE: 'memory' }), logger: silentLogger });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await chromium.launchPersistentContext(await mkdtemp(path.join(os.tmpdir(), 'chromium-')), {
        executablePath: CHROMIUM,
        headless: true,
        viewport: PHONE,
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
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
}, 60_000);

afterAll(async () => {
    await browser?.close();
    app?.server.close();
});

type Doc = { body: { innerText: string } };
async function shows(page: Page, text: string, timeout = 20_000): Promise<void> {
    await page.waitForFunction(
        (t) => (globalThis as unknown as { document: Doc }).document.body.innerText.includes(t),
        text,
        { timeout },
    );
}

const CASES = [
    {
        name: 'documents',
        locale: 'en-US',
        hello: 'I can help you',
        ask: 'what do I need to bring',
        shows: 'One guardian brings',
    },
    {
        name: 'activation',
        locale: 'en-US',
        hello: 'I can help you',
        ask: 'how do I activate my child’s card',
        shows: 'It depends on the card',
    },
    {
        name: 'physical',
        locale: 'en-US',
        hello: 'I can help you',
        ask: 'how do I activate the physical social security card',
        shows: 'At a counter of the service bank',
    },
    {
        name: 'newborn',
        locale: 'en-US',
        hello: 'I can help you',
        ask: 'how do I enrol my newborn in medical insurance',
        shows: 'In principle, enrol your baby',
    },
    { name: 'documents', locale: 'zh-CN', hello: '您好', ask: '要带什么材料', shows: '由一位监护人携带' },
    {
        name: 'activation',
        locale: 'zh-CN',
        hello: '您好',
        ask: '孩子的卡怎么激活',
        shows: '在哪激活要看是哪一种卡',
    },
    {
        name: 'physical',
        locale: 'zh-CN',
        hello: '您好',
        ask: '实体社保卡怎么激活',
        shows: '到卡面标明的服务银行柜台办理',
    },
    { name: 'newborn', locale: 'zh-CN', hello: '您好', ask: '新生儿怎么参保', shows: '原则上在宝宝出生后90天内参保' },
] as const;

describe('answers on a phone screen (390 × 844)', () => {
    it('documents, activation (and the physical card) and newborn answers fit the screen in English and Chinese', async () => {
        await mkdir('test-artifacts', { recursive: true });
        for (const c of CASES) {
            const page = await browser.newPage();
            await page.goto(`${base}/?locale=${c.locale}&phone=${c.name}`);
            await page.evaluate(() =>
                (globalThis as unknown as { sessionStorage: { clear(): void } }).sessionStorage.clear(),
            );
            await page.reload();
            await shows(page, c.hello);
            const box = page.locator('[data-id="webchat-sendbox-input"]');
            await box.fill(c.ask);
            await box.press('Enter');
            await shows(page, c.shows);
            await page.waitForTimeout(300); // let the transcript scroll to the end
            const bubble = page.locator('.webchat__bubble', { hasText: c.shows }).last();
            const height = (await bubble.boundingBox())!.height;
            await page.screenshot({ path: `test-artifacts/phone-${c.name}-${c.locale.slice(0, 2)}.png` });
            expect({ answer: `${c.name} ${c.locale}`, fits: height <= PHONE.height - 120 }).toEqual({
                answer: `${c.name} ${c.locale}`,
                fits: true,
            });
            await page.close();
        }
    }, 180_000);
});
