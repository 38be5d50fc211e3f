/**
 * Attributes a quotation to its speaker from the words around it, in the
 * three common styles:
 *   "…," said Name, title.     "…," Name noted.     Name, title, said: "…"
 * Pronouns and surnames are resolved against the people the article has
 * already named.
 */
import { NAME, PRONOUNS, SPEECH_VERBS } from './names';

/** A speaker as far as the text tells. */
export interface Speaker {
  readonly name: string;
  readonly role?: string;
}

const ROLE = '([^.;:"“”]{3,160}?)';
const AFTER_VERB_FIRST = new RegExp(`^[\\s,]*(?:${SPEECH_VERBS})\\s+(${NAME}|he|she|they)(?:,\\s*${ROLE})?\\s*(?:[.;]|$)`, 'u');
const AFTER_NAME_FIRST = new RegExp(`^[\\s,]*(${NAME}|he|she|they)(?:,\\s*${ROLE},)?\\s+(?:${SPEECH_VERBS})\\b`, 'u');
const BEFORE = new RegExp(`(${NAME})(?:,\\s*${ROLE},)?\\s+(?:${SPEECH_VERBS})(?:\\s+\\w+){0,3}\\s*[:,]?\\s*$`, 'u');
/** Someone introduced with a role: "Wang Tianchi, a scholar from …, pointed out" or "According to Xu Dongdong, head of …,". */
const INTRODUCTION = new RegExp(`(?:According to\\s+)?(${NAME}),\\s*${ROLE},\\s*(?:${SPEECH_VERBS}|\\p{Ll}+)`, 'gu');

/** Clauses after a comma that describe an action or a place, not a person's role. */
const NOT_A_ROLE = /^(?:\p{L}+ing|which|who|where|when|while|and|but|with|as|in|on|at)\b/u;

/** The people an article has named so far, most recent last. */
export class PeopleRegister {
  private readonly people: Speaker[] = [];

  /** Notes everyone introduced with a role in a passage of text. */
  learnFrom(text: string): void {
    for (const m of text.matchAll(INTRODUCTION)) {
      const name = m[1];
      const role = m[2]?.trim();
      if (name && isPersonName(name) && role && !NOT_A_ROLE.test(role)) this.note({ name, role });
    }
  }

  /** Records a speaker, refreshing their recency. */
  note(speaker: Speaker): void {
    const i = this.people.findIndex((p) => p.name === speaker.name);
    const known = i >= 0 ? this.people.splice(i, 1)[0] : undefined;
    this.people.push({ name: speaker.name, role: speaker.role ?? known?.role });
  }

  /** Resolves a pronoun to the last person named, and a surname to the full name of someone already named. */
  resolve(name: string, role: string | undefined): Speaker {
    if (PRONOUNS.has(name)) {
      const last = this.people[this.people.length - 1];
      return last ?? { name, role };
    }
    const full = [...this.people].reverse().find((p) => p.name !== name && p.name.split(/\s+/u).includes(name));
    if (full && !role) return full;
    return { name, role: role ?? this.people.find((p) => p.name === name)?.role };
  }
}

/** Finds the speaker of a quotation from the text just before and just after it. */
export function attribute(before: string, after: string, people: PeopleRegister): Speaker | undefined {
  const a = AFTER_VERB_FIRST.exec(after) ?? AFTER_NAME_FIRST.exec(after);
  const b = a ? undefined : BEFORE.exec(before);
  const m = a ?? b;
  const name = m?.[1];
  if (!m || !name || (!PRONOUNS.has(name) && !isPersonName(name))) return undefined;
  const speaker = people.resolve(name, m[2]?.trim());
  if (PRONOUNS.has(speaker.name)) return undefined;
  people.note(speaker);
  return speaker;
}

/** Rejects capitalised runs that are plainly not people ("The Company", "Shanghai"). */
function isPersonName(name: string): boolean {
  return !/^(?:The|This|That|It|We|I|You|Our|Their|A|An)\b/u.test(name);
}
