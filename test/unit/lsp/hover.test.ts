import assert from 'node:assert/strict';
import type { Problem } from '../../../src/core/diagnostics';
import { hover, hoverMarkdown } from '../../../src/core/lsp/hover';
import { setLocale } from '../../../src/core/lsp/l10n';
import { LineIndex } from '../../../src/core/text/line-index';
import { load, offsetOf, PLANT } from './fixture';

describe('lsp hover', () => {
  const r = load();
  const md = (text: string, offset: number, problems: Problem[] = [], withIndex = true) =>
    hoverMarkdown({ text, offset, lineIndex: new LineIndex(text), ...(withIndex ? { index: r.index } : {}), problems })?.markdown ?? '';
  afterEach(() => setLocale('en'));

  it('documents a countermeasure ID: name, description in both languages, target, threats, report refs', () => {
    const m = md(PLANT, offsetOf(PLANT, 'ID8-1', 0, 3));
    assert.match(m, /^\*\*ID8-1\*\* — Installation of a filtering device \(フィルタリング装置の設置\)/);
    assert.match(m, /IP addresses/);
    assert.match(m, /_不正通信を遮断する/);
    assert.match(m, /\*\*Target:\*\* Between the IoT network and the control network \(information side\) \/ IoTNW-制御 NW\(情報側\)間/);
    assert.match(m, /\*\*Counters threats:\*\* A4 /);
    assert.match(m, /\*\*In the report:\*\* table 5 \(model 1\)/);
  });

  it('puts Japanese first for a Japanese display language', () => {
    setLocale('ja');
    const m = md(PLANT, offsetOf(PLANT, 'ID8-1', 0, 1));
    assert.match(m, /^\*\*ID8-1\*\* — フィルタリング装置の設置 \(Installation of a filtering device\)/);
    assert.match(m, /\*\*対象:\*\* IoTNW-制御 NW\(情報側\)間 \/ Between/);
  });

  it('documents a threat ID written anywhere (comment, reason), with its damages', () => {
    const text = `${PLANT}# open: A4 and 3-2\n`;
    const m = md(text, offsetOf(text, 'A4', 0, 1));
    assert.match(m, /^\*\*Threat A4\*\* — Intrusion spreading from the IoT network to the control network/);
    assert.match(m, /Intrusion path · model 1/);
    assert.match(m, /- \*\*Damage 1\*\* ⚑: /);
    assert.match(m, /\*\*Countermeasures:\*\* ID5-1, ID6-1, ID7-1, ID8-1, ID9-1, ID10-1/);
    assert.match(md(text, offsetOf(text, '3-2', 0, 2)), /^\*\*ID3-2\*\*/);
  });

  it('documents an element reference with kind, zone and its open findings', () => {
    const finding: Problem = { code: 'threat-A1', severity: 'error', message: 'A1 lacks 1-1', span: { start: 0, end: 1 }, data: { target: 'sensors' } };
    const m = md(PLANT, offsetOf(PLANT, 'from: sensors', 0, 8), [finding]);
    assert.match(m, /^\*\*Device `sensors`\*\* — IoT device/);
    assert.match(m, /Zone: `iot-nw` · count: 200/);
    assert.match(m, /\*\*Open findings \(1\):\*\*\n- `threat-A1` A1 lacks 1-1/);
    assert.match(md(PLANT, offsetOf(PLANT, 'ctrl-info:', 0, 2)), /^\*\*Zone `ctrl-info`\*\*[^]*Devices: `fw1`, `scada`[^]*No open findings\./);
    assert.match(md(PLANT, offsetOf(PLANT, 'iot-ctrl:', 0, 2)), /^\*\*Conduit `iot-ctrl`\*\* — `iot-nw` ↔ `ctrl-info`\n\nVia: `fw1`/);
  });

  it('explains a kind from the report vocabulary', () => {
    assert.match(md(PLANT, offsetOf(PLANT, 'firewall', 0, 2)), /^\*\*Device kind `firewall`\*\* — Firewall \(FW\)\n\nFiltering device \(measure 8\)\./);
    assert.match(md(PLANT, offsetOf(PLANT, 'control-info', 0, 2)), /^\*\*Zone kind `control-info`\*\*/);
  });

  it('explains a conduit or flow direction', () => {
    const text = 'conduits:\n  up: { between: [a, b], direction: one-way }\n';
    assert.match(md(text, offsetOf(text, 'one-way', 0, 2), [], false), /^\*\*Direction `one-way`\*\* — One way \(一方向\)/);
    assert.equal(md('x: { direction: constructor }\n', 20, [], false), '');
  });

  it('still works on a broken, unparsed file (word under the cursor)', () => {
    const text = 'devices:\n  gw: {kind: iot-gateway\n  x: [\ncountermeasures:\n  - measure: 8-1\n';
    assert.match(md(text, offsetOf(text, '8-1', 0, 1), [], false), /^\*\*ID8-1\*\*/);
    assert.match(md(text, offsetOf(text, 'iot-gateway', 0, 1), [], false), /^\*\*Device kind `iot-gateway`\*\*/);
  });

  it('gives nothing for unknown IDs and plain words, and a range for known ones', () => {
    assert.equal(md(PLANT, offsetOf(PLANT, 'protocol', 0, 2)), '');
    const text = '# 99-9 Z9\n';
    assert.equal(md(text, 2, [], false), '');
    assert.equal(md(text, 8, [], false), '');
    const h = hover({ text: PLANT, offset: offsetOf(PLANT, 'ID8-1'), lineIndex: r.lineIndex, index: r.index });
    assert.equal(h?.range?.start.character, 13);
    assert.equal(h?.range?.end.character, 18);
  });
});
