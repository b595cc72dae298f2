// The demo reporting form: no framework and no build step, only the package's browser bundle (dist/form.browser.js,
// copied here by scripts/build-form-example.mjs) imported as an ES module. It asks the questions nextQuestions returns
// one at a time, in that order, keeps the report as a partial incident that applyAnswer updates and validates, and
// shows the result of classifySync live, in Bahasa Indonesia or English. Every label comes from the library.
import {
  applyAnswer,
  classifySync,
  nextQuestions,
  questionFor,
  validatePartialIncident,
  FORM_ORDER,
  VALUE_LABELS,
  FIELD_LABELS,
  QUESTION_LABELS,
  RESULT_LABELS,
  SECTION_LABELS,
  ELECTIONS,
  LEGAL_BASES,
  LEGAL_DOCUMENTS,
} from './netralitas-asn-form.js';

// Texts of the page itself (not of the law): the only strings this file holds.
const UI = {
  derivable: { id: 'Atau isi kolom berikut agar dihitung dari kalender:', en: 'Or fill in these fields to derive it from the calendar:' },
  next: { id: 'Pertanyaan berikutnya', en: 'Next question' },
  when: { id: 'Waktu', en: 'When' },
  none: { id: '(tidak ada)', en: '(none)' },
  choose: { id: '— pilih —', en: '— choose —' },
  invalid: { id: 'Data tidak valid', en: 'Invalid input' },
  prompt: { id: 'Isi status kepegawaian dan perbuatan yang dilaporkan untuk melihat hasilnya.', en: 'Fill in the employment status and the reported act to see the result.' },
  ifAnswer: { id: 'Bila', en: 'If' },
  also: { id: 'juga', en: 'also' },
  notApply: { id: 'tidak berlaku', en: 'does not apply' },
  secondary: { id: 'Sumber sekunder lain (bukan dasar hukum)', en: 'Other secondary sources (not legal bases)' },
  levelSourcesNote: { id: 'Pemberitaan dan dokumen yang mengutip tingkat hukuman; bukan dasar hukum.', en: 'Reports and documents that reproduce the penalty level; not legal bases.' },
  print: { id: 'Cetak hasil', en: 'Print the result' },
  version: { id: 'Pustaka dan versi', en: 'Library and version' },
  dataHash: { id: 'Hash data hukum (sha256)', en: 'Law data hash (sha256)' },
  incidentHash: { id: 'Hash laporan (sha256)', en: 'Report hash (sha256)' },
  incident: { id: 'Laporan yang diputus (JSON)', en: 'Report classified (JSON)' },
};

let lang = 'id';
/** The report so far: a partial incident, changed only through applyAnswer (and the date and reference fields). */
let draft = {};
/** The last answer the schema rejected, shown until the next change. */
let rejected;

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

/** The value of a field of the draft (`actor.cltn`). */
const valueOf = (field) => field.split('.').reduce((node, key) => (node && typeof node === 'object' ? node[key] : undefined), draft);

function answer(question, value) {
  const applied = applyAnswer(draft, question, value);
  rejected = applied.ok ? undefined : applied.error;
  if (applied.ok) draft = applied.incident;
  render();
}

/** The date and the reference are plain fields, not questions: set and validate them the same way. */
function setPlain(field, value) {
  const next = { ...draft };
  if (value) next[field] = value;
  else delete next[field];
  const checked = validatePartialIncident(next);
  rejected = checked.ok ? undefined : checked.error;
  if (checked.ok) draft = checked.incident;
}

// Rendered nodes kept across answers (keyed by fact, section and field), so the DOM and the keyboard focus stay put:
// an answer updates the questions in place instead of rebuilding the form. Cleared when the language changes.
let nodes = new Map();
let nodesLang = '';

function sync(fs, q) {
  const current = valueOf(q.field);
  for (const input of fs.querySelectorAll('input[type="radio"]')) {
    const checked = current !== undefined && String(current) === input.value;
    if (input.checked !== checked) input.checked = checked;
  }
  const select = fs.querySelector('select');
  if (select) {
    const value = current === undefined ? '' : String(current);
    if (select.value !== value) select.value = value;
  }
}

function questionField(q, current) {
  const key = 'q:' + q.fact;
  let fs = nodes.get(key);
  if (!fs) {
    fs = createQuestionField(q);
    nodes.set(key, fs);
  }
  fs.className = current ? 'open' : '';
  fs.querySelector('.next').hidden = !current;
  sync(fs, q);
  const hint = fs.querySelector('p.hint');
  if (q.derivableFrom && current && !hint) {
    fs.append(el('p', { class: 'hint' }, text(UI.derivable), ' ', q.derivableFrom.map((f) => text(FIELD_LABELS[f === 'target.office' ? 'office' : f])).join(', ')));
  } else if (!(q.derivableFrom && current) && hint) hint.remove();
  return fs;
}

function createQuestionField(q) {
  const name = q.field;
  const fs = el('fieldset', { 'data-question': q.fact });
  const legendId = 'legend-' + q.fact;
  fs.append(el('legend', { id: legendId }, text(q.question)));
  fs.append(el('p', { class: 'next', hidden: true }, text(UI.next)));
  if (q.options.length > 4) {
    const select = el('select', { 'data-field': name, 'aria-labelledby': legendId });
    select.append(el('option', { value: '' }, text(UI.choose)));
    for (const o of q.options) select.append(el('option', { value: String(o.value) }, text(o.label)));
    select.addEventListener('change', () => {
      const o = q.options.find((x) => String(x.value) === select.value);
      answer(q, o ? o.value : undefined);
    });
    fs.append(select);
  } else {
    for (const o of q.options) {
      const input = el('input', { type: 'radio', name, value: String(o.value), 'data-field': name });
      input.addEventListener('change', () => answer(q, o.value));
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
    const input = el('input', { type, id, 'data-field': field, value: draft[field] || '', maxlength: type === 'text' ? 200 : undefined });
    input.addEventListener(type === 'text' ? 'input' : 'change', () => {
      setPlain(field, input.value);
      onInput();
    });
    return el('div', { class: 'field' }, el('label', { for: id }, text(label)), input);
  });
}

/**
 * The form: the reference, every question already answered (they stay, to be changed), the one question nextQuestions
 * puts first, the fields the calendar derives it from, and the election and the date. Sections in form order.
 */
function renderForm(asked) {
  const form = $('#report');
  if (nodesLang !== lang) {
    nodes = new Map();
    nodesLang = lang;
  }
  const wanted = [];
  wanted.push(textField('reference', 'text', FIELD_LABELS.reference, renderResult));

  const current = asked[0];
  // Fields the calendar derives the current question from (the office, for the stage) are offered with it.
  const helpers = new Set((current?.derivableFrom || []).map((field) => FORM_ORDER.find((f) => questionFor(f).field === field)).filter(Boolean));
  const answered = (fact) => valueOf(questionFor(fact).field) !== undefined;
  const heading = (part) => keep('h:' + part, () => el('h3', {}, part === 'when' ? text(UI.when) : text(SECTION_LABELS[part].title)));
  let section = '';
  for (const fact of FORM_ORDER) {
    const isCurrent = current !== undefined && current.fact === fact;
    if (fact === 'election' || (!isCurrent && !answered(fact) && !helpers.has(fact))) continue;
    const q = questionFor(fact);
    const part = ['actor', 'act', 'target'].includes(q.field.split('.')[0]) ? q.field.split('.')[0] : 'when';
    if (part !== section) wanted.push(heading(part));
    section = part;
    wanted.push(questionField(q, isCurrent));
  }

  if (section !== 'when') wanted.push(heading('when'));
  wanted.push(questionField(questionFor('election'), current !== undefined && current.fact === 'election'));
  wanted.push(textField('date', 'date', QUESTION_LABELS.date, render));
  const error = keep('error', () => el('div', { class: 'error', 'data-testid': 'answer-error', role: 'alert' }));
  error.replaceChildren(...(rejected ? rejected.issues.map((i) => el('p', { 'data-path': i.path }, text(i.message))) : []));
  wanted.push(error);

  const keepSet = new Set(wanted);
  for (const child of [...form.children]) if (!keepSet.has(child)) child.remove();
  // Move only the nodes out of place (a moved node loses the focus), then drop the ones no longer asked.
  for (let i = 0; i < wanted.length; i++) {
    if (form.children[i] !== wanted[i]) form.insertBefore(wanted[i], form.children[i] || null);
  }
  while (form.children.length > wanted.length) form.lastElementChild.remove();
}

function list(title, items, testid, note) {
  const ul = el('ul', { 'data-testid': testid });
  if (items.length === 0) ul.append(el('li', { class: 'muted' }, text(UI.none)));
  for (const item of items) ul.append(item);
  return note ? [el('h3', {}, text(title)), el('p', { class: 'muted' }, text(note)), ul] : [el('h3', {}, text(title)), ul];
}

// Only a change of the verdict is announced (a small live region); the detailed result is not live.
function announce(message) {
  const status = $('#verdict-status');
  if (status.textContent !== message) status.textContent = message;
}

/** An item as a reader says it: "SKB 2022: pelanggaran kode etik, butir 7". */
const itemText = (listId, item, sub) => `${text(VALUE_LABELS.list[listId])}, ${text(RESULT_LABELS.item).toLowerCase()} ${item}${sub ? ` ${sub}` : ''}`;

/** An alternative in plain words: "Bila <field> = <answer>: juga <items>" or "...: <items> tidak berlaku". */
function alternativeText(alt) {
  const when = alt.when
    .map((w) => `${text(FIELD_LABELS[w.fact])} = ${w.values.map((v) => text(questionFor(w.fact).options.find((o) => o.value === v)?.label)).join(' / ')}`)
    .join(', ');
  const items = (xs) => xs.map((i) => itemText(...i.split(' '))).join('; ');
  const breached = alt.items.filter((i) => !alt.exemptions.includes(i));
  const parts = [];
  if (breached.length > 0) parts.push(`${text(UI.also)} ${items(breached)}`);
  if (alt.exemptions.length > 0) parts.push(`${items(alt.exemptions)} ${text(UI.notApply)}`);
  return `${text(UI.ifAnswer)} ${when}: ${parts.join('; ')}`;
}

/** The citations in three lists: legal bases; secondary sources of the penalty level; other secondary sources. */
function sources(result) {
  const levelIds = new Set();
  for (const s of [result.sanction, ...result.violations.map((v) => v.sanction)]) {
    if (!s) continue;
    s.levelSources.forEach((id) => levelIds.add(id));
    s.disputed.forEach((d) => d.bases.forEach((id) => levelIds.add(id)));
  }
  const bases = [];
  const level = [];
  const secondary = [];
  for (const [id, c] of Object.entries(result.citations)) {
    const li = el('li', { 'data-basis': id }, `${c.instrument} ${c.article}`);
    if (LEGAL_DOCUMENTS[LEGAL_BASES[id].document].level !== 'secondary') bases.push(li);
    else (levelIds.has(id) ? level : secondary).push(li);
  }
  return [
    ...list(RESULT_LABELS.bases, bases, 'bases'),
    ...(level.length > 0 ? list(RESULT_LABELS.levelSources, level, 'level-sources', UI.levelSourcesNote) : []),
    ...(secondary.length > 0 ? list(UI.secondary, secondary, 'secondary-sources') : []),
  ];
}

/** The audit block: what a printed result needs to be reproduced (README, "Reproducing a verdict from its audit block"). */
function auditBlock(result) {
  const row = (label, value, testid) => [el('dt', {}, text(label)), el('dd', {}, el('code', { 'data-testid': testid }, value))];
  return el(
    'div',
    { class: 'audit', 'data-testid': 'audit' },
    el('h3', {}, text(RESULT_LABELS.audit)),
    el(
      'dl',
      {},
      ...row(UI.version, `${result.audit.library} ${result.audit.version}`, 'audit-version'),
      ...row(UI.dataHash, result.audit.dataHash, 'audit-data-hash'),
      ...row(UI.incidentHash, result.audit.incidentHash, 'audit-incident-hash'),
      ...row(UI.incident, JSON.stringify(draft), 'audit-incident'),
    ),
  );
}

function renderResult() {
  const box = $('#result-body');
  box.replaceChildren();
  box.append(el('h2', {}, text(RESULT_LABELS.verdict)));
  const print = $('#print');
  print.textContent = text(UI.print);
  print.hidden = true;
  if (valueOf('actor.employment') === undefined && valueOf('act.kind') === undefined) {
    // An empty form: a neutral prompt, not a validation error.
    box.append(el('p', { class: 'verdict', 'data-testid': 'verdict', 'data-verdict': 'prompt' }, text(UI.prompt)));
    announce('');
    return;
  }
  const result = classifySync(draft);
  if (!result.ok) {
    box.append(el('div', { class: 'verdict', 'data-testid': 'verdict', 'data-verdict': 'invalid' }, text(UI.invalid)));
    announce(text(UI.invalid));
    box.append(...list(RESULT_LABELS.notes, result.error.issues.map((i) => el('li', { 'data-path': i.path }, `${i.path}: ${text(i.message)}`)), 'issues'));
    return;
  }
  print.hidden = false;
  box.append(el('div', { class: 'verdict', 'data-testid': 'verdict', 'data-verdict': result.verdict }, text(VALUE_LABELS.verdict[result.verdict])));
  announce(text(VALUE_LABELS.verdict[result.verdict]));
  if (result.verdict === 'violation') {
    // The result type is discriminated by the verdict: here the category and the sanction are always there.
    box.append(el('p', { 'data-testid': 'category', 'data-category': result.category }, `${text(RESULT_LABELS.category)}: `, el('strong', {}, text(VALUE_LABELS.category[result.category]))));
    box.append(el('p', { 'data-testid': 'sanction', 'data-level': result.sanction.level }, `${text(RESULT_LABELS.sanction)}: `, el('strong', {}, text(VALUE_LABELS.sanctionLevel[result.sanction.level]))));
    if (result.sanction.options.length > 0) {
      box.append(el('p', { class: 'muted' }, `${text(RESULT_LABELS.options)}: ${result.sanction.options.map((o) => text(o.label)).join('; ')}`));
    }
  }
  box.append(
    ...list(
      RESULT_LABELS.violations,
      result.violations.map((v) => el('li', { 'data-item': `${v.list} ${v.item}` }, el('strong', {}, `${itemText(v.list, v.item, v.sub)}: `), text(v.explanation))),
      'items',
    ),
  );
  if (result.alternatives.length > 0) {
    box.append(...list(RESULT_LABELS.alternatives, result.alternatives.map((a) => el('li', { 'data-items': a.items.join(', ') }, alternativeText(a))), 'alternatives'));
  }
  if (result.verdict === 'needs_information') {
    box.append(...list(RESULT_LABELS.missingFacts, result.missingFacts.map((m) => el('li', { 'data-fact': m.fact }, text(m.question))), 'missing'));
  }
  if (result.exemptions.length > 0) {
    box.append(...list(RESULT_LABELS.exemptions, result.exemptions.map((x) => el('li', { 'data-item': `${x.list} ${x.item}` }, `${itemText(x.list, x.item)}: ${text(x.explanation)}`)), 'exemptions'));
  }
  box.append(...sources(result));
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
  box.append(auditBlock(result));
}

function render() {
  document.documentElement.lang = lang;
  $('#title').textContent = text(SECTION_LABELS.incident.title);
  document.title = text(SECTION_LABELS.incident.title);
  $('#form-title').textContent = text(SECTION_LABELS.actor.title) + ' · ' + text(SECTION_LABELS.act.title) + ' · ' + text(SECTION_LABELS.target.title);
  $('#form-description').textContent = text(SECTION_LABELS.incident.description);
  for (const b of document.querySelectorAll('button[data-lang]')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  const next = nextQuestions(draft);
  renderForm(Array.isArray(next) ? next : []); // ok: false: the result panel shows the validation error
  renderResult();
}

for (const b of document.querySelectorAll('button[data-lang]')) {
  b.addEventListener('click', () => {
    lang = b.dataset.lang;
    render();
  });
}
$('#print').addEventListener('click', () => window.print());
if (ELECTIONS.length === 0) throw new Error('no election calendars');
render();
