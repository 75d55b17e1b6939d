// Risk decisions (`risks:`): applied after the analysis, expiry, stale keys, justification, fixes, rename,
// SARIF suppressions and the report's decisions.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkText } from '../../../src/core/check';
import { applyEdits, renameElement } from '../../../src/core/edit/index';
import { fixesFor } from '../../../src/core/fixes/index';
import { effectiveSeverity } from '../../../src/core/lsp/diagnostics';
import { LineIndex } from '../../../src/core/text/line-index';
import { riskHover, riskKeyCompletions } from '../../../src/core/review/lsp';
import { completions } from '../../../src/core/lsp/completion';
import { suppressionsOf } from '../../../src/core/review/sarif';
import { buildReport } from '../../../src/core/report/model';
import { renderMarkdown } from '../../../src/core/report/markdown';
import { sarifLog } from '../../../src/cli/output/sarif';

const MODEL1 = readFileSync(path.resolve(__dirname, '../../../examples/model-1-single-factory.smartfab.yaml'), 'utf8');
const TODAY = '2026-11-30';
const check = (text: string, review: { today?: string; hideDecided?: boolean } = { today: TODAY }) => checkText(text, { review });
const find = (text: string, code: string, review?: { today?: string; hideDecided?: boolean }) => check(text, review).problems.filter((p) => p.code === code);
const withRisks = (risks: string) => `${MODEL1.trimEnd()}\nrisks:\n${risks}`;

describe('review: risk decisions', () => {
  it('the example has an A4 error keyed A4@iot-nw>ctrl-info (the fixture this suite relies on)', () => {
    const a4 = find(MODEL1, 'threat-A4');
    assert.equal(a4.length, 1);
    assert.equal(a4[0].severity, 'error');
    assert.equal(a4[0].data?.key, 'A4@iot-nw>ctrl-info');
  });

  it('accepted drops the finding to info with the decision in data and message', () => {
    const text = withRisks('  A4@iot-nw>ctrl-info:\n    status: accepted\n    justification: Air-gapped test line until Q3\n    owner: OT security\n    ticket: SEC-12\n');
    const [a4] = find(text, 'threat-A4');
    assert.equal(a4.severity, 'info');
    assert.deepEqual((a4.data?.decision as { status: string }).status, 'accepted');
    assert.match(a4.message, /Air-gapped test line until Q3/);
    assert.equal(check(text).problems.filter((p) => p.code.startsWith('risk-')).length, 0);
  });

  it('false-positive also settles; mitigating keeps the severity but carries the decision', () => {
    const fp = withRisks('  A4@iot-nw>ctrl-info: { status: false-positive, justification: No such route in reality }\n');
    assert.equal(find(fp, 'threat-A4')[0].severity, 'info');
    const mit = withRisks('  A4@iot-nw>ctrl-info: { status: mitigating, justification: Firewall ordered, ticket: SEC-3 }\n');
    const [a4] = find(mit, 'threat-A4');
    assert.equal(a4.severity, 'error');
    assert.equal((a4.data?.decision as { status: string }).status, 'mitigating');
  });

  it('hideDecided drops settled findings', () => {
    const text = withRisks('  A4@iot-nw>ctrl-info: { status: accepted, justification: ok }\n');
    assert.equal(find(text, 'threat-A4', { today: TODAY, hideDecided: true }).length, 0);
  });

  it('a decision expires after its last day: the finding is back at its level and risk-expired is reported', () => {
    const text = withRisks('  A4@iot-nw>ctrl-info: { status: accepted, justification: ok, expires: 2026-11-29 }\n');
    assert.equal(find(text, 'threat-A4')[0].severity, 'error');
    const [exp] = find(text, 'risk-expired');
    assert.equal(exp.severity, 'warning');
    assert.equal(text.slice(exp.span.start, exp.span.end), '2026-11-29');
    // On its last day it still holds.
    assert.equal(find(text, 'threat-A4', { today: '2026-11-29' })[0].severity, 'info');
  });

  it('justification is required unless mitigated; the placeholder does not count', () => {
    const none = withRisks('  A4@iot-nw>ctrl-info: { status: accepted }\n');
    assert.equal(find(none, 'risk-missing-justification').length, 1);
    assert.equal(find(none, 'threat-A4')[0].severity, 'error');
    const placeholder = withRisks('  A4@iot-nw>ctrl-info: { status: accepted, justification: "TODO: justification" }\n');
    assert.equal(find(placeholder, 'risk-missing-justification').length, 1);
    const mitigated = withRisks('  A4@iot-nw>ctrl-info: { status: mitigated }\n');
    assert.equal(find(mitigated, 'risk-missing-justification').length, 0);
    assert.match(find(mitigated, 'threat-A4')[0].message, /still missing/);
  });

  it('a stale key is reported with re-key candidates of the same threat, and the fixes re-key or remove it', () => {
    const text = withRisks('  A4@iot-net>ctrl-info: { status: accepted, justification: ok }\n');
    const [stale] = find(text, 'risk-stale');
    assert.deepEqual(stale.data?.candidates, ['A4@iot-nw>ctrl-info']);
    const fixes = fixesFor(stale, text);
    assert.deepEqual(fixes.map((f) => f.title), ['Re-key the decision to A4@iot-nw>ctrl-info', 'Remove the decision on A4@iot-net>ctrl-info']);
    const rekeyed = applyEdits(text, fixes[0].edits);
    assert.equal(find(rekeyed, 'risk-stale').length, 0);
    assert.equal(find(rekeyed, 'threat-A4')[0].severity, 'info');
    const removed = applyEdits(text, fixes[1].edits);
    assert.ok(!/risks:\s*\n\s+A4/.test(removed));
    assert.equal(find(removed, 'risk-stale').length, 0);
    assert.equal(check(removed).problems.filter((p) => p.code.startsWith('schema')).length, 0);
  });

  it('"Accept risk…" writes an entry (placeholder justification for editors that cannot ask) and carries the command', () => {
    const [a4] = find(MODEL1, 'threat-A4');
    const accept = fixesFor(a4, MODEL1).find((f) => f.title === 'Accept risk…')!;
    assert.ok(accept, 'offered');
    assert.deepEqual(accept.interactive, { command: 'smartfab.review.decideRisk', arguments: [{ key: 'A4@iot-nw>ctrl-info', status: 'accepted' }] });
    const after = applyEdits(MODEL1, accept.edits);
    assert.match(after, /risks:\n {2}A4@iot-nw>ctrl-info:\n {4}status: accepted\n {4}justification: "TODO: justification"\n {4}date: \d{4}-\d\d-\d\d\n$/);
    // Until a real justification is written, the finding stays an error and the entry asks for one.
    assert.equal(find(after, 'threat-A4')[0].severity, 'error');
    assert.equal(find(after, 'risk-missing-justification').length, 1);
    // No schema problem with the new section.
    assert.deepEqual(check(after).problems.filter((p) => p.code.startsWith('schema')), []);
  });

  it('renaming an element re-keys the decisions that name it', () => {
    const text = withRisks('  A4@iot-nw>ctrl-info: { status: accepted, justification: ok }  # keep me\n');
    const r = renameElement(text, 'iot-nw', 'iot-net');
    assert.ok(!('error' in r));
    const after = applyEdits(text, r.edits);
    assert.match(after, /A4@iot-net>ctrl-info: \{ status: accepted, justification: ok \} {2}# keep me/);
    assert.equal(find(after, 'risk-stale').length, 0);
    assert.equal(find(after, 'threat-A4')[0].severity, 'info');
  });

  it('severity overrides do not lift a settled finding back up (only off hides it)', () => {
    const text = withRisks('  A4@iot-nw>ctrl-info: { status: accepted, justification: ok }\n');
    const [a4] = find(text, 'threat-A4');
    assert.equal(effectiveSeverity(a4, { 'threat-*': 'error' }), 'info');
    assert.equal(effectiveSeverity(a4, { 'threat-A4': 'off' }), 'off');
  });

  it('SARIF: decided findings carry inSource suppressions with status and justification', () => {
    const text = withRisks('  A4@iot-nw>ctrl-info: { status: accepted, justification: Test line, owner: Ops }\n');
    const r = check(text);
    const log = sarifLog([{ path: 'p.smartfab.yaml', text, result: r }], '0');
    const res = log.runs[0].results!.find((x) => x.ruleId === 'threat-A4')!;
    assert.deepEqual(res.suppressions, [{ kind: 'inSource', status: 'accepted', justification: 'Test line', properties: { decision: 'accepted', owner: 'Ops' } }]);
    assert.equal(res.level, 'note');
    const open = log.runs[0].results!.find((x) => x.ruleId === 'threat-A1')!;
    assert.equal(open.suppressions, undefined);
    assert.deepEqual(suppressionsOf({ ...open, code: 'x', severity: 'error', message: '', span: { start: 0, end: 0 }, data: { decision: { key: 'k', status: 'mitigating' } } }).suppressions?.[0].status, 'underReview');
  });

  it('the report lists decisions in a column and a section with their state', () => {
    const text = withRisks('  A4@iot-nw>ctrl-info: { status: accepted, justification: ok, ticket: SEC-1 }\n  B9@nowhere: { status: accepted, justification: old }\n');
    const r = check(text);
    const model = buildReport({ plant: r.plant!, analysis: r.analysis!, problems: r.problems, today: TODAY });
    assert.deepEqual(model.decisions.map((d) => [d.key, d.state]), [['A4@iot-nw>ctrl-info', 'applied'], ['B9@nowhere', 'stale']]);
    assert.equal(model.findings.find((f) => f.code === 'threat-A4')!.decision, 'accepted (SEC-1)');
    const md = renderMarkdown(model);
    assert.match(md, /## Risk decisions/);
    assert.match(md, /\| A4@iot-nw>ctrl-info \| accepted \| ok \|/);
  });

  it('hover on a key names the threat, element and route; completion offers undecided keys', () => {
    const text = withRisks('  A4@iot-nw>ctrl-info: { status: accepted, justification: ok }\n  \n');
    const r = check(text);
    const li = new LineIndex(text);
    const at = text.indexOf('A4@iot-nw>ctrl-info:') + 3;
    const h = riskHover(r.plant, r.analysis!.instances, at, li)!;
    const md = (h.contents as { value: string }).value;
    assert.match(md, /A4/);
    assert.match(md, /iot-nw.*→.*ctrl-info/);
    const items = riskKeyCompletions(text, text.length - 1, li, r.plant, r.analysis!.instances)!;
    assert.ok(items.length > 0);
    assert.ok(!items.some((i) => i.label === 'A4@iot-nw>ctrl-info'), 'already decided');
    assert.ok(items.some((i) => i.label === 'A1@wired-sensors'));
  });
});

describe('review: a decision on a threat that is now countered', () => {
  it('is faded as risk-resolved with a remove fix', () => {
    // Declaring A1's missing IDs implemented on wired-sensors leaves the instance without a finding.
    const text = `${MODEL1.trimEnd()}\ncountermeasures:\n  - { measure: ID1-1, target: wired-sensors }\n  - { measure: ID2-1, target: wired-sensors }\n  - { measure: ID3-1, target: wired-sensors }\nrisks:\n  A1@wired-sensors: { status: accepted, justification: ok }\n`;
    const r = checkText(text, { review: { today: TODAY } });
    assert.equal(r.problems.filter((p) => p.code === 'threat-A1' && p.data?.key === 'A1@wired-sensors').length, 0, 'countered');
    const [resolved] = r.problems.filter((p) => p.code === 'risk-resolved');
    assert.ok(resolved, JSON.stringify(r.problems.filter((p) => p.code.startsWith('risk') || p.code.startsWith('schema'))));
    assert.deepEqual(resolved.tags, ['unnecessary']);
    const [remove] = fixesFor(resolved, text);
    assert.equal(remove.title, 'Remove the decision on A1@wired-sensors');
    assert.ok(!/A1@wired-sensors/.test(applyEdits(text, remove.edits)));
  });
});

describe('review: completion inside risks:', () => {
  it('completes a decision\'s fields and its statuses, and offers risks and general as sections', () => {
    const at = (text: string, offset = text.length) => completions({ text, offset, lineIndex: new LineIndex(text) }).map((i) => i.label);
    assert.deepEqual(at('smartfab: 1\nrisks:\n  A1@x:\n    status: '), ['accepted', 'mitigating', 'mitigated', 'false-positive']);
    assert.deepEqual(at('smartfab: 1\nrisks:\n  A1@x:\n    status: accepted\n    '), ['justification', 'owner', 'date', 'ticket', 'expires']);
    assert.ok(['risks', 'general'].every((s) => at('smartfab: 1\nri').includes(s)));
  });
});
