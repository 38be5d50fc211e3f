/**
 * Generated drafts on top of the hand-labelled ones. Contradictions
 * (FactCC-style): every supported mention that a perturbation applies to
 * yields one extra draft, identical to its original except for that mention,
 * which is now labelled `contradicted` with category `generated-<kind>`.
 * Paraphrases: every supported mention that a paraphrase applies to yields one
 * extra draft where it says the same thing differently, still labelled
 * `supported`, with category `paraphrase-<kind>`. The kind and every choice
 * inside it come from a seeded PRNG (one stream for each), so the sets are the
 * same on every run and machine.
 */
import type { Span } from '../../src/core/model';
import type { Label, LocatedMention } from './labels';
import { locateMention } from './labels';
import { PARAPHRASE_KINDS, paraphrase } from './paraphrase';
import { mulberry32, PERTURBATION_KINDS, perturb, type Rng } from './perturb';

/** The seed used unless the caller passes another one. */
export const DEFAULT_SEED = 20250731;

/** Supported categories left alone: changing them does not give a clear contradiction of a stated source value. */
const UNPERTURBED_CATEGORIES: ReadonlySet<string> = new Set(['period-year', 'date', 'derived', 'range', 'name-number', 'front-matter', 'fraction', 'age-group']);

/** One generated draft and its single labelled (changed) mention. */
export interface GeneratedDraft {
  /** A readable name, `generated/<draft stem>#<label index>-<kind>` or `paraphrased/…`. */
  readonly name: string;
  readonly text: string;
  readonly kind: string;
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

/** How one family of generated drafts changes a supported mention. */
interface Variation<K extends string> {
  /** `generated` or `paraphrased`: the first part of each draft's name. */
  readonly folder: string;
  readonly kinds: readonly K[];
  /** The label the changed mention gets, and its category's prefix. */
  readonly label: 'contradicted' | 'supported';
  readonly category: string;
  /** The mention changed by `kind`, or undefined when that kind does not apply. */
  change(mention: string, kind: K, text: string, span: Span, label: Label, rng: Rng): string | undefined;
}

/** One draft per supported label (outside {@link UNPERTURBED_CATEGORIES}) that some kind of `variation` changes. */
function generateVariants<K extends string>(drafts: ReadonlyMap<string, string>, labels: readonly Label[], seed: number, variation: Variation<K>): GeneratedDraft[] {
  const rng = mulberry32(seed);
  const out: GeneratedDraft[] = [];
  labels.forEach((label, index) => {
    if (label.label !== 'supported' || UNPERTURBED_CATEGORIES.has(label.category)) return;
    const text = drafts.get(label.draft);
    const span = text === undefined ? undefined : locateMention(text, label.mention, label.occurrence);
    if (text === undefined || !span) throw new Error(`${label.draft}: cannot locate ${JSON.stringify(label.mention)}`);
    for (const kind of shuffled(rng, variation.kinds)) {
      const changed = variation.change(label.mention, kind, text, span, label, rng);
      if (changed === undefined) continue;
      const stem = label.draft.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
      const name = `${variation.folder}/${stem}#${index}-${kind}`;
      out.push({
        name,
        text: text.slice(0, span.start) + changed + text.slice(span.end),
        kind,
        original: label.mention,
        mention: {
          draft: name,
          mention: changed,
          span: { start: span.start, end: span.start + changed.length },
          label: variation.label,
          category: `${variation.category}-${kind}`,
          mustNotFlag: false,
          note: `${label.mention} → ${changed}`,
        },
      });
      return;
    }
  });
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
  return generateVariants(drafts, labels, seed, {
    folder: 'generated',
    kinds: PERTURBATION_KINDS,
    label: 'contradicted',
    category: 'generated',
    change: (mention, kind, text, span, label, rng) => perturb(mention, kind, { before: text.slice(Math.max(0, span.start - 24), span.start), category: label.category, sourceNumbers }, rng),
  });
}

/** The seed of the paraphrases' own stream, so that adding them leaves the contradictions as they were. */
const PARAPHRASE_SEED_OFFSET = 1;

/** Makes one draft per supported label that a paraphrase applies to, the mention said differently and still supported. */
export function generateParaphrases(drafts: ReadonlyMap<string, string>, labels: readonly Label[], seed: number = DEFAULT_SEED): GeneratedDraft[] {
  return generateVariants(drafts, labels, seed + PARAPHRASE_SEED_OFFSET, {
    folder: 'paraphrased',
    kinds: PARAPHRASE_KINDS,
    label: 'supported',
    category: 'paraphrase',
    change: (mention, kind, text, span, _label, rng) => paraphrase(mention, kind, { before: text.slice(Math.max(0, span.start - 24), span.start), after: text.slice(span.end, span.end + 12) }, rng),
  });
}
