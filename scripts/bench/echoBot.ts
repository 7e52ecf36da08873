/**
 * The baseline for `npm run bench`: a bare botbuilder echo bot as the SDK's samples write it
 * (CloudAdapter without credentials, conversation state in MemoryStorage, restify), served the same
 * way as the real bot so both are measured through the same HTTP path.
 */
import {
    ActivityHandler,
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
    ConversationState,
    MemoryStorage,
} from 'botbuilder';
import restify from 'restify';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const state = new ConversationState(new MemoryStorage());
const turns = state.createProperty<number>('turns');

class EchoBot extends ActivityHandler {
    constructor() {
        super();
        this.onMessage(async (context, next) => {
            const n = (await turns.get(context, 0)) + 1;
            await turns.set(context, n);
            await context.sendActivity(`Echo (${n}): ${context.activity.text}`);
            await next();
        });
    }

    override async run(context: Parameters<ActivityHandler['run']>[0]): Promise<void> {
        await super.run(context);
        await state.saveChanges(context, false);
    }
}

const bot = new EchoBot();
const server = restify.createServer();
server.use(restify.plugins.bodyParser());
server.get('/healthz', async (_req, res) => void res.json({ status: 'ok' }));
server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
});
server.listen(Number(process.env.PORT ?? 3979), '127.0.0.1', () => console.log('echo bot listening'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
