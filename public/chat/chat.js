// The chat page: Web Chat talking to the bot's own Direct Line endpoint (or Azure Direct Line
// when the server has a secret). The conversation id and token live in sessionStorage: a reload
// resumes the conversation with its history, a new tab starts its own.
(async () => {
    const KEY = 'sscard.chat';
    const params = new URLSearchParams(location.search);
    const stored = JSON.parse(sessionStorage.getItem(KEY) || 'null');
    const browserLocale = (navigator.language || 'en-US').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
    const locale = params.get('locale') || (stored && stored.locale) || browserLocale;
    const select = document.getElementById('lang');
    select.value = locale;
    document.documentElement.lang = locale === 'zh-CN' ? 'zh-CN' : 'en';
    if (locale === 'zh-CN') {
        document.getElementById('title').textContent = '孩子社保卡助手';
        document.getElementById('lang-label').textContent = '语言';
    }
    select.addEventListener('change', () => {
        // Keep the conversation; only the widget's language changes (and the locale on new messages).
        sessionStorage.setItem(KEY, JSON.stringify({ ...(stored || {}), locale: select.value }));
        location.search = `?locale=${select.value}`;
    });

    const status = document.getElementById('status');
    let session = stored && stored.token ? stored : null;
    try {
        if (!session) {
            const res = await fetch('/api/webchat/token', {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ locale }),
            });
            if (!res.ok) throw new Error(`HTTP ${res.status}`);
            session = await res.json();
        }
    } catch {
        status.textContent =
            locale === 'zh-CN' ? '无法连接到助手，请稍后刷新重试。' : 'Cannot reach the assistant. Please reload the page in a moment.';
        return;
    }
    sessionStorage.setItem(KEY, JSON.stringify({ ...session, locale }));

    const domain = session.domain ? `${location.origin}${session.domain}` : undefined;
    const directLine = window.WebChat.createDirectLine({
        token: session.token,
        domain,
        webSocket: true,
        // Resume: the same conversation, all of its history.
        conversationId: stored && stored.token ? session.conversationId : undefined,
    });
    // Keep the refreshed token so a reload after a long pause still works.
    directLine.connectionStatus$.subscribe((s) => {
        if (directLine.token && directLine.token !== session.token) {
            session.token = directLine.token;
            sessionStorage.setItem(KEY, JSON.stringify({ ...session, locale }));
        }
        if (s === 4 /* FailedToConnect */ || s === 5 /* Ended */) {
            sessionStorage.removeItem(KEY);
        }
    });

    window.WebChat.renderWebChat(
        {
            directLine,
            locale,
            styleOptions: { hideUploadButton: true, bubbleMaxWidth: 560, suggestedActionLayout: 'flow' },
        },
        document.getElementById('webchat'),
    );
})();
