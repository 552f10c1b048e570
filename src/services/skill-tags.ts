/**
 * Skills are free-text tags ("React", "k8s", "Node.js"). They are stored normalised so that matching,
 * autocomplete and usage counts see one spelling per skill: trimmed, lower-case, inner whitespace
 * collapsed, and common short or dotted names mapped to one canonical name.
 */
import { InvalidInputError } from '../errors.js';
import { quotedInput } from './quoted-input.js';

export const MAX_SKILLS = 20;
export const MAX_SKILL_LENGTH = 32;

/** Spellings of the same skill that people use interchangeably. Only whole tags are mapped. */
const SKILL_ALIASES: Readonly<Record<string, string>> = {
  js: 'javascript',
  ts: 'typescript',
  k8s: 'kubernetes',
  reactjs: 'react',
  'react.js': 'react',
  'node.js': 'node',
  nodejs: 'node',
  'vue.js': 'vue',
  vuejs: 'vue',
  'next.js': 'nextjs',
  py: 'python',
  golang: 'go',
  postgres: 'postgresql',
  'c sharp': 'c#',
  csharp: 'c#',
  cpp: 'c++',
};

/** Letters and digits of any script, spaces, and the punctuation of names like c++, c#, .net, ci/cd. */
const ALLOWED = /^[\p{L}\p{N} +#./_-]+$/u;

/** One tag in its stored spelling; does not check length or characters (see `normaliseSkills`). */
export function normaliseSkill(raw: string): string {
  const collapsed = raw.trim().toLowerCase().replace(/\s+/gu, ' ');
  return SKILL_ALIASES[collapsed] ?? collapsed;
}

/**
 * Tags as stored: normalised, empty ones dropped, duplicates (after aliasing) removed, order kept.
 * Throws InvalidInputError for a tag over 32 characters, with other characters, or more than 20 tags;
 * `field` names the command option in it.
 */
export function normaliseSkills(raw: readonly string[], field = 'skills'): string[] {
  const skills: string[] = [];
  for (const input of raw) {
    const skill = normaliseSkill(input);
    if (skill === '' || skills.includes(skill)) continue;
    if (skill.length > MAX_SKILL_LENGTH) {
      throw new InvalidInputError(field, 'mentor.input.skillTooLong', {
        max: MAX_SKILL_LENGTH,
        skill: quotedInput(skill),
        length: skill.length,
      });
    }
    if (!ALLOWED.test(skill)) {
      throw new InvalidInputError(field, 'mentor.input.skillCharacters', { skill: quotedInput(skill) });
    }
    skills.push(skill);
  }
  if (skills.length > MAX_SKILLS) {
    throw new InvalidInputError(field, 'mentor.input.tooManySkills', { max: MAX_SKILLS, count: skills.length });
  }
  return skills;
}

/** Splits the comma-separated text of a command option ("React, TS; k8s") into raw tags. */
export function parseSkillList(text: string): string[] {
  return text.split(/[,;\n]+/u).filter((part) => part.trim() !== '');
}
