/**
 * `npm run train:coder`: retrains the counsellor and client models from the project's own lines and writes their
 * weights.
 * Run it after changing the rules, the features or the training lines; a test fails while the committed
 * weights are stale.
 */
import { writeFileSync } from 'node:fs';
import { probabilities } from '../server/domain/coder/model/logistic.js';
import {
  CLIENT_WEIGHTS_PATH,
  clientTrainingExamples,
  trainClientModel,
  trainCounsellorModel,
  trainingExamples,
  WEIGHTS_PATH,
  weightsModule,
} from './coder-training.js';

const started = performance.now();
const examples = trainingExamples();
const model = trainCounsellorModel(examples);
let right = 0;
for (const ex of examples) {
  const p = probabilities(model, ex.features);
  if (model.labels[p.indexOf(Math.max(...p))] === ex.label) right++;
}
writeFileSync(WEIGHTS_PATH, weightsModule(model));
console.log(
  `trained on ${examples.length} counsellor turns in ${Math.round(performance.now() - started)} ms: ` +
    `${Object.keys(model.weights).length} features kept, training accuracy ${(right / examples.length).toFixed(3)}`,
);
console.log(`wrote ${WEIGHTS_PATH}`);

const clientExamples = clientTrainingExamples();
const client = trainClientModel(clientExamples);
writeFileSync(CLIENT_WEIGHTS_PATH, weightsModule(client, 'CLIENT_WEIGHTS'));
console.log(
  `trained the client model on ${clientExamples.length} client turns: ${Object.keys(client.weights).length} features kept`,
);
console.log(`wrote ${CLIENT_WEIGHTS_PATH}`);
