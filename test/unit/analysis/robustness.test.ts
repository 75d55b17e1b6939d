// Broken plants (what validation flags) never crash the analysis or make it loop.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analysis/index';
import { checkText } from '../../../src/core/check';
import { buildPlant } from './builder';

describe('analysis: broken input', () => {
  it('an empty plant gives no models and no findings', () => {
    const a = analyze(buildPlant({ zones: {} }));
    assert.deepEqual([a.models, a.findings, a.damages, a.instances], [[], [], [], []]);
  });

  it('dangling zones, self conduits, unknown via and measure targets are skipped', () => {
    const a = analyze(
      buildPlant({
        models: [1, 9],
        zones: { iot: 'iot-network', ctrl: 'control-info' },
        devices: { s: ['iot-device', 'nowhere'], a: ['analysis-server', 'ctrl'], g: { kind: 'iot-gateway', zone: 'iot', count: Number.NaN } },
        conduits: { x: ['iot', 'iot'], y: { between: ['iot', 'ghost'], via: ['nobody'] }, z: { between: ['iot', 'ctrl'], via: ['nobody'] } },
        flows: [['s', 'ghost'], ['a', 's']],
        measures: [['8-1', 'ghost'], ['99-9', 'z'], ['1-1', 's']],
      }),
    );
    assert.deepEqual(a.models, [1]);
    assert.ok(a.findings.some((f) => f.code === 'threat-A4'));
    assert.ok(a.findings.every((f) => Number.isFinite(f.span.start)));
  });

  it('a ring of zones terminates and chains stay bounded', () => {
    const zones: Record<string, 'generic' | 'iot-network' | 'control-info'> = { iot: 'iot-network', ctrl: 'control-info' };
    const conduits: Record<string, [string, string]> = {};
    for (let i = 0; i < 30; i++) {
      zones[`r${i}`] = 'generic';
      conduits[`c${i}`] = [`r${i}`, `r${(i + 1) % 30}`];
    }
    conduits.in = ['iot', 'r0'];
    conduits.out = ['r15', 'ctrl'];
    const a = analyze(buildPlant({ zones, conduits, devices: { a: ['analysis-server', 'ctrl'], s: ['iot-device', 'iot'] } }));
    const f = a.findings.find((x) => x.code === 'threat-A4')!;
    assert.equal((f.data as { route: string[] }).route.length, 17);
  });

  it('checkText turns half-typed files into findings without throwing', () => {
    for (const text of ['smartfab: 1\nzones:\n  a: { kind: iot-network }\n  b: { kind:', 'zones: 5', 'smartfab: 1\ndevices:\n  x: { kind: drone }\n']) {
      const r = checkText(text);
      assert.ok(!r.problems.some((p) => p.code === 'internal-error'), text);
    }
  });
});
