/**
 * Build step (`npm run build`): writes compromise's word classes to dist/lexicon/word-classes.json, beside the
 * compiled word-classes.js that reads it, so that whosaid never loads compromise at run time.
 */
import { writeFileSync } from 'node:fs';
import { fromCompromise, toFile } from './word-classes.js';

const target = new URL('./word-classes.json', import.meta.url);
writeFileSync(target, JSON.stringify(toFile(fromCompromise())));
