// Live preview for the narrative editor: after a pause in typing, post the text to the Preview handler and
// show the filled text. Without scripts the Preview button does the same.
(function () {
    const form = document.getElementById('narrative-form');
    const text = document.getElementById('Text');
    const preview = document.getElementById('preview');
    if (!form || !text || !preview) return;
    let timer = 0;
    text.addEventListener('input', () => {
        clearTimeout(timer);
        timer = setTimeout(async () => {
            const body = new FormData(form);
            const response = await fetch('?handler=Preview', { method: 'POST', body, credentials: 'same-origin' });
            if (!response.ok) return;
            const page = new DOMParser().parseFromString(await response.text(), 'text/html');
            const fresh = page.getElementById('preview');
            if (fresh) preview.replaceChildren(...fresh.childNodes);
        }, 600);
    });
})();
