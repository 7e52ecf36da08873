import type { Answers } from '../core/answers.js';
import type { Catalog } from '../i18n.js';
import type { Lang } from '../kb/schema.js';

/** WeChat's custom menu limits (自定义菜单): buttons and UTF-8 bytes. */
export const MENU_LIMITS = { buttons: 3, subButtons: 5, nameBytes: 16, subNameBytes: 40, keyBytes: 128 } as const;

export interface ClickButton {
    type: 'click';
    name: string;
    key: string;
}
export interface MenuButton {
    name: string;
    sub_button: ClickButton[];
}
export interface WeChatMenu {
    button: (ClickButton | MenuButton)[];
}

export class MenuError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'MenuError';
    }
}

/**
 * How the menu topics are arranged in WeChat's three buttons: a group has a name (catalogue key) and
 * sub-items; a group without a name is one button. Topics the layout does not place go under the last group.
 */
const LAYOUT: { nameKey?: string; topics: string[] }[] = [
    { nameKey: 'wechat.menu.getCard', topics: ['documents', 'walkthrough', 'card-kinds', 'newborn-insurance'] },
    { topics: ['activation'] },
    { nameKey: 'wechat.menu.more', topics: ['legal-basis', 'human'] },
];

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/**
 * The Official Account's custom menu built from the bot's menu topics. A click sends the button's
 * label as the CLICK key, which the bot reads like the label typed (see readIncoming). Throws
 * {@link MenuError} when a name or key is over WeChat's limits, naming it.
 */
export function buildMenu(answers: Answers, catalog: Catalog, lang: Lang = 'zh'): WeChatMenu {
    const intents = answers.buttonIntents();
    const actions = answers.menuActions(lang);
    const byTopic = new Map(actions.map((a) => [intents.get(a.value) ?? a.value, a]));
    const placed = new Set(LAYOUT.flatMap((g) => g.topics));
    const leftovers = [...byTopic.keys()].filter((t) => !placed.has(t));
    const click = (topic: string, maxName: number): ClickButton | undefined => {
        const action = byTopic.get(topic);
        if (!action) return undefined;
        if (bytes(action.label) > maxName) throw new MenuError(`menu name "${action.label}" is over ${maxName} bytes`);
        if (bytes(action.value) > MENU_LIMITS.keyBytes)
            throw new MenuError(`menu key "${action.value}" is over ${MENU_LIMITS.keyBytes} bytes`);
        return { type: 'click', name: action.label, key: action.value };
    };
    const button: WeChatMenu['button'] = [];
    LAYOUT.forEach((group, i) => {
        const topics = i === LAYOUT.length - 1 ? [...group.topics, ...leftovers] : group.topics;
        if (!group.nameKey) {
            for (const t of topics) {
                const b = click(t, MENU_LIMITS.nameBytes);
                if (b) button.push(b);
            }
            return;
        }
        const subs = topics.map((t) => click(t, MENU_LIMITS.subNameBytes)).filter((b): b is ClickButton => !!b);
        if (!subs.length) return;
        if (subs.length > MENU_LIMITS.subButtons)
            throw new MenuError(
                `menu group ${group.nameKey} has ${subs.length} items (at most ${MENU_LIMITS.subButtons})`,
            );
        const name = catalog.t(lang, group.nameKey);
        if (bytes(name) > MENU_LIMITS.nameBytes)
            throw new MenuError(`menu name "${name}" is over ${MENU_LIMITS.nameBytes} bytes`);
        button.push({ name, sub_button: subs });
    });
    if (button.length > MENU_LIMITS.buttons)
        throw new MenuError(`the menu has ${button.length} buttons (at most ${MENU_LIMITS.buttons})`);
    return { button };
}

export interface MenuCommandDeps {
    answers: Answers;
    catalog: Catalog;
    /** Present when WECHAT_APP_ID and WECHAT_APP_SECRET are set: the menu is then created. */
    api?: { createMenu(menu: unknown): Promise<void> };
    print: (line: string) => void;
}

/** `npm run wechat:menu`: prints the menu JSON and, with credentials, creates it through /cgi-bin/menu/create. */
export async function runMenuCommand(deps: MenuCommandDeps): Promise<WeChatMenu> {
    const menu = buildMenu(deps.answers, deps.catalog);
    deps.print(JSON.stringify(menu, null, 2));
    if (!deps.api) {
        deps.print('WECHAT_APP_ID/WECHAT_APP_SECRET not set: menu printed, not created.');
        return menu;
    }
    await deps.api.createMenu(menu);
    deps.print(
        'Menu created (WeChat clients show it within a few minutes; unfollow and follow again to see it at once).',
    );
    return menu;
}
