// Agent console. Everything users and agents wrote is inserted with textContent: shown as text,
// never interpreted as HTML or card markup.
(() => {
    const $ = (id) => document.getElementById(id);
    let token = sessionStorage.getItem('agentToken');
    let me = sessionStorage.getItem('agentName');
    let selected = null;
    let conversations = [];

    async function call(method, url, body) {
        const res = await fetch(url, {
            method,
            headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
            body: body ? JSON.stringify(body) : undefined,
        });
        const data = await res.json().catch(() => ({}));
        if (res.status === 401 && url !== '/agent/api/session') signOut();
        if (!res.ok) throw new Error(data.error || `HTTP ${res.status}`);
        return data;
    }

    function el(tag, text, className) {
        const e = document.createElement(tag);
        if (text !== undefined) e.textContent = text;
        if (className) e.className = className;
        return e;
    }

    function signOut() {
        token = null;
        sessionStorage.removeItem('agentToken');
        $('console').classList.add('hidden');
        $('signout').classList.add('hidden');
        $('signin').classList.remove('hidden');
    }

    // Ends the session on the server too (every device of this agent), then here.
    $('signout').addEventListener('click', async () => {
        await call('DELETE', '/agent/api/session').catch(() => undefined);
        signOut();
    });

    function showConsole() {
        $('signin').classList.add('hidden');
        $('console').classList.remove('hidden');
        $('signout').classList.remove('hidden');
        $('who').textContent = `Signed in as ${me}`;
        refresh();
    }

    $('signin').addEventListener('submit', async (e) => {
        e.preventDefault();
        $('signin-error').textContent = '';
        try {
            const s = await call('POST', '/agent/api/session', { name: $('name').value, secret: $('secret').value });
            token = s.token;
            me = s.agent;
            sessionStorage.setItem('agentToken', token);
            sessionStorage.setItem('agentName', me);
            showConsole();
        } catch (err) {
            $('signin-error').textContent = err.message;
        }
    });

    function minutes(seconds) {
        if (seconds === undefined) return '';
        return seconds < 60 ? `${seconds}s` : `${Math.floor(seconds / 60)} min`;
    }

    function renderQueue() {
        const queue = $('queue');
        queue.replaceChildren();
        if (!conversations.length) queue.append(el('p', 'Nobody is waiting.'));
        for (const c of conversations) {
            const item = el('div', undefined, `item${c.conversationId === selected ? ' selected' : ''}`);
            item.dataset.id = c.conversationId;
            const status =
                c.status === 'waiting'
                    ? `waiting ${minutes(c.waitingSeconds)}`
                    : c.status === 'agent'
                      ? `with ${c.agent}`
                      : 'bot';
            item.append(el('span', status, `status-${c.status}`), el('span', ` · ${c.lang} · ${c.channelId}`));
            item.append(el('div', `${c.topic ?? 'no topic'}${c.step ? ` · step ${c.step}` : ''}`));
            if (c.question) item.append(el('div', `“${c.question}”`));
            item.addEventListener('click', () => {
                selected = c.conversationId;
                renderQueue();
                renderSelected();
            });
            queue.append(item);
        }
    }

    function renderSelected() {
        const c = conversations.find((x) => x.conversationId === selected);
        const mine = c && c.status === 'agent' && c.agent === me;
        $('accept').disabled = !c || c.status !== 'waiting';
        $('takeover').disabled = !c || c.status !== 'bot';
        $('handback').disabled = $('close').disabled = !mine;
        $('message').disabled = $('send').disabled = !mine;
        const details = $('details');
        details.replaceChildren();
        const transcript = $('transcript');
        transcript.replaceChildren();
        if (!c) {
            details.textContent = 'Select a conversation.';
            return;
        }
        details.append(el('div', `Conversation ${c.conversationId} (${c.channelId}, ${c.lang})`));
        details.append(el('div', `Topic: ${c.topic ?? '–'} · Step: ${c.step ?? '–'} · Asked: ${c.question ?? '–'}`));
        for (const line of c.transcript) {
            const who = line.from === 'agent' ? line.agent || 'agent' : line.from;
            transcript.append(
                el('div', `[${new Date(line.at).toLocaleTimeString()}] ${who}: ${line.text}`, `line from-${line.from}`),
            );
        }
        transcript.scrollTop = transcript.scrollHeight;
    }

    async function refresh() {
        if (!token) return;
        try {
            const all = $('show-all').checked ? '?all=1' : '';
            conversations = (await call('GET', `/agent/api/queue${all}`)).conversations;
            renderQueue();
            renderSelected();
            const { questions } = await call('GET', '/agent/api/unanswered');
            const body = $('unanswered');
            body.replaceChildren();
            for (const q of questions.slice(0, 50)) {
                const tr = el('tr');
                tr.append(
                    el('td', q.text),
                    el('td', q.lang),
                    el('td', String(q.count)),
                    el('td', q.lastAt.slice(0, 10)),
                );
                body.append(tr);
            }
        } catch (err) {
            $('error').textContent = err.message;
        }
    }

    async function act(action) {
        $('error').textContent = '';
        try {
            await call('POST', `/agent/api/conversations/${encodeURIComponent(selected)}/${action}`);
        } catch (err) {
            $('error').textContent = err.message;
        }
        refresh();
    }
    $('accept').addEventListener('click', () => act('accept'));
    $('takeover').addEventListener('click', () => act('takeover'));
    $('handback').addEventListener('click', () => act('handback'));
    $('close').addEventListener('click', () => act('close'));
    $('show-all').addEventListener('change', refresh);

    $('compose').addEventListener('submit', async (e) => {
        e.preventDefault();
        const text = $('message').value;
        if (!text.trim()) return;
        $('error').textContent = '';
        try {
            await call('POST', `/agent/api/conversations/${encodeURIComponent(selected)}/messages`, { text });
            $('message').value = '';
        } catch (err) {
            $('error').textContent = err.message;
        }
        refresh();
    });
    $('message').addEventListener('keydown', (e) => {
        // Enter sends, Shift+Enter adds a line; never while an input method is composing.
        if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            $('compose').requestSubmit();
        }
    });

    setInterval(refresh, 2000);
    if (token && me) showConsole();
})();
