import { describe, expect, it } from 'vitest';
import { frameworkFormatOf } from './frameworkFormat';

describe('frameworkFormatOf', () => {
  it('goes by the extension, in any case', () => {
    expect(frameworkFormatOf('esco.CSV', '{')).toBe('csv');
    expect(frameworkFormatOf('package.Json', 'name\nx')).toBe('case');
  });

  it('without a known extension, takes a JSON object for CASE and anything else for CSV', () => {
    expect(frameworkFormatOf('download', '\uFEFF \n {"CFDocument": {}}')).toBe('case');
    expect(frameworkFormatOf('download', 'name,code\nSQL,1')).toBe('csv');
    expect(frameworkFormatOf('skills.v2', '"name"\n"SQL"')).toBe('csv');
  });
});
