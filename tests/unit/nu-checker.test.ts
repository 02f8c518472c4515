/** The Nu checker's Java lookup (tests/support/nu-checker.ts): a missing runtime is one clear line. */
import { describe, expect, it } from 'vitest';
import { findJava, JAVA_MISSING } from '../support/nu-checker';

describe('Nu checker support', () => {
  it('finds no Java where there is none, and says what to install', () => {
    expect(findJava({ JAVA_HOME: '/nonexistent-java-home', PATH: '' })).toBeUndefined();
    expect(JAVA_MISSING).toMatch(/apt-get install default-jre-headless/);
    expect(JAVA_MISSING).not.toContain('\n');
  });
});
