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
    app = await createApp({
        config: loadConfig({ PORT: '0', STORAGE: 'memory', AGENTS: 'alice:alice-secret-123' }),
        logger: silentLogger,
    });
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

type Doc = { document: { body: { innerText: string } } };
const shows = (page: Page, text: string, timeout = 15_000) =>
    page.waitForFunction((t) => (globalThis as unknown as Doc).document.body.innerText.includes(t), text, { timeout });

async function ask(page: Page, text: string) {
    const box = page.locator('[data-id="webchat-sendbox-input"]');
    await box.fill(text);
    await box.press('Enter');
}

describe('agent console with a parent in the chat page (Chromium)', () => {
    it('queues the parent, the agent accepts and chats as plain text, hands back, the bot answers again', async () => {
        const parent = await browser.newPage();
        await parent.goto(base);
        await shows(parent, 'I can help you get and activate', 20_000);
        await ask(parent, 'what documents do I need to bring');
        await shows(parent, 'household register');
        await ask(parent, 'talk to a person');
        await shows(parent, 'asked a person from the support team');

        const agent = await browser.newPage();
        await agent.goto(`${base}/agent`);
        await agent.fill('#name', 'alice');
        await agent.fill('#secret', 'wrong-secret-000');
        await agent.click('#signin button');
        await shows(agent, 'wrong name or secret');
        await agent.fill('#secret', 'alice-secret-123');
        await agent.click('#signin button');
        await shows(agent, 'Signed in as alice');
        await shows(agent, 'what documents do I need to bring');
        await agent.locator('#queue .item').first().click();
        await shows(agent, 'handoff requested');
        await agent.click('#accept');
        await shows(parent, 'alice from the support team has joined the chat.');

        await agent.fill('#message', 'Hello! <b>Which city</b> are you in?');
        await agent.click('#send');
        // Shown as text, never as markup.
        await shows(parent, 'alice (support): Hello! <b>Which city</b> are you in?');

        await ask(parent, '<img src=x onerror=alert(1)> Shanghai');
        await shows(agent, '<img src=x onerror=alert(1)> Shanghai');
        expect(await agent.locator('#transcript img').count()).toBe(0);

        await agent.click('#handback');
        await shows(parent, "I'm back");
        await ask(parent, 'what is the legal basis');
        await shows(parent, 'does not itself list documents');
        await mkdir('test-artifacts', { recursive: true });
        await agent.screenshot({ path: 'test-artifacts/agent-console.png' });
    }, 120_000);
});
