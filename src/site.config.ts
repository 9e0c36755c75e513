/**
 * Site-wide settings in one place. The beta notice and the contact link on every page come
 * from here, so changing the contact address is a one-line edit.
 */
export const site = {
  /** The site's name, shown in the header and in page titles. */
  name: 'ML Glossary',
  /** One line on what the site is, for the home page and the default meta description. */
  tagline: 'The mathematics of machine learning, explained in words and formulas you can touch.',
  /** Where readers send suggestions, questions and comments. */
  contact: { href: 'https://chrispaton.org', label: 'chrispaton.org' },
  /** The site is in beta while the first entries settle; the notice shows on every page. */
  beta: true,
  /** The host a video is embedded from after the reader presses play (privacy-enhanced mode). */
  videoEmbedOrigin: 'https://www.youtube-nocookie.com',
  /** Where a reader can watch a video on the host itself. */
  videoWatchUrl: 'https://www.youtube.com/watch?v=',
} as const;
