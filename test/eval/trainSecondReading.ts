// Writes schemas/secondReadingModel.json and schemas/sentenceReadingModel.json from the development corpus (npm run train); see secondReadingTraining.ts and sentenceReadingTraining.ts.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { trainSecondReading } from './secondReadingTraining';
import { trainSentenceReading } from './sentenceReadingTraining';

const schemas = path.join(__dirname, '..', '..', 'schemas');
const model = trainSecondReading();
writeFileSync(path.join(schemas, 'secondReadingModel.json'), `${JSON.stringify(model)}\n`);
console.log(`wrote schemas/secondReadingModel.json (${model.words.length} words)`);
for (const [checkId, check] of Object.entries(model.checks)) {
  console.log(`  ${checkId}: threshold ${check.threshold}; on unseen development entries it keeps ${check.measured.findingsKept} of the findings due and holds back ${check.measured.addressedHeldBack} of the entries that address it`);
}
const sentences = trainSentenceReading();
writeFileSync(path.join(schemas, 'sentenceReadingModel.json'), `${JSON.stringify(sentences)}\n`);
console.log(`wrote schemas/sentenceReadingModel.json (${sentences.features.length} features)`);
for (const [checkId, check] of Object.entries(sentences.checks)) {
  console.log(`  ${checkId}: threshold ${check.threshold}; on development rounds left out of training, the model alone reports entries with precision ${check.measured.precision} and recall ${check.measured.recall}`);
}
