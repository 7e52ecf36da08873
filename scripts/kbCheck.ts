/**
 * `npm run kb:check`: validates the knowledge base and the UI catalogue exactly as start-up does,
 * and says where the problem is. Exit code 1 on any problem.
 */
import { loadContent } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { ContentError } from '../src/kb/load.js';
import { contentReport } from '../src/kb/report.js';

const config = loadConfig(process.env);
try {
    const { kb } = await loadContent(config);
    const report = contentReport(kb);
    console.log(
        `${config.KB_FILE}: OK (${kb.topics.length} topics, ${kb.steps.length} steps, ${kb.cardKinds.length} card kinds, ${report.facts.length} sourced facts of which ${report.secondaryOnly} secondary only, ${kb.sources.length} labelled sources); ${config.LOCALES_DIR}: OK`,
    );
} catch (err) {
    if (!(err instanceof ContentError)) throw err;
    console.error(err.message);
    process.exitCode = 1;
}
