import { describe, expect, it } from '@jest/globals';
import AdmZip from 'adm-zip';
import { PNG } from 'pngjs';
import { buildManifest, buildTeamsPackage, validateManifest } from '../../src/teams/package.js';

const botId = '123e4567-e89b-12d3-a456-426614174000';

describe('Teams app package', () => {
    it('zips a schema-valid manifest with the bot id and both icons at the right sizes', async () => {
        const zip = new AdmZip(await buildTeamsPackage({ botId }));
        expect(zip.getEntries().map((e) => e.entryName).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
        const manifest = JSON.parse(zip.readAsText('manifest.json'));
        expect(manifest.id).toBe(botId);
        expect(manifest.bots[0]).toMatchObject({ botId, scopes: ['personal', 'team', 'groupChat'] });
        expect(await validateManifest(manifest)).toEqual([]);
        const color = PNG.sync.read(zip.readFile('color.png')!);
        const outline = PNG.sync.read(zip.readFile('outline.png')!);
        expect([color.width, color.height, outline.width, outline.height]).toEqual([192, 192, 32, 32]);
        // The outline icon is white on transparency, as Teams requires.
        const alphas = new Set<number>();
        for (let i = 0; i < outline.data.length; i += 4) {
            alphas.add(outline.data[i + 3]!);
            if (outline.data[i + 3]) expect([outline.data[i], outline.data[i + 1], outline.data[i + 2]]).toEqual([255, 255, 255]);
        }
        expect([...alphas].sort()).toEqual([0, 255]);
    });

    it('rejects an invalid manifest with the schema error, and a bot id that is not a GUID', async () => {
        const broken = { ...buildManifest({ botId }), accentColor: 'blue' } as unknown as ReturnType<typeof buildManifest>;
        await expect(buildTeamsPackage({ botId }, broken)).rejects.toThrow(/accentColor/);
        await expect(buildTeamsPackage({ botId: 'my-bot' })).rejects.toThrow(/must be the bot's Azure app id/);
    });
});
