import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as assert from 'node:assert/strict';
import { checkDraft } from '../../../src/core/check/checkDraft';
import { SourceIndex } from '../../../src/core/index/sourceIndex';
import { seedInputs } from '../seeds';

describe('checkDraft against the whole seeds/', () => {
  const index = SourceIndex.build(seedInputs());
  const flagged = (draft: string) => checkDraft(draft, index.quantities).map((f) => [f.claimed, f.expected]);

  it('flags a number whose source sentence inherits its period from the article', () => {
    // The Kunshan sentence states no period; the sentences around it say "the first half of 2025".
    assert.deepEqual(flagged('Kunshan reported an automotive output of 56 billion yuan in the first half of 2025.'), [['56 billion yuan', '65 billion yuan']]);
  });

  it('does not let a shared number in the same draft sentence outweigh a source that states the very value', () => {
    const draft = "Elsewhere in the delta, the region hosts 26 national-level advanced manufacturing clusters, and its share of the country's integrated-circuit industry is about three-fifths.";
    assert.deepEqual(flagged(draft), []);
  });

  it('checks the whole demo draft (test/fixtures/demo/draft.md) with one contradiction: a name in the clause pairs "work as one automotive cluster" with no item of a list', () => {
    const draft = readFileSync(path.join(__dirname, '../../../../test/fixtures/demo/draft.md'), 'utf8');
    assert.deepEqual(flagged(draft), [['56 billion yuan', '65 billion yuan']]);
  });

  it('checks the demo draft as the README shows: one contradiction', () => {
    const draft = "Kunshan, which specialises in automotive electronics, reported an output of 56 billion yuan, a year-on-year increase of 1.5 percent.\nTaicang has gathered nearly 800 automotive companies, and more than 6,000 firms work across the region.";
    assert.deepEqual(flagged(draft), [['56 billion yuan', '65 billion yuan']]);
  });
});
