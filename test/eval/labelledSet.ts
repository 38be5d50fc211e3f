/**
 * A labelled fact-check set on disk (`sources/`, `drafts/`, `labels.json` in one folder: test/eval/ or
 * test/eval/holdout/), with its generated contradictions, checked and scored. Shared by `npm run eval`
 * and the parameter fit (fit.ts), so both measure the same way.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkDraft, type Finding } from '../../src/core/check/checkDraft';
import type { CheckerParams } from '../../src/core/check/params';
import { SourceIndex } from '../../src/core/index/sourceIndex';
import type { SourceInput } from '../../src/core/model';
import { generateContradictions, generateParaphrases } from './generate';
import { loadLabels, locateLabels, repoRoot, type LocatedMention } from './labels';
import { numberTokens } from './perturb';
import { type DraftOutcome, type Flag, matchFlags } from './score';

/** A draft to check and the labelled mentions to score in it. */
export interface EvalDraft {
  readonly name: string;
  readonly text: string;
  readonly mentions: readonly LocatedMention[];
  readonly generated: boolean;
}

/** A labelled set, ready to check. */
export interface LabelledSet {
  readonly sources: readonly SourceInput[];
  readonly drafts: readonly EvalDraft[];
}

/** Every file of a folder, sorted, as inputs whose path is relative to the repository root. */
export function readFolder(folder: string): SourceInput[] {
  return fs
    .readdirSync(folder)
    .sort()
    .map((name) => path.join(folder, name))
    .filter((file) => fs.statSync(file).isFile())
    .map((file) => ({ path: path.relative(repoRoot(), file).split(path.sep).join('/'), text: fs.readFileSync(file, 'utf8') }));
}

/**
 * Reads the set in `dir`: its sources (plus `extraSources`), its hand-written drafts with their labels and,
 * when `seed` is given, one generated contradiction per perturbable supported label and one paraphrase per
 * supported label a paraphrase applies to (generate.ts).
 */
export function loadLabelledSet(dir: string, options: { seed?: number; extraSources?: readonly SourceInput[] } = {}): LabelledSet {
  const sources = [...readFolder(path.join(dir, 'sources')), ...(options.extraSources ?? [])];
  const labels = loadLabels(dir);
  const hand: EvalDraft[] = readFolder(path.join(dir, 'drafts')).map((input) => {
    const name = path.relative(dir, path.join(repoRoot(), input.path)).split(path.sep).join('/');
    return { name, text: input.text, mentions: locateLabels(name, input.text, labels), generated: false };
  });
  const texts = new Map(hand.map((d) => [d.name, d.text]));
  const generated: EvalDraft[] =
    options.seed === undefined
      ? []
      : [...generateContradictions(texts, labels, numberTokens(sources.map((s) => s.text)), options.seed), ...generateParaphrases(texts, labels, options.seed)].map((g) => ({
          name: g.name,
          text: g.text,
          mentions: [g.mention],
          generated: true,
        }));
  return { sources, drafts: [...hand, ...generated] };
}

/** Reduces a checker finding to a scoring flag with a readable explanation. */
function toFlag(finding: Finding): Flag {
  const at = finding.source ? ` at ${finding.source.file}:${finding.source.line}` : '';
  return { span: finding.span, detail: `claimed ${JSON.stringify(finding.claimed)}, expected ${JSON.stringify(finding.expected)}${at} [${finding.rules.join(', ')}]` };
}

/** Checks every draft of a set against one index of its sources (built once when `index` is not given). */
export function checkLabelledSet(set: LabelledSet, params?: CheckerParams, index: SourceIndex = SourceIndex.build(set.sources)): Map<EvalDraft, DraftOutcome> {
  return new Map(
    set.drafts.map((draft) => {
      const flags = checkDraft(draft.text, index.quantities, params === undefined ? {} : { params })
        .filter((f) => f.code === 'contradiction')
        .map(toFlag);
      return [draft, matchFlags(draft.mentions, flags, draft.generated)] as const;
    }),
  );
}
