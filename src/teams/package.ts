import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import type { TeamsAppManifest } from '@microsoft/app-manifest';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import AdmZip from 'adm-zip';
import { PNG } from 'pngjs';

const require = createRequire(import.meta.url);
export const MANIFEST_VERSION = '1.24';
const SCHEMA_FILE = require.resolve(
    `@microsoft/app-manifest/build/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
);

export interface TeamsPackageOptions {
    botId: string;
    version?: string;
    /** Where the bot's pages are (developer website and privacy/terms links). */
    baseUrl?: string;
}

/** The Teams app manifest for this bot: personal, team and group chat scopes. */
export function buildManifest(o: TeamsPackageOptions): TeamsAppManifest {
    const base = o.baseUrl ?? 'https://example.org/child-sscard-bot';
    return {
        $schema: `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
        manifestVersion: MANIFEST_VERSION,
        version: o.version ?? '0.1.0',
        id: o.botId,
        developer: {
            name: 'SS Card Helper team',
            websiteUrl: base,
            privacyUrl: `${base}/privacy`,
            termsOfUseUrl: `${base}/terms`,
        },
        name: { short: 'SS Card Helper 社保卡助手', full: 'Child social security card assistant 孩子社保卡助手' },
        description: {
            short: "Get and activate your child's social security card. 孩子社保卡办理与激活。",
            full: "Answers parents' questions about the documents to bring, the ways to activate and the 7-step processing flow of a child's social security card in China, with sources and the legal basis, in English and Chinese. 用中英文解答孩子社保卡所需材料、激活方式和7步办理流程，并给出来源和法律依据。",
        },
        icons: { color: 'color.png', outline: 'outline.png' },
        accentColor: '#1F4E79',
        bots: [
            {
                botId: o.botId,
                scopes: ['personal', 'team', 'groupChat'],
                supportsFiles: false,
                isNotificationOnly: false,
            },
        ],
        permissions: ['identity', 'messageTeamMembers'],
        validDomains: [],
    } as unknown as TeamsAppManifest;
}

/**
 * Schema errors of a manifest against the official schema bundled with @microsoft/app-manifest,
 * offline. Validated the way that package does (ajv, draft-04, uri/email/regex formats), without
 * loading its code, which pulls ESM-only modules through require().
 */
export async function validateManifest(manifest: TeamsAppManifest): Promise<string[]> {
    const schema = JSON.parse(await readFile(SCHEMA_FILE, 'utf8'));
    // CommonJS packages seen from NodeNext ESM: the class and the plugin are their `default` exports.
    const ajv = new Ajv04.default({ allErrors: true, strictTypes: false, strict: false });
    addFormats.default(ajv as never, ['uri', 'email', 'regex']);
    const validate = ajv.compile(schema);
    if (validate(manifest)) return [];
    return (validate.errors ?? []).map(
        (e: { instancePath: string; message?: string; params?: unknown }) =>
            `${e.instancePath || '(manifest)'} ${e.message ?? ''}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
    );
}

/** A square icon: the accent colour with a white card shape (colour), or the white shape on transparency (outline). */
export function icon(size: number, kind: 'color' | 'outline'): Buffer {
    const png = new PNG({ width: size, height: size });
    const inCard = (x: number, y: number) => x >= size * 0.2 && x < size * 0.8 && y >= size * 0.3 && y < size * 0.7;
    const inStripe = (x: number, y: number) => inCard(x, y) && y >= size * 0.38 && y < size * 0.46;
    for (let y = 0; y < size; y++) {
        for (let x = 0; x < size; x++) {
            const i = (y * size + x) * 4;
            const white = inCard(x, y) && !inStripe(x, y);
            if (kind === 'color') {
                const [r, g, b] = white ? [255, 255, 255] : [0x1f, 0x4e, 0x79];
                png.data[i] = r;
                png.data[i + 1] = g;
                png.data[i + 2] = b;
                png.data[i + 3] = 255;
            } else {
                png.data[i] = png.data[i + 1] = png.data[i + 2] = 255;
                png.data[i + 3] = white ? 255 : 0;
            }
        }
    }
    return PNG.sync.write(png, { deflateLevel: 9 });
}

/** Builds and validates the package; throws with the schema errors when the manifest is invalid. */
export async function buildTeamsPackage(o: TeamsPackageOptions, manifest = buildManifest(o)): Promise<Buffer> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(o.botId)) {
        throw new Error(`MicrosoftAppId must be the bot's Azure app id (a GUID), got "${o.botId}"`);
    }
    const errors = await validateManifest(manifest);
    if (errors.length) throw new Error(`The Teams manifest is not valid:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
    const zip = new AdmZip();
    zip.addFile('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2)));
    zip.addFile('color.png', icon(192, 'color'));
    zip.addFile('outline.png', icon(32, 'outline'));
    return zip.toBuffer();
}
