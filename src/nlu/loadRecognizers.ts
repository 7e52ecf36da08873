import { createRequire } from 'node:module';
import { provideRecognizers } from './age.js';

/**
 * Edge: gives src/nlu/age.ts its loader for the age and date-time recognizers (a require on first
 * use, so start-up does not pay for them). Imported for its effect by src/app.ts and by tests that
 * call the age recognition directly.
 */
const load = createRequire(import.meta.url);
provideRecognizers({
    age: () =>
        load(
            '@microsoft/recognizers-text-number-with-unit',
        ) as typeof import('@microsoft/recognizers-text-number-with-unit'),
    dateTime: () =>
        load('@microsoft/recognizers-text-date-time') as typeof import('@microsoft/recognizers-text-date-time'),
});
