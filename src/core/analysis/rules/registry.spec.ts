// The registry covers exactly the catalogue's threats.
import assert from 'node:assert/strict';
import { catalog } from '../../catalog/index';
import { THREAT_RULES } from './registry';

describe('analysis: threat rule registry', () => {
  it('has one rule per catalogue threat, no more', () => {
    assert.deepEqual(Object.keys(THREAT_RULES).sort(), catalog.threats.map((t) => t.id).sort());
    assert.equal(Object.keys(THREAT_RULES).length, 44);
  });
});
