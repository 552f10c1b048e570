import { describe, expect, it } from 'vitest';
import { normaliseSkill, normaliseSkills, parseSkillList } from '../../src/services/skill-tags.js';
import { expectInvalidInput } from '../support/user-errors.js';

describe('skill tags', () => {
  it('trims, lower-cases, collapses whitespace and maps aliases', () => {
    expect(normaliseSkill('  Machine   Learning ')).toBe('machine learning');
    expect(['JS', 'ts', 'K8s', 'ReactJS', 'React.js', 'Node.js', 'nodejs'].map(normaliseSkill)).toEqual([
      'javascript',
      'typescript',
      'kubernetes',
      'react',
      'react',
      'node',
      'node',
    ]);
    // Only whole tags are aliases: "ts" inside another word is left alone.
    expect(normaliseSkill('ts-node')).toBe('ts-node');
  });

  it('deduplicates after aliasing and drops empty entries, keeping the first order', () => {
    expect(normaliseSkills(['React', 'reactjs', ' ', 'TypeScript', 'ts', 'C++', 'c#', '.NET', 'CI/CD'])).toEqual([
      'react',
      'typescript',
      'c++',
      'c#',
      '.net',
      'ci/cd',
    ]);
  });

  it('refuses long tags, odd characters and more than twenty tags', async () => {
    expect(await expectInvalidInput('skills', () => normaliseSkills(['x'.repeat(33)]))).toBe(
      `Each skill can be at most 32 characters; \`${'x'.repeat(33)}\` has 33. Use a shorter name.`,
    );
    expect(await expectInvalidInput('skills', () => normaliseSkills(['<@everyone>']))).toContain(
      "characters a skill can't have",
    );
    const tooMany = Array.from({ length: 21 }, (_, i) => `skill ${i}`);
    expect(await expectInvalidInput('skills', () => normaliseSkills(tooMany))).toContain(
      'at most 20 skills; you have 21.',
    );
    expect(normaliseSkills(tooMany.slice(0, 20))).toHaveLength(20);
  });

  it('splits a typed list on commas, semicolons and new lines', () => {
    expect(normaliseSkills(parseSkillList('React, TS;k8s\n\n, '))).toEqual(['react', 'typescript', 'kubernetes']);
  });
});
