// The demo reporting form: no framework, only the package's browser bundle (global NetralitasAsn, built by
// scripts/build-form-example.mjs). It asks what nextQuestions says could still change the verdict and shows the
// result of classifySync live, in Bahasa Indonesia or English. Every label comes from the library.
(function () {
  'use strict';
  const N = window.NetralitasAsn;
  const { nextQuestions, classifySync, questionFor, FORM_ORDER, VALUE_LABELS, FIELD_LABELS, QUESTION_LABELS, RESULT_LABELS, SECTION_LABELS, ELECTIONS } = N;

  // Texts of the page itself (not of the law): the only strings this file holds.
  const UI = {
    derivable: { id: 'Atau isi kolom berikut agar dihitung dari kalender:', en: 'Or fill in these fields to derive it from the calendar:' },
    when: { id: 'Waktu', en: 'When' },
    none: { id: '(tidak ada)', en: '(none)' },
    choose: { id: '— pilih —', en: '— choose —' },
    invalid: { id: 'Data tidak valid', en: 'Invalid input' },
    steps: { id: 'langkah', en: 'steps' },
    prompt: { id: 'Isi status kepegawaian dan perbuatan yang dilaporkan untuk melihat hasilnya.', en: 'Fill in the employment status and the reported act to see the result.' },
  };

  let lang = 'id';
  /** Answers by incident field path (`actor.cltn`), plus `reference` and `date`. */
  const answers = {};

  const $ = (sel) => document.querySelector(sel);
  const text = (bilingual) => (bilingual ? bilingual[lang] : '');
  const el = (tag, attrs, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') node.className = v;
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) if (c !== undefined && c !== null) node.append(c instanceof Node ? c : String(c));
    return node;
  };

  function incident() {
    const out = {};
    for (const [field, value] of Object.entries(answers)) {
      if (value === undefined || value === '') continue;
      const path = field.split('.');
      let node = out;
      for (const key of path.slice(0, -1)) node = node[key] = node[key] || {};
      node[path[path.length - 1]] = value;
    }
    return out;
  }

  function setAnswer(field, value) {
    if (value === undefined) delete answers[field];
    else answers[field] = value;
    if (field === 'act.kind') {
      // The sub-facts of the previous act do not belong to the new one.
      for (const key of Object.keys(answers)) if (key.startsWith('act.') && key !== 'act.kind') delete answers[key];
    }
  }

  // Rendered nodes kept across answers (keyed by fact, section and field), so the DOM and the keyboard focus stay put:
  // an answer updates the questions in place instead of rebuilding the form. Cleared when the language changes.
  let nodes = new Map();
  let nodesLang = '';

  function sync(fs, q) {
    const current = answers[q.field];
    for (const input of fs.querySelectorAll('input[type="radio"]')) {
      const checked = String(current) === input.value && current !== undefined;
      if (input.checked !== checked) input.checked = checked;
    }
    const select = fs.querySelector('select');
    if (select) {
      const value = current === undefined ? '' : String(current);
      if (select.value !== value) select.value = value;
    }
  }

  function questionField(q, open) {
    const key = 'q:' + q.fact;
    let fs = nodes.get(key);
    if (!fs) {
      fs = createQuestionField(q);
      nodes.set(key, fs);
    }
    fs.className = open ? 'open' : '';
    sync(fs, q);
    const hint = fs.querySelector('p.hint');
    if (q.derivableFrom && open && !hint) {
      fs.append(el('p', { class: 'hint' }, text(UI.derivable), ' ', q.derivableFrom.map((f) => text(FIELD_LABELS[f === 'target.office' ? 'office' : f])).join(', ')));
    } else if (!(q.derivableFrom && open) && hint) hint.remove();
    return fs;
  }

  function createQuestionField(q) {
    const name = q.field;
    const fs = el('fieldset', { 'data-question': q.fact });
    const legendId = 'legend-' + q.fact;
    fs.append(el('legend', { id: legendId }, text(q.question)));
    if (q.options.length > 4) {
      const select = el('select', { 'data-field': name, 'aria-labelledby': legendId });
      select.append(el('option', { value: '' }, text(UI.choose)));
      for (const o of q.options) select.append(el('option', { value: String(o.value) }, text(o.label)));
      select.addEventListener('change', () => {
        const o = q.options.find((x) => String(x.value) === select.value);
        setAnswer(name, o ? o.value : undefined);
        render();
      });
      fs.append(select);
    } else {
      for (const o of q.options) {
        const input = el('input', { type: 'radio', name, value: String(o.value), 'data-field': name });
        input.addEventListener('change', () => {
          setAnswer(name, o.value);
          render();
        });
        fs.append(el('label', { class: 'choice' }, input, ' ', text(o.label)));
      }
    }
    return fs;
  }

  function keep(key, make) {
    let node = nodes.get(key);
    if (!node) {
      node = make();
      nodes.set(key, node);
    }
    return node;
  }

  function textField(field, type, label, onInput) {
    return keep('f:' + field, () => {
      const id = 'field-' + field;
      const input = el('input', { type, id, 'data-field': field, value: answers[field] || '', maxlength: type === 'text' ? 200 : undefined });
      input.addEventListener(type === 'text' ? 'input' : 'change', () => {
        setAnswer(field, input.value || undefined);
        onInput();
      });
      return el('div', { class: 'field' }, el('label', { for: id }, text(label)), input);
    });
  }

  function renderForm(asked) {
    const form = $('#report');
    if (nodesLang !== lang) {
      nodes = new Map();
      nodesLang = lang;
    }
    const wanted = [];
    wanted.push(textField('reference', 'text', FIELD_LABELS.reference, renderResult));

    const open = new Set(asked.map((q) => q.fact));
    // Fields the calendar derives an open question from (the office, for the stage) are offered too.
    const helpers = new Set(asked.flatMap((q) => q.derivableFrom || []).map((field) => FORM_ORDER.find((f) => questionFor(f).field === field)).filter(Boolean));
    const answered = (fact) => answers[questionFor(fact).field] !== undefined;
    const heading = (part) => keep('h:' + part, () => el('h3', {}, part === 'when' ? text(UI.when) : text(SECTION_LABELS[part].title)));
    let section = '';
    for (const fact of FORM_ORDER) {
      if (fact === 'election' || (!open.has(fact) && !answered(fact) && !helpers.has(fact))) continue;
      const q = questionFor(fact);
      const part = ['actor', 'act', 'target'].includes(q.field.split('.')[0]) ? q.field.split('.')[0] : 'when';
      if (part !== section) wanted.push(heading(part));
      section = part;
      wanted.push(questionField(q, open.has(fact)));
    }

    if (section !== 'when') wanted.push(heading('when'));
    const election = questionFor('election');
    wanted.push(questionField(election, open.has('election')));
    wanted.push(textField('date', 'date', QUESTION_LABELS.date, render));

    const keepSet = new Set(wanted);
    for (const child of [...form.children]) if (!keepSet.has(child)) child.remove();
    // Move only the nodes out of place (a moved node loses the focus), then drop the ones no longer asked.
    for (let i = 0; i < wanted.length; i++) {
      if (form.children[i] !== wanted[i]) form.insertBefore(wanted[i], form.children[i] || null);
    }
    while (form.children.length > wanted.length) form.lastElementChild.remove();
  }

  function list(title, items, testid) {
    const ul = el('ul', { 'data-testid': testid });
    if (items.length === 0) ul.append(el('li', { class: 'muted' }, text(UI.none)));
    for (const item of items) ul.append(item);
    return [el('h3', {}, text(title)), ul];
  }

  // Only a change of the verdict is announced (a small live region); the detailed result is not live.
  function announce(message) {
    const status = $('#verdict-status');
    if (status.textContent !== message) status.textContent = message;
  }

  function renderResult() {
    const box = $('#result');
    box.replaceChildren();
    box.append(el('h2', {}, text(RESULT_LABELS.verdict)));
    if (answers['actor.employment'] === undefined && answers['act.kind'] === undefined) {
      // An empty form: a neutral prompt, not a validation error.
      box.append(el('p', { class: 'verdict', 'data-testid': 'verdict', 'data-verdict': 'prompt' }, text(UI.prompt)));
      announce('');
      return;
    }
    const result = classifySync(incident());
    if (!result.ok) {
      box.append(el('div', { class: 'verdict', 'data-testid': 'verdict', 'data-verdict': 'invalid' }, text(UI.invalid)));
      announce(text(UI.invalid));
      box.append(...list(RESULT_LABELS.notes, result.error.issues.map((i) => el('li', { 'data-path': i.path }, `${i.path}: ${text(i.message)}`)), 'issues'));
      return;
    }
    box.append(el('div', { class: 'verdict', 'data-testid': 'verdict', 'data-verdict': result.verdict }, text(VALUE_LABELS.verdict[result.verdict])));
    announce(text(VALUE_LABELS.verdict[result.verdict]));
    if (result.category) box.append(el('p', { 'data-testid': 'category', 'data-category': result.category }, `${text(RESULT_LABELS.category)}: `, el('strong', {}, text(VALUE_LABELS.category[result.category]))));
    if (result.sanction) {
      box.append(el('p', { 'data-testid': 'sanction', 'data-level': result.sanction.level }, `${text(RESULT_LABELS.sanction)}: `, el('strong', {}, text(VALUE_LABELS.sanctionLevel[result.sanction.level]))));
      if (result.sanction.options.length > 0) {
        box.append(el('p', { class: 'muted' }, `${text(RESULT_LABELS.options)}: ${result.sanction.options.map((o) => text(o.label)).join('; ')}`));
      }
    }
    box.append(
      ...list(
        RESULT_LABELS.violations,
        result.violations.map((v) => el('li', { 'data-item': `${v.list} ${v.item}` }, el('strong', {}, `${text(VALUE_LABELS.list[v.list])}, ${text(RESULT_LABELS.item).toLowerCase()} ${v.item}${v.sub ? ` ${v.sub}` : ''}: `), text(v.explanation))),
        'items',
      ),
    );
    if (result.verdict === 'needs_information') {
      box.append(...list(RESULT_LABELS.missingFacts, result.missingFacts.map((m) => el('li', { 'data-fact': m.fact }, text(m.question))), 'missing'));
    }
    if (result.exemptions.length > 0) {
      box.append(...list(RESULT_LABELS.exemptions, result.exemptions.map((x) => el('li', { 'data-item': `${x.list} ${x.item}` }, `${text(VALUE_LABELS.list[x.list])} ${x.item}: ${text(x.explanation)}`)), 'exemptions'));
    }
    const citations = Object.entries(result.citations);
    box.append(...list(RESULT_LABELS.bases, citations.map(([id, c]) => el('li', { 'data-basis': id }, `${c.instrument} ${c.article}`)), 'bases'));
    const tracks = el('div', { 'data-testid': 'tracks' });
    for (const tr of result.tracks) {
      tracks.append(el('h3', { 'data-track': tr.track }, `${text(RESULT_LABELS.tracks)}: ${text(VALUE_LABELS.track[tr.track])}`));
      const ol = el('ol', { class: 'steps' });
      for (const s of tr.steps) ol.append(el('li', {}, el('strong', {}, s.bodies.map((b) => text(VALUE_LABELS.body[b.body])).join(' / ')), ': ', text(s.action)));
      tracks.append(ol);
    }
    box.append(tracks);
    for (const [key, entries, label] of [
      ['electionCrimes', result.electionCrimes, (x) => text(x.explanation)],
      ['records', result.records, (x) => text(VALUE_LABELS.recordKind[x.kind])],
      ['guidance', result.guidance, (x) => text(x.explanation)],
      ['notes', result.notes, (x) => text(x)],
    ]) {
      if (entries.length > 0) box.append(...list(RESULT_LABELS[key], entries.map((x) => el('li', {}, label(x))), key));
    }
    box.append(el('h3', {}, text(RESULT_LABELS.explanation)), el('p', { class: 'explanation', 'data-testid': 'explanation' }, text(result.explanation)));
  }

  function render() {
    document.documentElement.lang = lang;
    $('#title').textContent = text(SECTION_LABELS.incident.title);
    document.title = text(SECTION_LABELS.incident.title);
    $('#form-title').textContent = text(SECTION_LABELS.actor.title) + ' · ' + text(SECTION_LABELS.act.title) + ' · ' + text(SECTION_LABELS.target.title);
    $('#form-description').textContent = text(SECTION_LABELS.incident.description);
    for (const b of document.querySelectorAll('button[data-lang]')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
    const next = nextQuestions(incident());
    renderForm(Array.isArray(next) ? next : []); // ok: false: the result panel shows the validation error
    renderResult();
  }

  for (const b of document.querySelectorAll('button[data-lang]')) {
    b.addEventListener('click', () => {
      lang = b.dataset.lang;
      render();
    });
  }
  if (ELECTIONS.length === 0) throw new Error('no election calendars');
  render();
})();
