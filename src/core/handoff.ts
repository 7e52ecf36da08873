import type { Lang } from '../kb/schema.js';
import type { Reply } from './reply.js';
import type { ChatHolder, CoreDeps } from './turn.js';

/** What changes who has the chat outside the parent's turns. */
export type HandoffNotice =
    /** A contact-centre hub's `handoff.status`, with its reason (already bounded) and who had the chat before. */
    | { kind: 'hub'; state: 'accepted' | 'failed' | 'completed'; message?: string | undefined; before: ChatHolder }
    /** An agent took the chat. */
    | { kind: 'agentJoined'; agent: string }
    /** An agent's message, passed on. */
    | { kind: 'agentSays'; agent: string; text: string }
    /** The agent gave the chat back (or closed it). */
    | { kind: 'agentLeft' };

/**
 * What the parent is told when who has the chat changes outside their turn (pure; the handoff gate
 * sends it through the conversation's channel), or null when there is nothing to say. Others' words
 * (an agent's message, a hub's reason) are marked `plain`: never read as markup.
 */
export function handoffNotice(
    notice: HandoffNotice,
    lang: Lang,
    deps: Pick<CoreDeps, 'answers' | 'catalog'>,
): Reply | null {
    const { answers, catalog } = deps;
    const menu = answers.menuActions(lang);
    const line = (key: string, actions: Reply['actions'], vars: Record<string, string> = {}): Reply => ({
        ...answers.simple(lang, key, actions, vars),
        plain: true,
        meta: { kind: 'handoff' },
    });
    switch (notice.kind) {
        case 'hub':
            if (notice.state === 'failed')
                return line('handoff.failed', menu, {
                    message: notice.message || catalog.t(lang, 'handoff.failedNoReason'),
                });
            // The chat is back with the bot: said only if a person had it (or was coming).
            if (notice.state === 'completed' && notice.before !== 'bot')
                return { ...line('handoff.back', menu), plain: false };
            return null;
        case 'agentJoined':
            return line('handoff.agentJoined', [], { agent: notice.agent });
        case 'agentSays':
            return line('handoff.agentSays', [], { agent: notice.agent, text: notice.text });
        case 'agentLeft':
            return line('handoff.back', menu);
    }
}
