import type { Capabilities } from '../core/turn.js';

/**
 * What a channel can show, decided in one place from its id and conversation type. Dialogs never
 * look at the channel: they produce a Reply and the renderer adapts it.
 */
export interface ChannelCapabilities {
    /** Hero cards render. */
    cards: boolean;
    /** Suggested-action chips render (Teams: personal chat only). */
    suggestedActions: boolean;
    /** Markdown renders instead of showing raw asterisks. */
    markdown: boolean;
    /** Plain text may carry `<a href>` links (WeChat), shown as tappable labels instead of whole addresses. */
    htmlLinks?: boolean;
    /** One message per incoming message (WeChat without API credentials): a turn's replies are joined into one. */
    oneMessage?: boolean;
}

/** What the core needs to know of a channel's capabilities. */
export function coreCapabilities(caps: ChannelCapabilities): Capabilities {
    return { numberedOptions: !caps.suggestedActions, oneMessage: caps.oneMessage ?? false };
}

const RICH: ChannelCapabilities = { cards: true, suggestedActions: true, markdown: true };
const PLAIN: ChannelCapabilities = { cards: false, suggestedActions: false, markdown: false };

export function capabilitiesFor(channelId: string | undefined, conversationType?: string): ChannelCapabilities {
    switch (channelId) {
        case 'emulator':
        case 'webchat':
        case 'directline':
        case 'test':
            return RICH;
        case 'msteams':
            // Teams shows suggested actions only in personal chat; group chats and channels need card buttons.
            return {
                cards: true,
                suggestedActions: conversationType === 'personal' || !conversationType,
                markdown: true,
            };
        case 'wechat':
            // WeChat's text messages show <a href> as a tappable label (and nothing else of HTML).
            return { ...PLAIN, htmlLinks: true };
        default:
            // SMS, Telegram, Slack, Facebook, LINE and channels we do not know: plain numbered text is safe everywhere.
            return PLAIN;
    }
}
