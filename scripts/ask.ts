/**
 * `npm run ask -- <en|zh> <rich|plain> "message" ["message" ...]`: one conversation with the pure core,
 * printing each reply's visible text as the channel shows it, its length and what it says it is
 * (`meta`), and what the bot holds about the child after each turn. For looking at answers while
 * writing content; nothing is stored or sent.
 */
import { capabilitiesFor, coreCapabilities } from '../src/channels/capabilities.js';
import { loadContent } from '../src/app.js';
import { chinaDate, systemClock } from '../src/clock.js';
import { newConversationData, type ConversationData } from '../src/core/conversation.js';
import { decide } from '../src/core/decide.js';
import { understandMessage } from '../src/core/read.js';
import { toPlainText, visibleText } from '../src/core/reply.js';
import type { Lang } from '../src/kb/schema.js';

const [defaultLang, channel, ...messages] = process.argv.slice(2);
if (!['en', 'zh'].includes(defaultLang ?? '') || !['rich', 'plain'].includes(channel ?? '') || !messages.length) {
    console.error('usage: npm run ask -- <en|zh> <rich|plain> "message" ["message" ...]');
    process.exit(2);
}
const content = await loadContent({
    KB_FILE: process.env.KB_FILE ?? 'data/kb.json',
    LOCALES_DIR: process.env.LOCALES_DIR ?? 'data/locales',
});
const { answers, catalog, understander, flows } = content;
const caps = capabilitiesFor(channel === 'rich' ? 'webchat' : 'wechat');
const plain = !caps.suggestedActions;
const today = chinaDate(systemClock.now());
let state: ConversationData = newConversationData();
for (const said of messages) {
    const { understanding, lang } = understandMessage(said, state, {
        numberedOptions: plain,
        defaultLang: defaultLang as Lang,
        understander,
    });
    const decision = decide(
        state,
        { understanding, lang, canHandOff: false, today, capabilities: coreCapabilities(caps) },
        { answers, catalog, flows },
    );
    state = decision.state;
    console.log(`\n>>> ${said}`);
    for (const reply of decision.replies) {
        const links = caps.htmlLinks ? 'html' : 'url';
        const text = toPlainText(reply, plain, catalog.t(lang, 'list.chooseByNumber'), links);
        const bare = visibleText(reply);
        console.log(
            `--- ${JSON.stringify(reply.meta ?? {})} (${[...bare].length} characters as the phone shows them, options excluded)`,
        );
        console.log(text);
    }
    if (state.child) console.log(`(holds: ${JSON.stringify(state.child)})`);
}
