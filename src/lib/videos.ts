import verified from '../data/videos.json';

/** One entry of the verified video list (a copy of shared/videos.json kept in the repo). */
export interface VerifiedVideo {
  term: string;
  youtubeId: string;
  title: string;
  channel: string;
}

/** A YouTube video id: eleven characters of the URL-safe base64 alphabet. */
export const VIDEO_ID_PATTERN = /^[A-Za-z0-9_-]{11}$/;

const byId = new Map<string, VerifiedVideo>();
for (const video of verified as VerifiedVideo[]) byId.set(video.youtubeId, video);

/** The verified entry for an id, or undefined when the id is not on the list. */
export function verifiedVideo(id: string): VerifiedVideo | undefined {
  return byId.get(id);
}

/**
 * Why a video id cannot be used, or null when it can: it must have the shape of an id and be
 * on the verified list, so that no page embeds a video nobody has checked.
 */
export function videoIdProblem(id: string): string | null {
  if (!VIDEO_ID_PATTERN.test(id)) return `'${id}' is not a video id (11 characters of A-Z, a-z, 0-9, - and _)`;
  if (!byId.has(id)) return `'${id}' is not on the verified list in src/data/videos.json`;
  return null;
}
