import type { Resource } from '../types.js';

const TRAINING = 'https://learn.microsoft.com/en-us/training';

/** A Microsoft Learn training path or module as a resource link. */
export function learnPath(title: string, slug: string): Resource {
  return { title, url: `${TRAINING}/paths/${slug}/` };
}

export function learnModule(title: string, slug: string): Resource {
  return { title, url: `${TRAINING}/modules/${slug}/` };
}

export const STUDY_GUIDES =
  'https://learn.microsoft.com/en-us/credentials/certifications/resources/study-guides';
