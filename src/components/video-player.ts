/**
 * Turns each video title card into a player on demand. Until the reader presses play nothing
 * is requested from the video host; then an iframe of the privacy-enhanced embed replaces the
 * card and receives focus, so keyboard and screen-reader users land in the player.
 */
export function enableVideoPlayers(root: ParentNode): void {
  for (const frame of root.querySelectorAll<HTMLElement>('[data-video-frame]')) {
    const button = frame.querySelector<HTMLButtonElement>('[data-video-play]');
    const src = frame.dataset['embed'];
    if (!button || !src) continue;
    button.disabled = false;
    button.addEventListener('click', () => {
      const iframe = document.createElement('iframe');
      iframe.src = src;
      iframe.title = `Video player: ${frame.dataset['title'] ?? 'video'}`;
      // Fullscreen is granted by the permissions policy in `allow`; the older allowfullscreen
      // attribute beside it is ignored and makes Chromium log a warning.
      iframe.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
      iframe.referrerPolicy = 'strict-origin-when-cross-origin';
      iframe.loading = 'eager';
      frame.replaceChildren(iframe);
      iframe.focus();
    }, { once: true });
  }
}
