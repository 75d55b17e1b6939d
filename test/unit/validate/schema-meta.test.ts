// The validator skips ajv's meta-schema check at start-up (src/core/validate/schema-check.ts); the schema
// is checked here instead, once, as ajv would have done.
import { strict as assert } from 'node:assert';
import Ajv from 'ajv';
import { plantSchema } from '../../../src/core/format/schema';

describe('validate: the plant schema against the JSON Schema meta-schema', () => {
  it('is a valid draft-07 schema and compiles in strict mode', () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    ajv.addVocabulary(['markdownDescription', 'markdownEnumDescriptions', 'enumDescriptions', 'defaultSnippets']);
    assert.equal(ajv.validateSchema(plantSchema), true, ajv.errorsText(ajv.errors));
    assert.doesNotThrow(() => ajv.compile(plantSchema));
  });
});
