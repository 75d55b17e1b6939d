import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { layoutDiagram } from '../../../src/core/diagram/layout';
import * as m from '../../../src/core/diagram/measure';
import { renderSvg } from '../../../src/core/diagram/svg';
import { ROOT } from '../../fixtures/golden';
import { plantFromYaml } from './fixtures';

const LONG = 'Wired IoT devices (power meters, sound/heat sensors)';

describe('diagram: label measure and wrapping', () => {
  it('keeps a short label on one line', () => {
    assert.deepEqual(m.wrapLabel('PLC'), ['PLC']);
  });
  it('wraps a long label at a space into two lines, each within the maximum width, losing nothing', () => {
    const lines = m.wrapLabel(LONG);
    assert.equal(lines.length, 2);
    for (const l of lines) assert.ok(m.textWidth(l) <= m.LABEL_MAX_WIDTH, l);
    assert.equal(lines.join(' '), LONG);
    assert.ok(!lines.some((l) => l.includes('…')));
  });
  it('breaks text without spaces between characters', () => {
    const ja = '有線IoT機器（電力計、音・熱センサー、カメラ）';
    const lines = m.wrapLabel(ja);
    assert.equal(lines.length, 2);
    assert.equal(lines.join(''), ja);
  });
  it('ends the second line with an ellipsis only beyond two lines', () => {
    const lines = m.wrapLabel('word '.repeat(40).trim());
    assert.equal(lines.length, 2);
    assert.ok(lines[1].endsWith('…'));
    assert.ok(m.textWidth(lines[1]) <= m.LABEL_MAX_WIDTH);
  });
  it('sizes a box for its widest line and one more line height per wrapped line', () => {
    const one = m.leafSize('PLC', 'PLC', m.DEVICE_MIN_WIDTH, m.DEVICE_HEIGHT);
    assert.deepEqual(one, { width: m.DEVICE_MIN_WIDTH, height: m.DEVICE_HEIGHT });
    const two = m.leafSize(LONG, 'IoT device ×40', m.DEVICE_MIN_WIDTH, m.DEVICE_HEIGHT);
    assert.equal(two.height, m.DEVICE_HEIGHT + m.LINE_HEIGHT);
    assert.ok(two.width <= m.snap(m.LABEL_MAX_WIDTH + 28));
  });
  it('draws every example device label in full (no ellipsis) and inside its box', async () => {
    for (const file of ['model-2-multi-factory.smartfab.yaml', 'model-3-remote-monitoring.smartfab.yaml', 'model-5-patch-distribution.smartfab.yaml']) {
      const model = await layoutDiagram(plantFromYaml(readFileSync(path.join(ROOT, 'examples', file), 'utf8')));
      const svg = renderSvg(model);
      assert.ok(!svg.includes('…'), `${file} has an ellipsis`);
      for (const n of model.nodes) {
        if (n.type === 'zone' || n.type === 'plant') continue;
        const widest = Math.max(...m.wrapLabel(n.label).map((l) => m.textWidth(l)), n.sublabel ? m.textWidth(n.sublabel, m.SMALL_FONT_SIZE) : 0);
        // Room for the text plus the corner badge: the count lives in the kind line, never over the label.
        assert.ok(widest + 28 <= n.width, `${file} ${n.id}: ${widest} in ${n.width}`);
      }
    }
  });
});
