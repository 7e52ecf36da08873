/** `npm run teams:package`: builds dist/teams/app.zip for sideloading, validated offline against the Teams schema. */
import 'dotenv/config';
import { mkdir, writeFile } from 'node:fs/promises';
import { buildTeamsPackage } from '../src/teams/package.js';

const botId = process.env.MicrosoftAppId;
if (!botId) {
    console.error('Set MicrosoftAppId (the Azure Bot app id) in the environment or .env to build the Teams package.');
    process.exit(1);
}
try {
    const zip = await buildTeamsPackage({ botId, version: process.env.npm_package_version });
    await mkdir('dist/teams', { recursive: true });
    await writeFile('dist/teams/app.zip', zip);
    console.log(`dist/teams/app.zip: manifest valid against the Teams schema, ${zip.length} bytes`);
} catch (err) {
    console.error((err as Error).message);
    process.exitCode = 1;
}
