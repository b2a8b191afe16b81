import { z } from 'zod';
import { compilationSchema } from './compilation';
import { frontMatterSchema } from './frontMatter';
import { programmeRecordSchema } from './programme';
import { validationSettingsSchema } from './settings';
import { submissionExportSchema } from './submissionExport';
import { workspaceConfigSchema } from './workspaceConfig';

/**
 * The JSON Schemas generated from the zod schemas, by file name under schemas/json/. Other tools
 * (editors, registries, the JSON export) read these; `npm run schemas` writes them and a test fails
 * when the committed files drift from the zod source.
 */
export function generatedJsonSchemas(): Record<string, unknown> {
  return {
    'front-matter.schema.json': {
      $id: 'oewg-drafter/front-matter.schema.json',
      title: 'Front matter of an OEWG / Global Mechanism submission',
      // What the drafter writes (session numbers may be numbers), hence the input side.
      ...z.toJSONSchema(frontMatterSchema, { io: 'input' }),
    },
    'programme.schema.json': {
      $id: 'oewg-drafter/programme.schema.json',
      title: 'A programme entry of a mapping-exercise response, normalized',
      ...z.toJSONSchema(programmeRecordSchema, { io: 'output' }),
    },
    'settings.schema.json': {
      $id: 'oewg-drafter/settings.schema.json',
      title: 'Validation settings (VS Code section "oewgDrafter")',
      ...z.toJSONSchema(validationSettingsSchema, { io: 'input' }),
    },
    'submission-export.schema.json': {
      $id: 'oewg-drafter/submission-export.schema.json',
      title: 'A submission exported as JSON (oewg-drafter export --format json)',
      ...z.toJSONSchema(submissionExportSchema, { io: 'output' }),
    },
    'compilation.schema.json': {
      $id: 'oewg-drafter/compilation.schema.json',
      title: 'Programmes of many submissions compiled by region and theme (oewg-drafter compile --format json)',
      ...z.toJSONSchema(compilationSchema, { io: 'output' }),
    },
    // package.json contributes it for `.oewgrc.json` (jsonValidation): VS Code completes and checks the file.
    'oewgrc.schema.json': {
      $id: 'oewg-drafter/oewgrc.schema.json',
      title: 'OEWG Submission Drafter workspace configuration (.oewgrc.json)',
      ...z.toJSONSchema(workspaceConfigSchema, { io: 'input' }),
    },
  };
}

/** The exact text written for a schema, so that generation and the drift test agree byte for byte. */
export function serializeJsonSchema(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
