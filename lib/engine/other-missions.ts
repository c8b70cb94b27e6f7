import { MISSION } from './figure-subjects';
import { type FigureHit, withAntecedent } from './find-figures';
import { type LinkContext, type LinkTables, scoresFor } from './link-context';
import { clauseBounds } from './sentences';

// Whether a figure is another UN mission's: one the pack holds (MINUSCA) or one it holds no facts of (UNIFIL).

/** The id under which the missions the pack does not hold are named together. */
export const UNSTORED = 'mission.unstored';

/**
 * Missions the pack holds no facts of, by the names the press gives them: other UN missions, the EU's in Mali
 * and the G5 Sahel's joint force. A figure or a date of theirs (`UNIFIL has lost more than 300 peacekeepers`,
 * `EUTM has trained soldiers since 2013`) is no more MINUSMA's than one of MINUSCA's.
 */
export const UNSTORED_MISSIONS: readonly string[] = [
  'EUTM',
  'EUCAP',
  'joint force',
  'force conjointe',
  'FC-G5S',
  'UNIFIL',
  'FINUL',
  'UNAMID',
  'MINUAD',
  'MINURSO',
  'UNMIK',
  'UNDOF',
  'FNUOD',
  'UNFICYP',
  'UNTSO',
  'ONUST',
  'UNISFA',
  'FISNUA',
  'MINUSTAH',
  'UNMIL',
  'MINUL',
  'UNOCI',
  'ONUCI',
  'UNAMSIL',
  'MINUSIL',
  'UNMOGIP',
  'UNAMA',
  'MANUA',
  'UNSMIL',
  'MANUL',
  // Missions of the past that MINUSMA's toll is measured against (`the deadliest since UNOSOM II in Somalia`).
  'UNOSOM',
  'ONUSOM',
  'UNPROFOR',
  'FORPRONU',
  'UNTAC',
  'APRONUC',
  'UNAMIR',
  'MINUAR',
  'ONUC',
  'AMISOM',
];

/** Which UN missions a text names: this one, another the pack holds, one it does not. */
interface MissionsNamed {
  own: boolean;
  other: boolean;
  unstored: boolean;
}
const missionsOf = new WeakMap<number[], MissionsNamed>();

// Which UN missions a text names, worked out once per text.
function missionsNamed(text: string, tables: LinkTables, context: LinkContext): MissionsNamed {
  const { ids, names } = tables.figures.missions;
  const scores = scoresFor('missions', text, '', names, context);
  let named = missionsOf.get(scores);
  if (named === undefined) {
    const has = (test: (id: string) => boolean) => ids.some((id, i) => test(id) && (scores[i] ?? 0) > 0);
    named = {
      own: has((id) => id === MISSION),
      other: has((id) => id !== MISSION && id !== UNSTORED),
      unstored: has((id) => id === UNSTORED),
    };
    missionsOf.set(scores, named);
  }
  return named;
}

/**
 * A sentence that names another UN mission the pack holds and not this one (`MINUSCA has 14,000 peacekeepers`)
 * speaks of none of this mission's facts; where it names both, or one the pack does not hold (`second only to
 * UNIFIL's`), a mission owning the figure decides (`UNMISS's $1.1 billion`), then the figure's own clause, or the
 * words before it where they name only the other.
 */
export function aboutOtherMission(hit: FigureHit, tables: LinkTables, context: LinkContext): boolean {
  const named = missionsNamed(withAntecedent(hit), tables, context);
  if (!named.other && !named.unstored) return false;
  if (named.other && !named.own && !named.unstored) return true;
  const owner = ownerBefore(hit);
  if (owner) {
    const ownedBy = missionsNamed(owner, tables, context);
    if (ownedBy.own || ownedBy.other || ownedBy.unstored) return !ownedBy.own;
  }
  const [start, end] = clauseBounds(hit.sentence, hit.sentenceOffset, hit.sentenceOffset + hit.text.length);
  const relative = relativeHead(hit.sentence, start, hit.sentenceOffset);
  const inClause = missionsNamed(relative ?? hit.sentence.slice(start, end), tables, context);
  if (inClause.own) return false;
  if (inClause.other || inClause.unstored) return true;
  if (named.own || start === 0) return false;
  // A sentence that names another mission before the figure's clause, and this one nowhere, is about it
  // (`The EU training mission, EUTM, has been in Mali since 2013`; not `the toll (311) is second only to UNIFIL's`).
  const before = missionsNamed(hit.sentence.slice(0, start), tables, context);
  return before.other || before.unstored;
}

// A name in the possessive right before a figure, a currency sign between them: `UNMISS's $1.1 billion`.
const OWNER = /(?:^|\s)(\S+)'s? (?:[$€£]|us\$)?$/;

/** The word that owns the figure in the possessive (`compares with UNMISS's $1.1 billion`), if any. */
function ownerBefore(hit: FigureHit): string | undefined {
  return OWNER.exec(hit.sentence.slice(Math.max(0, hit.sentenceOffset - 24), hit.sentenceOffset))?.[1];
}

// A relative clause's opening, after a comma: what it says is of the words right before.
const RELATIVE = /,\s*(?:which|who|whose|where|qui|dont|ou)\b/g;
// How far back those words may be read: a name and a word or two before it, not the clause's own subject.
const HEAD_REACH = 20;

/**
 * Where the figure at `at` stands in a relative clause of its clause (`… as deadly as UNIFIL, which has lost about 330
 * peacekeepers`), the words that clause is said of: whose figure it is.
 */
function relativeHead(sentence: string, start: number, at: number): string | undefined {
  let comma: number | undefined;
  const from = Math.max(0, start - 1);
  for (const m of sentence.slice(from, at).matchAll(RELATIVE)) comma = from + m.index;
  if (comma === undefined) return undefined;
  // A relative that opens the clause after a comma that ends one (`…UNOSOM II in Somalia, where`) is said of the
  // clause before.
  return sentence.slice(Math.max(comma < start ? 0 : start, comma - HEAD_REACH), comma);
}
