import { ComponentType } from 'discord-api-types/v10';
import { button, select } from './buttonsAndSelects.js';
import { topLevelV2, V2_TYPES } from './componentsV2.js';
import { type FieldPath, type FormErrors, isRecord } from './FormErrors.js';

export const COMPONENT_LIMITS = {
  rows: 5,
  perRow: 5,
  customId: 100,
  buttonLabel: 80,
  selectOptions: 25,
  optionText: 100,
  placeholder: 150,
  v2Total: 40,
  v2Text: 4_000,
} as const;

const SELECT_TYPES = new Set<number>([
  ComponentType.StringSelect,
  ComponentType.UserSelect,
  ComponentType.RoleSelect,
  ComponentType.MentionableSelect,
  ComponentType.ChannelSelect,
]);

/** Shared state of one message's check: custom ids must be unique across the message. */
export interface Walk {
  errors: FormErrors;
  customIds: Set<string>;
  nextId: number;
  total: number;
  textLength: number;
}

/**
 * Checks a message's `components` by Discord's rules and returns them with
 * the numeric `id`s Discord assigns. `v2` is the IS_COMPONENTS_V2 flag.
 */
export function validateMessageComponents(
  errors: FormErrors,
  path: FieldPath,
  value: unknown,
  v2: boolean,
): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    errors.add(path, 'BASE_TYPE_ARRAY', 'Value must be an array.');
    return [];
  }
  const walk: Walk = { errors, customIds: new Set(), nextId: 1, total: 0, textLength: 0 };
  if (!v2 && value.length > COMPONENT_LIMITS.rows) {
    errors.maxLength(path, COMPONENT_LIMITS.rows);
    return [];
  }
  const components = value.map((component, index) => {
    const at = [...path, index];
    if (!isRecord(component)) {
      errors.add(at, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
      return component;
    }
    if (!v2 && component.type !== ComponentType.ActionRow) {
      if (typeof component.type === 'number' && V2_TYPES.has(component.type)) {
        errors.add(
          at,
          'COMPONENT_LAYOUT_REQUIRES_COMPONENTS_V2',
          'This component requires the IS_COMPONENTS_V2 flag',
        );
      } else {
        errors.add([...at, 'type'], 'BASE_TYPE_CHOICES', 'Value must be one of {1}.');
      }
      return component;
    }
    return v2 ? topLevelV2(walk, at, component) : actionRow(walk, at, component);
  });
  if (v2 && walk.total > COMPONENT_LIMITS.v2Total) {
    errors.add(
      path,
      'COMPONENT_MAX_TOTAL_COMPONENTS_EXCEEDED',
      `Must be ${COMPONENT_LIMITS.v2Total} or fewer components in total.`,
    );
  }
  if (walk.textLength > COMPONENT_LIMITS.v2Text) {
    errors.add(
      path,
      'COMPONENT_MAX_TEXT_LENGTH_EXCEEDED',
      `Text in components must be ${COMPONENT_LIMITS.v2Text} or fewer characters in total.`,
    );
  }
  return components;
}

export function withId(walk: Walk, component: Record<string, unknown>): Record<string, unknown> {
  walk.total += 1;
  const id = typeof component.id === 'number' ? component.id : walk.nextId;
  walk.nextId = Math.max(walk.nextId, id) + 1;
  return { ...component, id };
}

export function actionRow(
  walk: Walk,
  path: FieldPath,
  row: Record<string, unknown>,
): Record<string, unknown> {
  const children = row.components;
  const at = [...path, 'components'];
  if (
    !Array.isArray(children) ||
    children.length === 0 ||
    children.length > COMPONENT_LIMITS.perRow
  ) {
    walk.errors.badLength(at, 1, COMPONENT_LIMITS.perRow);
    return row;
  }
  const hasSelect = children.some(
    (c) => isRecord(c) && typeof c.type === 'number' && SELECT_TYPES.has(c.type),
  );
  const result = withId(walk, row);
  result.components = children.map((child, index) => {
    const childPath = [...at, index];
    if (hasSelect && index > 0) {
      walk.errors.add(
        childPath,
        'COMPONENT_LAYOUT_WIDTH_EXCEEDED',
        'The specified component exceeds the maximum width',
      );
    }
    if (!isRecord(child)) return child;
    if (child.type === ComponentType.Button) return button(walk, childPath, child);
    if (typeof child.type === 'number' && SELECT_TYPES.has(child.type))
      return select(walk, childPath, child);
    walk.errors.add(
      [...childPath, 'type'],
      'UNION_TYPE_CHOICES',
      'Value of field "type" must be one of (2, 3, 5, 6, 7, 8).',
    );
    return child;
  });
  return result;
}
