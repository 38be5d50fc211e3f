import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { repoRoot } from '../../eval/labels';

interface EvalSummary {
  precision: number;
  recall: number;
  mustNotFlagViolations: number;
  falseAlarmsUnsourced: number;
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
  });
});
