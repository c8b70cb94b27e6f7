import { describe, expect, it } from 'vitest';
import { compileCueMatcher, compileCues, cueScores } from '../../lib/engine/cues';

const KILLED = compileCues(['peacekeeper', 'killed', 'hostile acts', 'casques bleus', 'tués']);
const DEPLOYED = compileCues(['troops', 'deployed', 'peacekeeping mission', 'déployés']);
const matcher = compileCueMatcher([KILLED, DEPLOYED]);

describe('cue words that link a figure to its fact', () => {
  it('count each cue of each fact once, in English and French, whatever the case and accents', () => {
    expect(cueScores('165 peacekeepers were killed in hostile acts, and more peacekeepers were killed', matcher)).toEqual([3, 0]);
    expect(cueScores('13 289 casques bleus tues et deployes', matcher)).toEqual([2, 1]);
  });

  it('let a cue take an inflection, never a prefix, a longer word or a longer number', () => {
    expect(cueScores('the peacekeepers', matcher)).toEqual([1, 0]);
    expect(cueScores('unkilled troopships', matcher)).toEqual([0, 0]);
    expect(cueScores('troops redeployed, peacekeepers killed', matcher)).toEqual([2, 1]);
    expect(cueScores('the peacekeeping mission', matcher)).toEqual([0, 1]);
    expect(cueScores('the peacekeeping missions', matcher)).toEqual([0, 1]);
    expect(cueScores('troops2', matcher)).toEqual([0, 0]);
  });

  it('find a cue that shares its first word with a longer one', () => {
    const nested = compileCueMatcher([compileCues(['troops', 'troops deployed'])]);
    expect(cueScores('the troops deployed', nested)).toEqual([2]);
    expect(cueScores('the troops left', nested)).toEqual([1]);
  });

  it('count one written word once, though it holds two cues of a fact', () => {
    const signed = compileCueMatcher([compileCues(['parties', 'sign', 'signed'])]);
    expect(cueScores('the football club signed two young midfielders', signed)).toEqual([1]);
    expect(cueScores('the three parties signed the agreement', signed)).toEqual([2]);
  });
});
