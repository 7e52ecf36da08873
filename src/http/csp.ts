/**
 * The chat page's security headers. The page loads only its own files (chat.js and the pinned Web Chat
 * bundle, served by the bot): scripts from the bot's origin only, no plugins, no `<base>`, no form posts;
 * styles may be inline (Web Chat writes its styles into the page as it renders). It talks to the bot's own
 * Direct Line endpoint (`'self'`, including its WebSocket) or, with an Azure secret, to Azure Direct Line.
 * `frame-ancestors` says which sites may show the page in a frame: none by default (no clickjacking);
 * sites that embed the chat in an iframe are listed in WEBCHAT_FRAME_ANCESTORS.
 */
export function chatPageHeaders(options: {
    frameAncestors: readonly string[];
    connectTo?: readonly string[];
}): Record<string, string> {
    const ancestors = options.frameAncestors.length ? options.frameAncestors.join(' ') : "'none'";
    const connect = ["'self'", ...(options.connectTo ?? [])].join(' ');
    const policy = [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        `connect-src ${connect}`,
        "media-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        `frame-ancestors ${ancestors}`,
    ].join('; ');
    const headers: Record<string, string> = {
        'content-security-policy': policy,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
    };
    // Browsers without CSP level 2 understand only these two frame rules.
    if (ancestors === "'none'") headers['x-frame-options'] = 'DENY';
    else if (ancestors === "'self'") headers['x-frame-options'] = 'SAMEORIGIN';
    return headers;
}

/** The origins (https and wss) a Direct Line base URL is reached at, for `connect-src`. */
export function directLineOrigins(baseUrl: string): string[] {
    const { protocol, host } = new URL(baseUrl);
    const secure = protocol === 'https:';
    return [`${protocol}//${host}`, `${secure ? 'wss' : 'ws'}://${host}`];
}
