import { describe, isRecord, type Reader } from './problemReader.js';
import type { Domain, Resource } from './types.js';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_DOMAINS = 30;
const DOMAIN_KEYS = new Set(['id', 'name', 'weight', 'resources']);
const RESOURCE_KEYS = new Set(['title', 'url']);

function readResources(r: Reader, value: unknown, path: string): Resource[] | undefined {
  if (!Array.isArray(value)) {
    r.problem(path, `must be a list of { title, url }, not ${describe(value)}`);
    return undefined;
  }
  const resources: Resource[] = [];
  value.forEach((item, i) => {
    const at = `${path}[${i}]`;
    if (!isRecord(item)) {
      r.problem(at, `must be { title, url }, not ${describe(item)}`);
      return;
    }
    r.unknownKeys(item, RESOURCE_KEYS, at);
    const title = r.string(item, 'title', `${at}.title`, 'the title of the material');
    const url = r.https(item.url, `${at}.url`, item.url === undefined);
    if (title !== undefined && url !== undefined) resources.push(Object.freeze({ title, url }));
  });
  return resources;
}

function readWeight(r: Reader, value: unknown, path: string): [number, number] | undefined {
  const ok =
    Array.isArray(value) &&
    value.length === 2 &&
    value.every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 100);
  if (!ok) {
    r.problem(
      path,
      value === undefined
        ? 'missing; give the share of the exam as [min, max] percent, e.g. [15, 20]'
        : `must be [min, max] percent between 0 and 100, e.g. [15, 20], not ${describe(value)}`,
    );
    return undefined;
  }
  const [min, max] = value as [number, number];
  if (min > max) {
    r.problem(path, `range is inverted: min ${min} is above max ${max}; write [${max}, ${min}]`);
    return undefined;
  }
  if (max === 0) {
    r.problem(path, 'max must be above 0: a domain with no share cannot be studied for');
    return undefined;
  }
  return [min, max];
}

function readDomain(r: Reader, value: unknown, path: string): Domain | undefined {
  if (!isRecord(value)) {
    r.problem(path, `must be { id, name, weight }, not ${describe(value)}`);
    return undefined;
  }
  r.unknownKeys(value, DOMAIN_KEYS, path);
  let id: string | undefined;
  if (typeof value.id === 'string' && KEBAB.test(value.id)) {
    id = value.id;
  } else {
    r.problem(
      `${path}.id`,
      value.id === undefined
        ? 'missing; give a kebab-case id such as nlp or computer-vision'
        : `must be kebab-case (lowercase letters and digits joined by single hyphens, e.g. computer-vision), not ${describe(value.id)}`,
    );
  }
  const name = r.string(value, 'name', `${path}.name`, 'the domain name as the outline words it');
  const weight = readWeight(r, value.weight, `${path}.weight`);
  const resources =
    value.resources === undefined
      ? undefined
      : readResources(r, value.resources, `${path}.resources`);
  if (id === undefined || name === undefined || weight === undefined) return undefined;
  const domain: Domain = {
    id,
    name,
    weight: Object.freeze(weight) as readonly [number, number],
    ...(resources && resources.length > 0 ? { resources: Object.freeze(resources) } : {}),
  };
  return Object.freeze(domain);
}

export function readDomains(r: Reader, value: unknown): Domain[] | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    r.problem(
      'domains',
      value === undefined
        ? 'missing; give the list of skill domains'
        : `must be a non-empty list of domains, not ${describe(value)}`,
    );
    return undefined;
  }
  if (value.length > MAX_DOMAINS) {
    r.problem('domains', `has ${value.length} domains; at most ${MAX_DOMAINS} are supported`);
    return undefined;
  }
  const domains = value.map((d, i) => readDomain(r, d, `domains[${i}]`));
  const seen = new Map<string, number>();
  value.forEach((d, i) => {
    const id = isRecord(d) ? d.id : undefined;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else
      r.problem(
        `domains[${i}].id`,
        `duplicate id "${id}" (also domains[${first}]); give each domain its own id`,
      );
  });
  if (domains.some((d) => d === undefined)) return undefined;
  const valid = domains as Domain[];
  const minSum = valid.reduce((s, d) => s + d.weight[0], 0);
  const maxSum = valid.reduce((s, d) => s + d.weight[1], 0);
  if (minSum > 100) {
    r.problem(
      'domains',
      `the minimum weights add up to ${minSum}%, over 100%: lower some minimums`,
    );
  } else if (maxSum < 100) {
    r.problem(
      'domains',
      `the maximum weights add up to ${maxSum}%, under 100%: raise some maximums`,
    );
  }
  return valid;
}
