/**
 * `npm run kb:report`: every fact of the knowledge base with the labels of its sources (OFFICIAL
 * or SECONDARY), how many facts rest on secondary sources only, and sources no fact uses. For the
 * people who keep the content: a secondary-only fact is the first to check against an official page.
 */
import { loadKnowledgeBase } from '../src/kb/load.js';
import { contentReport } from '../src/kb/report.js';

const file = process.env.KB_FILE ?? 'data/kb.json';
const report = contentReport(await loadKnowledgeBase(file));
const label = (l: string) => (l === 'official' ? 'OFFICIAL' : 'SECONDARY');
console.log(`# Content report for ${file}\n`);
console.log('| where | fact (English) | sources |');
console.log('| --- | --- | --- |');
for (const f of report.facts) {
    const sources = f.sources.map((s) => `${s.id}${s.ref ? ` (${s.ref})` : ''} ${label(s.label)}`).join(', ');
    console.log(
        `| ${f.path}${f.secondaryOnly ? ' **secondary only**' : ''} | ${f.text.replace(/\|/g, '\\|')} | ${sources} |`,
    );
}
console.log(
    `\n${report.facts.length} facts; ${report.secondaryOnly} rest on SECONDARY sources only; ${report.facts.length - report.secondaryOnly} have at least one OFFICIAL source.\n`,
);
console.log('| source | ref | label | issuer | facts citing it |');
console.log('| --- | --- | --- | --- | --- |');
for (const s of report.sources)
    console.log(`| ${s.id} | ${s.ref ?? ''} | ${label(s.label)} | ${s.issuer} | ${s.usedBy} |`);
if (report.unusedSources.length) console.log(`\nSources no fact uses: ${report.unusedSources.join(', ')}`);
