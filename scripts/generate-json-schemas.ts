// Writes schemas/json/*.schema.json from the zod schemas (npm run schemas).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generatedJsonSchemas, serializeJsonSchema } from '../schemas/jsonSchemas';

const outputDirectory = path.join(__dirname, '..', 'schemas', 'json');
mkdirSync(outputDirectory, { recursive: true });
for (const [fileName, schema] of Object.entries(generatedJsonSchemas())) {
  writeFileSync(path.join(outputDirectory, fileName), serializeJsonSchema(schema));
  console.log(`wrote schemas/json/${fileName}`);
}
