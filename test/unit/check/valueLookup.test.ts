/**
 * A figure of three significant digits or more ("£4.75m"), or one the writer marks as rounded ("about 1,812,000"), is
 * looked up by its value too, in the files its words found: the source may state the figure in other words ("the year
 * to date" for "so far this year", "the contributions total" for "pay towards schools, a surgery and buses").
 * Sources from the seen held-out sets, read from disk.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assessDraft } from '../../../src/core/check/checkDraft';
import type { QuantityIndex } from '../../../src/core/check/quantityIndex';
import { indexOf } from './helpers';

const EVAL = path.join(__dirname, '..', '..', '..', '..', 'test', 'eval');

function indexOfEvalSource(set: string, file: string): QuantityIndex {
  const relative = path.join(set, 'sources', file);
  return indexOf({ [relative]: fs.readFileSync(path.join(EVAL, relative), 'utf8') });
}

function indexOfEvalSources(set: string): QuantityIndex {
  const folder = path.join(EVAL, set, 'sources');
  return indexOf(Object.fromEntries(fs.readdirSync(folder).map((file) => [path.join(set, 'sources', file), fs.readFileSync(path.join(folder, file), 'utf8')])));
}

function verdictOf(index: QuantityIndex, draft: string, mention: string): string | undefined {
  return assessDraft(draft, index).find((a) => a.claimed === mention)?.verdict;
}

describe('a figure is looked up by its value too', () => {
  it('finds the source figure it rounds, stated in other words, and is not flagged against a forecast', () => {
    const index = indexOfEvalSource('holdout6', 'amta-new-car-registrations-november-2026.md');
    const draft =
      'So far this year about 1,812,000 cars have been registered, 2.1% more than in the same period of 2025. But electric cars have taken only 26.4% of the market over that period, well short of the 33% target for 2026.';
    assert.notEqual(verdictOf(index, draft, 'about 1,812,000'), 'contradicted');
  });

  it('finds a total stated in other words for a figure of three significant digits, and a wrong total is still flagged', () => {
    const index = indexOfEvalSources('holdout6');
    const draft = (total: string): string => `- **340**: homes planned for Sallow Lane in Kelbrook. The developer would pay ${total} towards schools, a surgery, buses and a crossing.`;
    // The source: "The contributions total £4,745,000."
    assert.notEqual(verdictOf(index, draft('£4.75m'), '£4.75m'), 'contradicted');
    assert.equal(verdictOf(index, draft('£5.75m'), '£5.75m'), 'contradicted');
  });

  it('is still flagged when a figure of two significant digits that its value finds shares no word with it', () => {
    // "$412.6 million" of revenue rounds to "roughly $410 million", but the draft speaks of a plant's budget ($140 million).
    const index = indexOfEvalSource('holdout', 'corvane-q3-fy2026-earnings-call.txt');
    const draft =
      'The Reno plant should start ramping in the second quarter of fiscal 2027, adding 60,000 units a quarter at full run rate; $95 million of its roughly $410 million budget has been spent.';
    assert.equal(verdictOf(index, draft, 'roughly $410 million'), 'contradicted');
  });
});
