import type { Blueprint } from '../blueprint/types.js';
import { blueprintRef } from '../blueprint/types.js';
import { isRecord, type Report } from './problems.js';
import type { FieldPath } from './readYaml.js';

/** outline ref -> (a domain there -> the domain in that outline, or null for "does not apply"). */
export type DomainMappings = Record<string, Record<string, string | null>>;

export interface MappingContext {
  readonly blueprint: Blueprint;
  /** Every outline a mapping may target, by ref, with its domain ids. */
  readonly outlines: ReadonlyMap<string, readonly string[]>;
  readonly report: Report;
}

/** Checks that `ref` is an outline the library knows and not the bank's own; reports if not. */
function knownTarget(ref: string, path: FieldPath, ctx: MappingContext): boolean {
  const own = blueprintRef(ctx.blueprint);
  if (ref === own) {
    ctx.report(path, `maps onto its own outline ${own}: remove this entry`);
    return false;
  }
  if (!ctx.outlines.has(ref)) {
    const known = [...ctx.outlines.keys()].filter((r) => r !== own);
    ctx.report(
      path,
      `unknown outline '${ref}': map onto one of ${known.join(', ') || '(no other outline is loaded)'}`,
    );
    return false;
  }
  return true;
}

function targetDomainOk(
  ref: string,
  target: unknown,
  path: FieldPath,
  ctx: MappingContext,
): target is string | null {
  if (target === null) return true;
  const domains = ctx.outlines.get(ref) ?? [];
  if (typeof target === 'string' && domains.includes(target)) return true;
  ctx.report(
    path,
    `unknown domain ${JSON.stringify(target)} in ${ref}: use one of ${domains.join(', ')}, or null when it does not apply`,
  );
  return false;
}

/** Validates a file's `mappings` block; returns the usable part. */
export function validateFileMappings(raw: unknown, ctx: MappingContext): DomainMappings {
  const mappings: DomainMappings = {};
  if (raw === undefined) return mappings;
  if (!isRecord(raw)) {
    ctx.report(['mappings'], 'mappings must map an outline ref to { this-domain: that-domain }');
    return mappings;
  }
  const ownDomains = ctx.blueprint.domains.map((d) => d.id);
  for (const [ref, table] of Object.entries(raw)) {
    const path = ['mappings', ref];
    if (!knownTarget(ref, path, ctx)) continue;
    if (!isRecord(table)) {
      ctx.report(path, `must map this outline's domains onto ${ref}'s, e.g. nlp: text-analysis`);
      continue;
    }
    const usable: Record<string, string | null> = {};
    for (const [from, to] of Object.entries(table)) {
      if (!ownDomains.includes(from)) {
        ctx.report(
          [...path, from],
          `unknown domain '${from}' in ${blueprintRef(ctx.blueprint)}: use one of ${ownDomains.join(', ')}`,
        );
        continue;
      }
      if (targetDomainOk(ref, to, [...path, from], ctx)) usable[from] = to;
    }
    mappings[ref] = usable;
  }
  return mappings;
}

/** Validates a question's own `map` override; returns the usable part. */
export function validateQuestionMap(
  raw: unknown,
  path: FieldPath,
  ctx: MappingContext,
): Record<string, string | null> {
  const map: Record<string, string | null> = {};
  if (raw === undefined) return map;
  if (!isRecord(raw)) {
    ctx.report(path, 'map must map an outline ref to a domain id there (or null)');
    return map;
  }
  for (const [ref, to] of Object.entries(raw)) {
    if (knownTarget(ref, [...path, ref], ctx) && targetDomainOk(ref, to, [...path, ref], ctx)) {
      map[ref] = to;
    }
  }
  return map;
}
