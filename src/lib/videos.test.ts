import { describe, expect, it } from 'vitest';
import { verifiedVideo, videoIdProblem } from './videos';

describe('video ids', () => {
  it('accepts an id on the verified list', () => {
    expect(videoIdProblem('rTTG2s_g_Ks')).toBeNull();
    expect(verifiedVideo('rTTG2s_g_Ks')?.channel).toBe('The Bright Side of Mathematics');
  });
  it.each([
    ['too short', 'abc', /not a video id/],
    ['bad characters', 'abc<def>ghi', /not a video id/],
    ['script', 'javascript:', /not a video id/],
    ['well-formed but unverified', 'AAAAAAAAAAA', /not on the verified list/],
  ])('rejects %s', (_name, id, message) => expect(videoIdProblem(id)).toMatch(message));
});
