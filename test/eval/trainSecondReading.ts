// Writes schemas/secondReadingModel.json from the development corpus (npm run train); see secondReadingTraining.ts.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { trainSecondReading } from './secondReadingTraining';

const model = trainSecondReading();
writeFileSync(path.join(__dirname, '..', '..', 'schemas', 'secondReadingModel.json'), `${JSON.stringify(model)}\n`);
console.log(`wrote schemas/secondReadingModel.json (${model.words.length} words)`);
for (const [checkId, check] of Object.entries(model.checks)) {
  console.log(`  ${checkId}: threshold ${check.threshold}; on unseen development entries it keeps ${check.measured.findingsKept} of the findings due and holds back ${check.measured.addressedHeldBack} of the entries that address it`);
}
