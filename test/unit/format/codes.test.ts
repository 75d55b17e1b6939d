import { strict as assert } from 'node:assert';
import { describeCode, FORMAT_CODES } from '../../../src/core/format/codes';

describe('format: problem code docs', () => {
  it('documents every format code with a title and help', () => {
    for (const [code, d] of Object.entries(FORMAT_CODES)) {
      assert.match(code, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(d.title && d.help.length > 20, code);
    }
  });
  it('describes schema-<keyword> codes from the keyword and any other code generically', () => {
    assert.match(describeCode('schema-required').help, /required/);
    assert.match(describeCode('schema-whatever').title, /whatever/);
    assert.equal(describeCode('threat-A4').title, 'threat-A4');
  });
});
