/**
 * `npm run kb:check`: validates the knowledge base and the UI catalogue exactly as start-up does,
 * and says where the problem is. Exit code 1 on any problem.
 */
import { loadContent } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { ContentError } from '../src/kb/load.js';

const config = loadConfig(process.env);
try {
    const { kb } = await loadContent(config);
    const facts = kb.topics.flatMap((t) => [t.summary, ...t.facts]).length + kb.steps.flatMap((s) => [...s.detail, s.why]).length;
    console.log(
        `${config.KB_FILE}: OK (${kb.topics.length} topics, ${kb.steps.length} steps, ${facts} sourced facts, ${kb.sources.length} sources); ${config.LOCALES_DIR}: OK`,
    );
} catch (err) {
    if (!(err instanceof ContentError)) throw err;
    console.error(err.message);
    process.exitCode = 1;
}
