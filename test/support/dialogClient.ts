import { DialogTestClient } from 'botbuilder-testing';
import { buildBot } from './content.js';

/** A DialogTestClient on the root dialog, with the same message reading the bot does. */
export async function rootClient(channelId = 'test') {
    const b = await buildBot();
    const c = new DialogTestClient(channelId, b.rootDialog, undefined, [b.reader.middleware()], b.conversationState);
    return {
        send: (text: string) => c.sendActivity(text),
        next: () => c.getNextReply(),
        client: c,
    };
}
