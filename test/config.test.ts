import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
    it('runs locally with no variables: port 3978, loopback, local mode', () => {
        const c = loadConfig({});
        expect(c).toMatchObject({ PORT: 3978, host: '127.0.0.1', localMode: true, STORAGE: 'lmdb', DEFAULT_LOCALE: 'en-US' });
    });

    it('treats empty values as unset', () => {
        expect(loadConfig({ PORT: '', MicrosoftAppId: '' })).toMatchObject({ PORT: 3978, localMode: true });
    });

    it('names the variable and what it expects', () => {
        expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
        try {
            loadConfig({ PORT: 'eighty', MicrosoftAppType: 'Personal' });
        } catch (err) {
            const problems = (err as ConfigError).problems;
            expect(problems).toEqual([
                expect.stringMatching(/^PORT: .*number.*\(got "eighty"\)/),
                expect.stringMatching(/^MicrosoftAppType: .*MultiTenant.*SingleTenant.*UserAssignedMSI/),
            ]);
        }
    });

    it('uses the embedded database by default, flushed to the disk, and checks the durability setting', () => {
        expect(loadConfig({})).toMatchObject({ STORAGE: 'lmdb', STATE_DIR: 'var/state', STATE_DURABILITY: 'flush' });
        expect(loadConfig({ STATE_DURABILITY: 'commit' }).STATE_DURABILITY).toBe('commit');
        expect(() => loadConfig({ STATE_DURABILITY: 'fast' })).toThrow(/STATE_DURABILITY: .*flush.*commit.*\(got "fast"\)/);
        // The file store was removed: its setting names the store that carries its files over.
        expect(() => loadConfig({ STORAGE: 'file' })).toThrow(/STORAGE: file was removed: use lmdb.*\(got "file"\)/);
        expect(() => loadConfig({ STORAGE: 'disk' })).toThrow(/STORAGE: must be lmdb, blob or memory \(got "disk"\)/);
    });

    it('selects Blob storage only with a connection string and a valid container, and checks the retention settings', () => {
        expect(() => loadConfig({ STORAGE: 'blob' })).toThrow(/BLOB_CONNECTION_STRING: is required when STORAGE=blob/);
        expect(() => loadConfig({ STORAGE: 'blob', BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true', BLOB_CONTAINER: 'Bot_State' })).toThrow(/BLOB_CONTAINER/);
        const c = loadConfig({ STORAGE: 'blob', BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true' });
        expect([c.STORAGE, c.BLOB_CONTAINER, c.RETENTION_DAYS, c.RETENTION_SWEEP_MINUTES]).toEqual(['blob', 'bot-state', 30, 60]);
        expect(() => loadConfig({ RETENTION_DAYS: '0' })).toThrow(/RETENTION_DAYS/);
        expect(() => loadConfig({ RETENTION_DAYS: 'forever' })).toThrow(/RETENTION_DAYS/);
        expect(loadConfig({ RETENTION_DAYS: '7', RETENTION_SWEEP_MINUTES: '15' })).toMatchObject({ RETENTION_DAYS: 7, RETENTION_SWEEP_MINUTES: 15 });
    });

    it('requires the password with an app id, and the tenant for single-tenant bots', () => {
        expect(() => loadConfig({ MicrosoftAppId: 'id' })).toThrow(/MicrosoftAppPassword: is required/);
        expect(() => loadConfig({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'p', MicrosoftAppType: 'SingleTenant' })).toThrow(
            /MicrosoftAppTenantId: is required/,
        );
        const c = loadConfig({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'p' });
        expect(c).toMatchObject({ localMode: false, host: '0.0.0.0' });
    });

    it('refuses to expose a bot without credentials beyond loopback unless explicitly allowed', () => {
        expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/HOST: "0\.0\.0\.0" exposes a bot without Bot Framework credentials/);
        expect(loadConfig({ HOST: '127.0.0.2' })).toMatchObject({ exposedWithoutAuth: false });
        expect(loadConfig({ HOST: '0.0.0.0', ALLOW_UNAUTHENTICATED_REMOTE: 'true' })).toMatchObject({ host: '0.0.0.0', exposedWithoutAuth: true });
        expect(loadConfig({ HOST: '0.0.0.0', MicrosoftAppId: 'id', MicrosoftAppPassword: 'p' })).toMatchObject({ exposedWithoutAuth: false });
    });
});
