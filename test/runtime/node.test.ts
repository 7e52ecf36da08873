import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const major = (version: string): number => Number(/^v?(\d+)\./.exec(version)?.[1]);

describe('the runtime', () => {
    it('the tests run on the Node.js that package.json requires (the registry package in node_modules/.bin)', async () => {
        const pkg = JSON.parse(await readFile('package.json', 'utf8')) as {
            engines: { node: string };
            dependencies: Record<string, string>;
        };
        const required = Number(/>=\s*(\d+)/.exec(pkg.engines.node)?.[1]);
        expect(required).toBeGreaterThanOrEqual(24);
        expect(major(process.version)).toBeGreaterThanOrEqual(required);
        // `npm start` and `npm test` run `node` from node_modules/.bin: the `node` package, a dependency so that a
        // production install (`npm ci --omit=dev`) has it too.
        expect(major(pkg.dependencies.node!.replace(/^\^/, ''))).toBe(required);
        const { stdout } = await promisify(execFile)('node_modules/.bin/node', ['--version']);
        expect(major(stdout.trim())).toBeGreaterThanOrEqual(required);
    });
});
