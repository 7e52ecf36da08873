/**
 * Runs `stop` once on SIGTERM or SIGINT and exits with the code it returns. A second signal while
 * stopping exits at once (code 1), so an impatient operator or orchestrator is never ignored.
 */
export function onShutdownSignal(stop: (signal: NodeJS.Signals) => Promise<number>): void {
    let stopping = false;
    const handle = (signal: NodeJS.Signals) => {
        if (stopping) process.exit(1);
        stopping = true;
        stop(signal).then(
            (code) => process.exit(code),
            (err: unknown) => {
                console.error('shutdown failed', err);
                process.exit(1);
            },
        );
    };
    process.on('SIGTERM', handle);
    process.on('SIGINT', handle);
}
