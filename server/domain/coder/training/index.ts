/** The coder's models, trained once per language on first use from the sentences in this folder. */
import type { ClientCode, Lang } from '../../codes.js';
import { CLIENT_TRAINING } from './client.js';
import { type Model, trainNaiveBayes } from './model.js';

const clientModels = new Map<Lang, Model<ClientCode>>();

export function clientModel(lang: Lang): Model<ClientCode> {
  let m = clientModels.get(lang);
  if (!m) {
    m = trainNaiveBayes(CLIENT_TRAINING[lang]);
    clientModels.set(lang, m);
  }
  return m;
}
