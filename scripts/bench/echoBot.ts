/**
 * The benchmark's yardstick: a bare botbuilder echo bot, as the SDK's samples write it. CloudAdapter
 * without credentials, a ConversationState on MemoryStorage (loaded and saved every turn), restify,
 * `POST /api/messages` and `GET /healthz`. `npm run bench` spawns it (compiled) as its own process.
 *
 * Usage: PORT=3979 node dist/scripts/bench/echoBot.js
 */
import restify from 'restify';
import {
    ActivityHandler,
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
    ConversationState,
    MemoryStorage,
    type TurnContext,
} from 'botbuilder';

const conversationState = new ConversationState(new MemoryStorage());
const turns = conversationState.createProperty<number>('turns');

class EchoBot extends ActivityHandler {
    constructor() {
        super();
        this.onMessage(async (context, next) => {
            await turns.set(context, (await turns.get(context, 0)) + 1);
            await context.sendActivity(`Echo: ${context.activity.text}`);
            await next();
        });
        this.onMembersAdded(async (context, next) => {
            for (const member of context.activity.membersAdded ?? []) {
                if (member.id !== context.activity.recipient.id) await context.sendActivity('Hello and welcome!');
            }
            await next();
        });
    }

    override async run(context: TurnContext): Promise<void> {
        await super.run(context);
        await conversationState.saveChanges(context, false);
    }
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
    console.error(`echo bot: turn failed: ${error.message}`);
    await context.sendActivity('The echo bot failed.');
};
const bot = new EchoBot();

const server = restify.createServer({ name: 'echo-bot' });
server.use(restify.plugins.bodyParser());
server.get('/healthz', async (_req, res) => {
    res.json({ status: 'ok' });
});
server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
server.listen(Number(process.env.PORT ?? 3979), process.env.HOST ?? '127.0.0.1');
