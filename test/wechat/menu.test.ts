import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MemoryStorage } from '../../src/storage/memoryStorage.js';
import { loadContent } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { WeChatApi } from '../../src/wechat/api.js';
import { buildMenu, MENU_LIMITS, runMenuCommand, type ClickButton } from '../../src/wechat/menu.js';
import { APP_ID, APP_SECRET, clock, startFakeWeChatApi, type FakeWeChatApi } from './support.js';

let content: Awaited<ReturnType<typeof loadContent>>;
let fake: FakeWeChatApi;

beforeAll(async () => {
    content = await loadContent(loadConfig({}));
    fake = await startFakeWeChatApi();
});
afterAll(async () => {
    await fake?.close();
});

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('the Official Account menu', () => {
    it('holds every menu topic within WeChat’s limits, each click carrying a text the bot reads as that topic', () => {
        const menu = buildMenu(content.answers, content.catalog);
        expect(menu.button.length).toBeLessThanOrEqual(MENU_LIMITS.buttons);
        const clicks: ClickButton[] = [];
        for (const b of menu.button) {
            expect(bytes(b.name)).toBeLessThanOrEqual(MENU_LIMITS.nameBytes);
            if ('sub_button' in b) {
                expect(b.sub_button.length).toBeGreaterThanOrEqual(1);
                expect(b.sub_button.length).toBeLessThanOrEqual(MENU_LIMITS.subButtons);
                for (const s of b.sub_button) expect(bytes(s.name)).toBeLessThanOrEqual(MENU_LIMITS.subNameBytes);
                clicks.push(...b.sub_button);
            } else clicks.push(b);
        }
        const intents = content.answers.buttonIntents();
        expect(clicks.map((c) => intents.get(c.key)).sort()).toEqual([
            'activation',
            'card-kinds',
            'documents',
            'human',
            'legal-basis',
            'newborn-insurance',
            'walkthrough',
        ]);
        for (const c of clicks) expect(bytes(c.key)).toBeLessThanOrEqual(MENU_LIMITS.keyBytes);
    });

    it('npm run wechat:menu prints it, and with credentials creates it through menu/create', async () => {
        const printed: string[] = [];
        await runMenuCommand({ ...content, print: (l) => printed.push(l) });
        expect(JSON.parse(printed[0]!)).toEqual(buildMenu(content.answers, content.catalog));
        expect(fake.menus).toEqual([]);

        const api = new WeChatApi({
            appId: APP_ID,
            appSecret: APP_SECRET,
            baseUrl: fake.url,
            storage: new MemoryStorage(),
            clock,
            logger: silentLogger,
        });
        await runMenuCommand({ ...content, api, print: () => undefined });
        expect(fake.menus).toEqual([buildMenu(content.answers, content.catalog)]);
    });
});
