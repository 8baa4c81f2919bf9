import { describe, expect, it } from 'vitest';
import { containsPattern } from './like';

describe('a contains pattern', () => {
  it('takes wildcards and the escape character literally', () => {
    expect(containsPattern('50% off_now\\')).toBe('%50\\% off\\_now\\\\%');
    expect(containsPattern('plain')).toBe('%plain%');
  });
});
