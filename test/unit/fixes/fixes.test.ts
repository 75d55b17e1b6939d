// Quick-fixes are chosen from problem.code and problem.data only, and each yields valid text.
import assert from 'node:assert/strict';
import { checkText } from '../../../src/core/check';
import type { Problem } from '../../../src/core/diagnostics';
import { applyEdits } from '../../../src/core/edit/index';
import { fixAll, fixesFor, type Fix } from '../../../src/core/fixes/index';
import { assertValid, golden, input } from '../edit/helpers';

const text = input('block-2.yaml');

const finding = (data: Record<string, unknown>, message = 'irrelevant'): Problem => ({
  code: `threat-${String(data.threat)}`,
  severity: 'error',
  message,
  span: { start: 0, end: 1 },
  data,
});

const a4 = finding({
  threat: 'A4',
  damages: [1],
  target: 'iot-ctrl',
  targetType: 'conduit',
  missing: ['5-1', '8-1', '9-1', '10-1'],
  route: ['iot-ctrl'],
  declareOn: { '5-1': 'iot-nw' },
});

const apply = (fix: Fix | undefined): string => {
  assert.ok(fix, 'fix offered');
  return applyEdits(text, fix.edits);
};
const byTitle = (fixes: Fix[], title: string): Fix | undefined => fixes.find((f) => f.title === title);

describe('fixesFor: threat findings', () => {
  const fixes = fixesFor(a4, text);
  it('offers structural fixes per missing kind, then add-as-planned, then one not-applicable per ID', () => {
    assert.deepEqual(
      fixes.map((f) => f.title),
      [
        'Insert a firewall on iot-ctrl',
        'Insert a DMZ between iot-nw and ctrl-info',
        'Add an IDS on iot-ctrl',
        'Add missing countermeasures as planned',
        'Mark ID5-1 not applicable',
        'Mark ID8-1 not applicable',
        'Mark ID9-1 not applicable',
        'Mark ID10-1 not applicable',
      ],
    );
    assert.deepEqual(fixes.filter((f) => f.isPreferred).map((f) => f.title), ['Add missing countermeasures as planned']);
    assert.ok(fixes.every((f) => f.kind === 'quickfix'));
  });
  it('never reads the message', () => {
    assert.deepEqual(fixesFor(finding(a4.data as Record<string, unknown>, 'Insert nothing: A9 on x'), text), fixes);
  });
  for (const [title, name] of [
    ['Insert a firewall on iot-ctrl', 'firewall'],
    ['Insert a DMZ between iot-nw and ctrl-info', 'dmz'],
    ['Add an IDS on iot-ctrl', 'ids'],
    ['Add missing countermeasures as planned', 'add-planned'],
    ['Mark ID8-1 not applicable', 'mark-na'],
  ] as const) {
    it(`"${title}" gives the expected text`, () => {
      const out = apply(byTitle(fixes, title));
      golden(`fixes/a4-${name}.yaml`, out);
      assertValid(text, out);
    });
  }
  it('offers a VPN for a missing measure 11 on a conduit and marks planned IDs implemented', () => {
    const f = fixesFor(finding({ threat: 'D4', target: 'office-ctrl', targetType: 'conduit', missing: ['11-1'], planned: ['8-2'] }), text);
    const out = apply(byTitle(f, 'Use a VPN on office-ctrl'));
    assert.match(out, /office-ctrl:\n {4}between: \[office, ctrl-info\]\n {4}vpn: true\n {4}# no filtering yet\n/);
    assert.equal(byTitle(f, 'Mark ID8-2 implemented'), undefined, 'no planned entry to update yet');
    const withPlan = `${text}  - measure: 8-2\n    target: office-ctrl\n    status: planned\n`;
    const g = fixesFor(finding({ threat: 'B3', target: 'office-ctrl', targetType: 'conduit', planned: ['8-2'] }), withPlan);
    const done = byTitle(g, 'Mark ID8-2 implemented');
    assert.ok(done);
    assert.equal(applyEdits(withPlan, done.edits), withPlan.replace(/status: planned\n$/, 'status: implemented\n'));
  });
  it('puts structural fixes on the route when the target is not a conduit', () => {
    const f = fixesFor(finding({ threat: 'A1', target: 'sensors', targetType: 'device', missing: ['8-1'], route: ['iot-ctrl'] }), text);
    assert.ok(byTitle(f, 'Insert a firewall on iot-ctrl'));
  });
  it('offers nothing that cannot apply: unknown conduits, missing data, unknown codes, broken YAML', () => {
    // An entry on an element that does not exist would be a new dangling-ref: not offered (issue 13.2).
    const f = fixesFor(finding({ threat: 'A4', target: 'gone', targetType: 'conduit', missing: ['8-1'] }), text);
    assert.deepEqual(f.map((x) => x.title), []);
    assert.deepEqual(fixesFor(finding({ threat: 'A4' }), text), []);
    assert.deepEqual(fixesFor({ ...a4, code: 'something-else' }, text), []);
    assert.deepEqual(fixesFor(a4, 'zones: [\n'), []);
  });
});

describe('fixAll', () => {
  it('merges every add-as-planned into one non-overlapping edit set, without duplicates', () => {
    const other = finding({ threat: 'B3', target: 'office-ctrl', targetType: 'conduit', missing: ['8-2', '5-1'], declareOn: { '5-1': 'iot-nw' } });
    const fix = fixAll([a4, other, a4], text);
    assert.ok(fix);
    assert.equal(fix.kind, 'source.fixAll');
    const out = applyEdits(text, fix.edits);
    golden('fixes/fix-all.yaml', out);
    assertValid(text, out);
    assert.equal(out.match(/ID5-1/g)?.length, 1, 'ID5-1 on iot-nw is already there');
    for (const id of ['ID8-1', 'ID9-1', 'ID10-1', 'ID8-2']) assert.equal(out.split(`measure: ${id}\n`).length, 2, `${id} once`);
  });
  it('gives nothing when no finding misses anything', () => {
    assert.equal(fixAll([], text), undefined);
    assert.equal(fixAll([finding({ threat: 'A4', target: 'iot-ctrl', missing: [] })], text), undefined);
  });
});

describe('fixesFor: validation problems (from the real checker)', () => {
  const fixFor = (src: string, code: string): { fix: Fix; out: string } => {
    const p = checkText(src).problems.find((x) => x.code === code);
    assert.ok(p, `${code} reported`);
    const fix = fixesFor(p, src)[0];
    assert.ok(fix, `a fix for ${code}`);
    return { fix, out: applyEdits(src, fix.edits) };
  };
  it('unknown-zone: creates the zone', () => {
    const src = text.replace('zone: office', 'zone: lab');
    const { fix, out } = fixFor(src, 'unknown-zone');
    assert.equal(fix.title, 'Create zone lab');
    assert.ok(!checkText(out).problems.some((p) => p.code === 'unknown-zone'));
  });
  it('missing-reason: adds a reason placeholder', () => {
    const src = text.replace('status: implemented\n    evidence: WPA3 enterprise', 'status: not-applicable');
    const { out } = fixFor(src, 'missing-reason');
    assert.match(out, /status: not-applicable\n {4}reason: "TODO: reason"\n$/);
    assert.ok(!checkText(out).problems.some((p) => p.code === 'missing-reason'));
  });
  it('duplicate-measure: removes the second entry', () => {
    const src = `${text}  - measure: 5-1\n    target: iot-nw\n`;
    const { out } = fixFor(src, 'duplicate-measure');
    assert.equal(out, text);
  });
  it('ignored-property: removes the key the analysis ignores, block or flow style, keeping the rest', () => {
    const block = 'smartfab: 1\nzones:\n  a: { kind: control-info }\ndevices:\n  fw:\n    kind: firewall\n    monitors: [a] # tap\n    zone: a\n';
    const { fix, out } = fixFor(block, 'ignored-property');
    assert.equal(fix.title, "Remove 'monitors' from fw");
    assert.equal(out, 'smartfab: 1\nzones:\n  a: { kind: control-info }\ndevices:\n  fw:\n    kind: firewall\n    zone: a\n');
    const flow = 'smartfab: 1\nzones:\n  a: { kind: control-info }\ndevices:\n  gw: { kind: iot-gateway, filtering: true, zone: a }\n';
    assert.equal(fixFor(flow, 'ignored-property').out, 'smartfab: 1\nzones:\n  a: { kind: control-info }\ndevices:\n  gw: { kind: iot-gateway, zone: a }\n');
  });
});
