// Pamphlet studio: the editor, the pages drawn by the server, saving and downloads. Statement text is
// only ever put into the page as text (value, textContent), never as HTML.
'use strict';
(() => {
  const $ = id => document.getElementById(id);
  const source = $('source'), gutter = $('gutter'), pages = $('pages'), problemsList = $('problems');
  // Every request that changes something carries this header; the server refuses those without it.
  const headers = { 'Content-Type': 'application/json', 'X-Pamphlet-Studio': '1' };
  // A redraw starts after 150 ms without typing: long enough not to redraw between the keys of a word,
  // short enough that the pages follow a pause at once.
  const renderDelay = 150;
  // How often the file on disk is compared with the version the editor holds.
  const versionPoll = 3000;
  const blocks = {
    pullquote: '::: pullquote\nA sentence set large between accent rules.\n\n— Who said it\n:::\n',
    demands: '::: demands\n### Our demands\n\n1. The first demand.\n2. The second demand.\n:::\n',
    figure: '![Caption under the photo](photo.jpg "Photo: credit line")\n',
    slogan: '::: slogan\nOur slogan.\n:::\n',
    signature: '::: signature\nOrganisation · Place, date\n:::\n',
  };
  const state = { path: null, version: null, savedText: '', layout: null, renders: 0, shown: 0, controller: null, timer: 0, marks: new Map(), conflict: null };

  function say(element, text) { $(element).textContent = text; }

  async function call(method, url, body) {
    const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const json = response.headers.get('Content-Type')?.includes('json') ? await response.json() : null;
    return { ok: response.ok, status: response.status, json };
  }

  function option(select, value, text, title) {
    const o = document.createElement('option');
    o.value = value; o.textContent = text; if (title) o.title = title;
    select.append(o);
  }

  async function start() {
    const { json: folder } = await call('GET', '/api/folder');
    const statement = $('statement');
    const group = (label, entries) => {
      if (entries.length === 0) return;
      const g = document.createElement('optgroup'); g.label = label;
      for (const e of entries) option(g, e.path, e.name === e.path.replace(/\.md$/i, '') ? e.path : `${e.name} (${e.path})`);
      statement.append(g);
    };
    group('Editions (pamphlet.yaml)', folder.editions);
    group('Statements', folder.statements);
    option($('layout'), '', "the statement's first layout");
    for (const l of folder.layouts) option($('layout'), l.name, l.name, l.description);
    for (const i of folder.inks) option($('ink'), i.name, i.name || "the statement's ink", i.description);
    showProblems(folder.problems, false);
    const wanted = decodeURIComponent(location.hash.slice(1));
    const choices = [...statement.options];
    // The address names the statement last open; else the first that is not the folder's README.
    const first = choices.find(o => o.value === wanted) ?? choices.find(o => !/(^|\/)readme\.md$/i.test(o.value));
    if (first) statement.value = first.value;
    if (statement.value) await open(statement.value);
    setInterval(checkDisk, versionPoll);
  }

  async function open(path) {
    const { ok, json } = await call('GET', '/api/statement?path=' + encodeURIComponent(path));
    if (!ok) { say('status', json.error); return; }
    state.path = json.path; state.version = json.version; state.savedText = json.text;
    source.value = json.text;
    history.replaceState(null, '', '#' + encodeURIComponent(json.path));
    hideConflict(); updateGutter(); markSaved(); render();
  }

  function dirty() { return source.value !== state.savedText; }
  function markSaved() { say('saved', dirty() ? 'Unsaved changes' : 'Saved'); }

  // Line numbers beside the text box, one per line, marked where an error or warning is.
  function updateGutter() {
    const lines = source.value.split('\n').length;
    if (gutter.childElementCount !== lines) {
      const fragment = document.createDocumentFragment();
      for (let n = 1; n <= lines; n++) { const d = document.createElement('div'); d.textContent = n; fragment.append(d); }
      gutter.replaceChildren(fragment);
    }
    for (const d of gutter.children) { d.className = ''; d.removeAttribute('title'); }
    for (const [line, mark] of state.marks) {
      const d = gutter.children[line - 1];
      if (d) { d.className = 'line-' + mark.severity; d.title = mark.message; }
    }
    gutter.scrollTop = source.scrollTop;
  }

  function schedule() {
    clearTimeout(state.timer);
    state.timer = setTimeout(render, renderDelay);
  }

  async function render() {
    if (!state.path) return;
    state.controller?.abort();
    const controller = state.controller = new AbortController();
    const number = ++state.renders;
    say('status', 'Drawing…');
    let response;
    try {
      response = await fetch('/api/render', { method: 'POST', headers, signal: controller.signal,
        body: JSON.stringify({ path: state.path, text: source.value, layout: $('layout').value || null, ink: $('ink').value || null }) });
    } catch (e) {
      if (e.name !== 'AbortError') say('status', 'The studio does not answer: is pamphlet serve still running?');
      return;
    }
    const result = await response.json();
    if (number !== state.renders) return;
    if (!response.ok) { say('status', result.error); return; }
    showProblems([...result.errors, ...result.warnings], true);
    if (result.errors.length > 0) {
      pages.classList.add('stale');
      say('status', `Not drawn: ${result.errors.length} error${result.errors.length > 1 ? 's' : ''} (the pages shown are the last good ones)`);
      return;
    }
    state.layout = result.layout;
    showPages(result);
    state.shown = number;
    pages.dataset.render = String(number);
    say('status', `${result.layout}: ${result.pages.length} page${result.pages.length > 1 ? 's' : ''} · ${result.milliseconds} ms`);
  }

  function showPages(result) {
    const fragment = document.createDocumentFragment();
    const width = Math.round(result.pageWidth), height = Math.round(result.pageHeight);
    for (const spread of result.spreads) {
      const row = document.createElement('div');
      row.className = spread.length > 1 ? 'spread' : 'spread single';
      for (const index of spread) {
        if (index === null) {
          const blank = document.createElement('div');
          blank.className = 'blank'; blank.style.width = width + 'px'; blank.style.aspectRatio = `${width} / ${height}`;
          row.append(blank);
          continue;
        }
        const img = document.createElement('img');
        img.width = width; img.height = height;
        img.alt = `Page ${index + 1}`;
        img.src = 'data:image/png;base64,' + result.pages[index];
        row.append(img);
      }
      fragment.append(row);
    }
    pages.replaceChildren(fragment);
    pages.classList.remove('stale');
  }

  function showProblems(list, fromRender) {
    if (fromRender) state.marks = new Map();
    const items = [];
    for (const p of list) {
      const li = document.createElement('li');
      li.className = p.severity;
      const button = document.createElement('button');
      button.type = 'button';
      const where = p.inStatement ? (p.line > 0 ? `line ${p.line}` : 'statement') : (p.file + (p.line > 0 ? `:${p.line}` : ''));
      button.textContent = `${p.severity === 'error' ? 'Error' : 'Warning'}, ${where}: ${p.message}`;
      if (p.inStatement && p.line > 0) {
        button.addEventListener('click', () => goToLine(p.line));
        const earlier = state.marks.get(p.line);
        if (!earlier || earlier.severity !== 'error') state.marks.set(p.line, p);
      } else {
        button.disabled = true;
      }
      li.append(button);
      items.push(li);
    }
    problemsList.replaceChildren(...items);
    updateGutter();
  }

  function goToLine(line) {
    const lines = source.value.split('\n');
    let start = 0;
    for (let n = 1; n < line && n <= lines.length; n++) start += lines[n - 1].length + 1;
    const end = start + (lines[line - 1]?.length ?? 0);
    source.focus();
    source.setSelectionRange(start, end);
    const lineHeight = parseFloat(getComputedStyle(source).lineHeight);
    source.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }

  function insert(text) {
    const at = source.selectionStart;
    const before = source.value.slice(0, at);
    const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
    source.setRangeText(lead + text + '\n', at, source.selectionEnd, 'end');
    source.focus();
    source.dispatchEvent(new Event('input'));
  }

  async function save(version) {
    if (!state.path) return;
    const text = source.value;
    const { ok, status, json } = await call('PUT', '/api/statement', { path: state.path, text, version });
    if (status === 409) { showConflict(json.error, json.version); return; }
    if (!ok) { say('saved', json.error); return; }
    state.version = json.version; state.savedText = text;
    hideConflict(); markSaved();
  }

  function showConflict(text, version) {
    state.conflict = version;
    say('conflict-text', text);
    $('conflict').hidden = false;
  }

  function hideConflict() { state.conflict = null; $('conflict').hidden = true; }

  // The file changed on disk: taken in at once when the editor holds no changes, else reported.
  async function checkDisk() {
    if (!state.path || state.conflict) return;
    const { ok, json } = await call('GET', '/api/statement/version?path=' + encodeURIComponent(state.path));
    if (!ok || json.version === state.version) return;
    if (!dirty()) { await open(state.path); say('saved', 'Reloaded: the file changed on disk'); return; }
    showConflict(`${state.path} was changed on disk while you were editing it.`, json.version);
  }

  async function download(what) {
    if (!state.path) return;
    say('status', 'Building…');
    const response = await fetch('/api/download', { method: 'POST', headers,
      body: JSON.stringify({ path: state.path, text: source.value, what, layout: state.layout ?? ($('layout').value || null), ink: $('ink').value || null }) });
    if (!response.ok) { say('status', (await response.json()).error); return; }
    const name = /filename=("?)([^";]+)\1/.exec(response.headers.get('Content-Disposition') ?? '')?.[2] ?? 'pamphlet.pdf';
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url; link.download = name;
    document.body.append(link); link.click(); link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    say('status', `Downloaded ${name}`);
  }

  async function upload(file) {
    const url = `/api/upload?statement=${encodeURIComponent(state.path)}&name=${encodeURIComponent(file.name)}`;
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream', 'X-Pamphlet-Studio': '1' }, body: file });
    const json = await response.json();
    if (!response.ok) { say('status', json.error); return; }
    insert(`![Caption under the photo](${json.name})\n`);
  }

  source.addEventListener('input', () => { updateGutter(); markSaved(); schedule(); });
  source.addEventListener('scroll', () => { gutter.scrollTop = source.scrollTop; });
  source.addEventListener('dragover', e => { if (e.dataTransfer.types.includes('Files')) e.preventDefault(); });
  source.addEventListener('drop', e => {
    if (e.dataTransfer.files.length === 0) return;
    e.preventDefault();
    for (const file of e.dataTransfer.files) upload(file);
  });
  $('image').addEventListener('change', e => { for (const file of e.target.files) upload(file); e.target.value = ''; });
  for (const button of document.querySelectorAll('[data-insert]')) button.addEventListener('click', () => insert(blocks[button.dataset.insert]));
  for (const button of document.querySelectorAll('[data-download]')) button.addEventListener('click', () => download(button.dataset.download));
  $('save').addEventListener('click', () => save(state.version));
  $('overwrite').addEventListener('click', () => save(state.conflict));
  $('reload').addEventListener('click', () => open(state.path));
  $('layout').addEventListener('change', render);
  $('ink').addEventListener('change', render);
  $('statement').addEventListener('change', e => {
    if (dirty() && !confirm('The statement has unsaved changes. Open another and lose them?')) { e.target.value = state.path; return; }
    open(e.target.value);
  });
  document.addEventListener('keydown', e => {
    if ((e.ctrlKey || e.metaKey) && e.key === 's') { e.preventDefault(); save(state.version); }
  });
  window.addEventListener('beforeunload', e => { if (dirty()) e.preventDefault(); });
  start();
})();
