import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { repoRoot } from '../../eval/labels';

interface EvalSummary {
  precision: number;
  recall: number;
  mustNotFlagViolations: number;
  falseAlarmsUnsourced: number;
  paraphrased: number;
  paraphraseFalseAlarms: number;
}

/**
 * The fact checker on the labelled evaluation set (test/eval/), run as `npm run eval` runs it,
 * held to issue 3's targets: precision ≥ 0.97, recall ≥ 0.90, no must-not-flag violation.
 */
describe('fact-check evaluation set', () => {
  it('keeps precision ≥ 0.97, no must-not-flag violation, no alarm on unsourced numbers, and recall ≥ 0.90', function () {
    this.timeout(60_000);
    const out = execFileSync(process.execPath, [path.join(repoRoot(), 'out/test/eval/run.js'), '--json'], { encoding: 'utf8' });
    const { summary } = JSON.parse(out) as { summary: EvalSummary };
    assert.ok(summary.precision >= 0.97, `precision ${summary.precision}`);
    assert.equal(summary.mustNotFlagViolations, 0);
    assert.equal(summary.falseAlarmsUnsourced, 0);
    assert.ok(summary.recall >= 0.9, `recall ${summary.recall}`);
    assert.ok(summary.paraphrased > 0);
    assert.equal(summary.paraphraseFalseAlarms, 0, 'a supported figure said differently ("about 142 billion", "65bn", "6.4 per cent") is never flagged');
  });
});

/**
 * The held-out sets (test/eval/holdout*), each written by hand before the checker first ran on it and read since
 * (see their READMEs). Held at what the checker reaches on them now, so a change that loses precision on any of them
 * fails: precision ≥ 0.95, no more must-not-flag violations than each has now (holdout4's "Six" members read as two;
 * the later sets' are listed in the closing note of issue 11), and no more flags on the generated paraphrases of
 * supported figures than now.
 */
describe('fact-check held-out sets', () => {
  // [set, must-not-flag violations, flagged paraphrases, least precision] it is held at.
  const limits: readonly (readonly [string, number, number, number?])[] = [
    ['holdout', 0, 0],
    ['holdout2', 0, 0],
    ['holdout3', 0, 0],
    ['holdout4', 1, 0],
    ['holdout5', 0, 0],
    // holdout6 was measured once at the end of the session that added it: two violations, since fixed ("issue 31" read
    // as a count; "£4.75m" for a total of £4,745,000 that shares no word with the draft, now found by its value).
    ['holdout6', 0, 0],
    // holdout7 was measured once, blind, in the session that added it (hand-written precision 0.780, recall 0.639, one
    // violation); read since.
    ['holdout7', 0, 0],
    // holdout8 was measured once, blind, in the session that added it (hand-written precision 0.741, recall 0.645, five
    // violations); read since, and its false alarms worked on in the next session (see the closing note of issue 11).
    ['holdout8', 0, 0],
    // holdout9 was measured once, blind, in the session that added it (hand-written precision 0.688, recall 0.532, five
    // violations, 11 flagged paraphrases); read since, and its false alarms worked on in the next session. Its last
    // flagged paraphrase ("about 190" callouts against the previous record of 171) went with rule loose-figure.
    ['holdout9', 0, 0],
    // holdout10 was measured once, blind, in the session that added it (hand-written precision 0.786, recall 0.550, four
    // violations, 2 flagged paraphrases); read since. Its remaining violation is listed in the closing note of issue 11.
    ['holdout10', 1, 0],
    // holdout11 was measured once, blind, in the session that added it (hand-written precision 0.809, recall 0.633, five
    // violations, 2 flagged paraphrases); read since. Its remaining violation, "23 of them", appeared when
    // sentence-initial figures such as "Some 312 farms" began to be read.
    ['holdout11', 1, 0],
    // holdout12 was measured once, blind, in the session that added it (hand-written precision 0.638, recall 0.500, one
    // violation, 2 flagged paraphrases); read since. Its remaining violation is listed in the closing note of issue 11.
    ['holdout12', 1, 0],
    // holdout13 was measured once, blind, at the end of the session that added it (hand-written precision 0.787, recall
    // 0.755, 3 violations, 1 flagged paraphrase; the session's starting code gave 0.822, 0.755, 3 and 2); read since.
    ['holdout13', 0, 0],
    // holdout14 was measured blind at the session's start and once at its end (hand-written precision 0.691 both times,
    // recall 0.731, one violation, 6 then 5 flagged paraphrases; overall precision 0.912); read since.
    ['holdout14', 1, 0],
    // holdout15 was measured blind at the start of the session that added it and twice during it (hand-written precision
    // 0.787, 0.787, then 0.814; recall 0.774; 7, 7, then 5 violations; one flagged paraphrase); read since. Its remaining
    // violations are listed in the closing note of issue 11.
    ['holdout15', 0, 0],
    // holdout16 was measured once, blind, at the start of the session that added it (hand-written precision 0.754,
    // recall 0.836, 10 violations, 8 flagged paraphrases); read at once, and its false alarms worked on in that session.
    ['holdout16', 1, 0],
    // holdout17 was written blind in the same session and measured once, blind, at c5409f8 (hand-written precision 0.727
    // against 0.695 for the session's starting code; recall 0.741 against 0.759; 7 violations against 8); read since.
    ['holdout17', 1, 1],
    // holdout18 was written blind and measured twice, blind: with the starting code of the session that added it
    // (hand-written precision 0.650, 19 violations) and after that session's work on holdout19 (0.684, 16); read since.
    ['holdout18', 5, 1],
    // holdout19 was written blind and measured once, blind, at the start of the session that added it (hand-written
    // precision 0.627, recall 0.593, 16 violations, 2 flagged paraphrases); read at once and worked on in that session.
    ['holdout19', 2, 0],
    // holdout20 and holdout21 were written blind by two helpers at once and measured with the starting code of the
    // session that added them (holdout20: hand-written precision 0.780, recall 0.542, 9 violations, 4 flagged paraphrases;
    // holdout21: 0.698, 0.545, 13, 0). holdout21 was read and worked on; holdout20 was measured again, still unread, after
    // that work (unchanged: 0.780, 0.542, 9, 4), then read and worked on (0.872, 0.576, 5, 2). Overall precision:
    // holdout20 0.952 at the start, 0.974 after; holdout21 0.948 at the start, 0.975 after.
    ['holdout20', 4, 2, 0.97],
    ['holdout21', 3, 0, 0.97],
    // holdout22 was written blind later in that session and measured, unread, with the session's starting code and at
    // its end (hand-written precision 0.732 both times, recall 0.556, 11 violations, no flagged paraphrase), and again
    // at the start of the next session (the same); read and worked on since (0.811, 0.556, 7, 0).
    ['holdout22', 5, 0],
    // holdout23 and holdout24 were written blind by two helpers at the start of the twenty-sixth session and never read.
    // holdout23 was measured with the session's starting code (hand-written precision 0.816, recall 0.741, 9 violations,
    // 1 flagged paraphrase; overall precision 0.955) and, figures only, after each change (0.820, 0.759, 9, 1 at the end).
    // Measured again, figures only, after each change of the twenty-seventh session (0.854, 0.759, 7, 0 at its end) and
    // of the twenty-eighth (0.891, 0.759, 5, 0 at its end); still never read.
    ['holdout23', 5, 0],
    // holdout24 was measured only with the session's starting code and at its end (0.814, 0.648, 8 violations,
    // 3 flagged paraphrases both times; overall precision 0.946), then once more, still unread, late in the
    // twenty-seventh session (a858cbc: 0.814, 0.648, 8, 2); read after that, and two of its shapes fixed (0.854, 6, 2).
    ['holdout24', 4, 1],
    // holdout25 and holdout26 were written blind by two helpers in the twenty-seventh session and never read; measured
    // with that session's starting code (21e69f8: holdout25 0.824, 0.519, 6 violations, 1 flagged paraphrase; holdout26
    // 0.789, 0.556, 8, 1) and at its end (74a6980: holdout25 0.833, 0.556, 6, 1, overall precision 0.972; holdout26
    // unchanged, 0.961). Both were read in the twenty-eighth session, and their false alarms' shapes worked on.
    ['holdout25', 1, 1],
    ['holdout26', 0, 0],
    // holdout27, holdout28 and holdout29 were written blind by three helpers in the twenty-eighth session. holdout27 was
    // measured with that session's starting code (6154291: hand-written precision 0.593, recall 0.593, 22 violations, 3
    // flagged paraphrases), then read and worked on (0.914, 0.593, 3, 3). holdout28 and holdout29 were never read:
    // measured with the starting code (holdout28 0.760, 0.704, 12, 1, overall precision 0.943; holdout29 0.813, 0.722, 9,
    // 1) and at the session's end (7dd5ebf: the same; holdout29's generated recall 0.853 → 0.857). Both were read in the
    // twenty-ninth session, after measuring holdout29 again unread (0.830, 0.722, 8, 1), and their false alarms' shapes
    // worked on (holdout28 0.929, 0.722, 3, 0; holdout29 0.907, 0.722, 4, 1).
    ['holdout27', 3, 3],
    ['holdout28', 3, 0],
    ['holdout29', 2, 1],
    // holdout30 to holdout33 were written blind by helpers in the twenty-ninth session and measured with its starting code
    // (984033f: holdout30 0.907, 0.722, 4, 1; holdout31 0.844, 0.704, 7, 1; holdout32 0.892, 0.611, 4, 1; holdout33 0.727,
    // 0.741, 15, 1). holdout30 and holdout31 were never read (the same at the session's end). holdout32 was never read,
    // but its totals led to dropping one change (0.895, 0.630, 4, 1 at the end). holdout33 was read and worked on
    // (0.833, 0.741, 8, 0). At the end of the thirtieth session: holdout30 and holdout31 unchanged, still never read;
    // holdout32, still never read, 0.944, 0.630, 2, 1; holdout33 0.930, 0.741, 3, 0.
    ['holdout30', 4, 1],
    ['holdout31', 7, 1],
    ['holdout32', 2, 1],
    ['holdout33', 3, 0],
    // holdout34, holdout35 and holdout36 were written blind by helpers in the thirtieth session. holdout34 and holdout35
    // were measured with its starting code (1d629db: holdout34 0.667, 0.630, 17 violations, 0 flagged paraphrases;
    // holdout35 0.830, 0.722, 8, 2); holdout34 was then read and worked on (0.825, 0.611, 7, 0). holdout35 was never
    // read, and measured again only at the session's end (0.826, 0.704, 8, 2). holdout36 was written later in the session
    // and never read; its totals were measured with the starting code (0.804, 0.685, 9, 1) and at two commits, as a
    // check (0.818, 0.667, 8, 1 at the end).
    ['holdout34', 7, 0],
    ['holdout35', 8, 2],
    ['holdout36', 8, 1],
  ];
  for (const [set, violations, paraphrases, leastPrecision = 0.95] of limits) {
    it(`${set}: precision ≥ ${leastPrecision}, at most ${violations} must-not-flag violation(s) and ${paraphrases} flagged paraphrase(s)`, function () {
      this.timeout(60_000);
      const out = execFileSync(process.execPath, [path.join(repoRoot(), 'out/test/eval/run.js'), '--set', set, '--json'], { encoding: 'utf8' });
      const { summary } = JSON.parse(out) as { summary: EvalSummary };
      assert.ok(summary.precision >= leastPrecision, `precision ${summary.precision}`);
      assert.ok(summary.mustNotFlagViolations <= violations, `${summary.mustNotFlagViolations} must-not-flag violations`);
      assert.ok(summary.paraphraseFalseAlarms <= paraphrases, `${summary.paraphraseFalseAlarms} of ${summary.paraphrased} paraphrased figures flagged`);
    });
  }
});
