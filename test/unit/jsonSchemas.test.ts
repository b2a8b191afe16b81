import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generatedJsonSchemas, serializeJsonSchema } from '../../schemas/jsonSchemas';

describe('generated JSON Schema', () => {
  for (const [fileName, schema] of Object.entries(generatedJsonSchemas())) {
    it(`schemas/json/${fileName} matches the zod schemas (run "npm run schemas" after changing them)`, () => {
      const committed = readFileSync(path.join(__dirname, '..', '..', 'schemas', 'json', fileName), 'utf8');
      assert.equal(committed, serializeJsonSchema(schema));
    });
  }

  it('describes the programme fields and their vocabularies', () => {
    const programme = generatedJsonSchemas()['programme.schema.json'] as {
      required: string[];
      properties: Record<string, { enum?: string[] }>;
    };
    assert.deepEqual(programme.required.sort(), ['beneficiaries', 'lead', 'level', 'start', 'status', 'themes']);
    assert.deepEqual(programme.properties.status?.enum, ['planned', 'ongoing', 'completed']);
  });
});
