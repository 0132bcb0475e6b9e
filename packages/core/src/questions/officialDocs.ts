/** Where Microsoft publishes its official documentation. */
export const DEFAULT_DOCS_HOSTS: readonly string[] = [
  'learn.microsoft.com',
  'docs.microsoft.com',
  'azure.microsoft.com',
];

/**
 * Why `url` is not an acceptable docs link, or undefined when it is: an https
 * URL on one of `hosts` (exact host match, so look-alike domains fail).
 */
export function docsLinkProblem(
  url: unknown,
  hosts: readonly string[] = DEFAULT_DOCS_HOSTS,
): string | undefined {
  const expected = `an https link to the official documentation page (${hosts.join(', ')})`;
  if (typeof url !== 'string' || url.trim() === '') return `add docs: ${expected}`;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return `'${url}' is not a URL: use ${expected}`;
  }
  if (parsed.protocol !== 'https:') return `'${url}' is not https: use ${expected}`;
  if (!hosts.includes(parsed.hostname.toLowerCase())) {
    return `'${parsed.hostname}' is not an official documentation host: use ${expected}`;
  }
  return undefined;
}
