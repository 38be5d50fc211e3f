/**
 * Generated contradictions on top of the hand-labelled ones (FactCC-style):
 * every supported mention that a perturbation applies to yields one extra
 * draft, identical to its original except for that mention, which is now
 * labelled `contradicted` with category `generated-<kind>`. The kind and
 * every choice inside it come from a seeded PRNG, so the set is the same on
 * every run and machine.
 */
import type { Label, LocatedMention } from './labels';
import { locateMention } from './labels';
import { mulberry32, PERTURBATION_KINDS, perturb, type PerturbationKind, type Rng } from './perturb';

/** The seed used unless the caller passes another one. */
export const DEFAULT_SEED = 20250731;

/** Supported categories left alone: changing them does not give a clear contradiction of a stated source value. */
const UNPERTURBED_CATEGORIES: ReadonlySet<string> = new Set(['period-year', 'date', 'derived', 'range', 'name-number', 'front-matter', 'fraction', 'age-group']);

/** One generated draft and its single labelled (perturbed) mention. */
export interface GeneratedDraft {
  /** A readable name, `generated/<draft stem>#<label index>-<kind>`. */
  readonly name: string;
  readonly text: string;
  readonly kind: PerturbationKind;
  /** The supported mention it was made from. */
  readonly original: string;
  readonly mention: LocatedMention;
}

/** Fisher–Yates shuffle of a copy, driven by `rng`. */
function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Makes one contradicted draft per perturbable supported label.
 * @param drafts draft texts keyed by the labels' `draft` path
 * @param sourceNumbers normalised number tokens of all sources, which perturbed values must avoid
 */
export function generateContradictions(
  drafts: ReadonlyMap<string, string>,
  labels: readonly Label[],
  sourceNumbers: ReadonlySet<string>,
  seed: number = DEFAULT_SEED,
): GeneratedDraft[] {
  const rng = mulberry32(seed);
  const out: GeneratedDraft[] = [];
  labels.forEach((label, index) => {
    if (label.label !== 'supported' || UNPERTURBED_CATEGORIES.has(label.category)) return;
    const text = drafts.get(label.draft);
    const span = text === undefined ? undefined : locateMention(text, label.mention, label.occurrence);
    if (text === undefined || !span) throw new Error(`${label.draft}: cannot locate ${JSON.stringify(label.mention)}`);
    const ctx = { before: text.slice(Math.max(0, span.start - 24), span.start), category: label.category, sourceNumbers };
    for (const kind of shuffled(rng, PERTURBATION_KINDS)) {
      const changed = perturb(label.mention, kind, ctx, rng);
      if (changed === undefined) continue;
      const stem = label.draft.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
      out.push({
        name: `generated/${stem}#${index}-${kind}`,
        text: text.slice(0, span.start) + changed + text.slice(span.end),
        kind,
        original: label.mention,
        mention: {
          draft: `generated/${stem}#${index}-${kind}`,
          mention: changed,
          span: { start: span.start, end: span.start + changed.length },
          label: 'contradicted',
          category: `generated-${kind}`,
          mustNotFlag: false,
          note: `${label.mention} → ${changed}`,
        },
      });
      return;
    }
  });
  return out;
}
