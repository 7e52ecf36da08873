import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
    { ignores: ['dist/', 'node_modules/', 'coverage/', 'public/vendor/', 'test-artifacts/'] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        rules: {
            '@typescript-eslint/no-explicit-any': 'error',
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
        },
    },
    {
        files: ['*.js', 'scripts/**/*.js', 'scripts/**/*.mjs'],
        languageOptions: { globals: globals.node },
    },
    {
        // Pages served to browsers (agent console, chat page).
        files: ['public/**/*.js'],
        ignores: ['public/vendor/**'],
        languageOptions: { globals: globals.browser, sourceType: 'script' },
    },
);
