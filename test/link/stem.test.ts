import { describe, expect, it } from 'vitest';
import { stem } from '../../src/link/stem.js';

describe('stem', () => {
  it.each([
    ['migrate', 'migrated', 'migrating', 'migration', 'migrations'],
    ['configure', 'configured', 'configuring', 'configuration', 'configurations'],
    ['rotate', 'rotated', 'rotates', 'rotating', 'rotation'],
    ['export', 'exports', 'exported', 'exporting'],
    ['retry', 'retries', 'retried', 'retrying'],
    ['policy', 'policies'],
    ['reference', 'references', 'referenced'],
    ['enable', 'enabled', 'enabling'],
    ['expire', 'expired', 'expires', 'expiry'],
    ['synthesize', 'synthesized', 'synthesis'],
    ['reject', 'rejected', 'rejection'],
    ['redact', 'redacted', 'redaction'],
    ['deploy', 'deployed', 'deployment'],
    ['persist', 'persisted', 'persistence'],
  ])('sends %s and its family to one stem', (...words) => {
    const stems = new Set(words.map(stem));
    expect([...stems]).toHaveLength(1);
  });

  it.each([
    ['running', 'run'],
    ['stopped', 'stop'],
    ['caresses', 'caress'],
    ['called', 'call'],
    ['keys', 'key'],
    ['queries', 'quer'],
    ['removal', 'remov'],
    ['Rotation', 'rot'],
  ])('stems %s to %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it.each(['tls', 'status', 'access', 'ca', 'v1', '0600', 'run.yaml', 'größe', 'string'])(
    'leaves %s alone',
    (word) => {
      expect(stem(word)).toBe(word);
    },
  );

  it('keeps different words apart', () => {
    expect(stem('user')).not.toBe(stem('use'));
    expect(stem('quota')).not.toBe(stem('query'));
    expect(stem('export')).not.toBe(stem('expire'));
  });
});
