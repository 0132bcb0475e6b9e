import { ComponentType } from 'discord-api-types/v10';
import { apiErrors } from '../errors.js';
import { checkString, type FieldPath, FormErrors, isRecord } from './FormErrors.js';

export const MODAL_LIMITS = {
  title: 45,
  components: 5,
  label: 45,
  labelDescription: 100,
  inputLength: 4_000,
  placeholder: 100,
  customId: 100,
} as const;

/** Checks a modal (callback type 9) by Discord's limits; paths start at `data`. */
export function validateModal(data: unknown): Record<string, unknown> {
  const errors = new FormErrors();
  const modal = isRecord(data) ? data : {};
  const customIds = new Set<string>();
  const customId = (path: FieldPath, value: unknown) => {
    const id = checkString(errors, path, value, {
      min: 1,
      max: MODAL_LIMITS.customId,
      required: true,
    });
    if (id !== undefined && customIds.has(id)) {
      errors.add(
        path,
        'COMPONENT_CUSTOM_ID_DUPLICATED',
        'Component custom id cannot be duplicated',
      );
    }
    if (id !== undefined) customIds.add(id);
  };
  checkString(errors, ['data', 'custom_id'], modal.custom_id, {
    min: 1,
    max: MODAL_LIMITS.customId,
    required: true,
  });
  checkString(errors, ['data', 'title'], modal.title, {
    min: 1,
    max: MODAL_LIMITS.title,
    required: true,
  });
  const components = modal.components;
  if (
    !Array.isArray(components) ||
    components.length < 1 ||
    components.length > MODAL_LIMITS.components
  ) {
    errors.badLength(['data', 'components'], 1, MODAL_LIMITS.components);
  } else {
    components.forEach((component: unknown, index) => {
      const at: FieldPath = ['data', 'components', index];
      const item = isRecord(component) ? component : {};
      if (item.type === ComponentType.ActionRow) {
        const children = Array.isArray(item.components) ? item.components : [];
        const input = children[0];
        if (children.length !== 1 || !isRecord(input) || input.type !== ComponentType.TextInput) {
          errors.add(
            [...at, 'components'],
            'COMPONENT_LAYOUT_WIDTH_EXCEEDED',
            'A modal row holds exactly one text input',
          );
          return;
        }
        textInput(errors, [...at, 'components', 0], input, true, customId);
      } else if (item.type === ComponentType.Label) {
        checkString(errors, [...at, 'label'], item.label, {
          min: 1,
          max: MODAL_LIMITS.label,
          required: true,
        });
        checkString(errors, [...at, 'description'], item.description, {
          max: MODAL_LIMITS.labelDescription,
        });
        const inner = isRecord(item.component) ? item.component : {};
        if (inner.type === ComponentType.TextInput)
          textInput(errors, [...at, 'component'], inner, false, customId);
        else if ([3, 5, 6, 7, 8, 19, 21, 22, 23].includes(inner.type as number))
          customId([...at, 'component', 'custom_id'], inner.custom_id);
        else
          errors.add(
            [...at, 'component', 'type'],
            'UNION_TYPE_CHOICES',
            'Value of field "type" must be one of (3, 4, 5, 6, 7, 8, 19, 21, 22, 23).',
          );
      } else if (item.type === ComponentType.TextDisplay) {
        checkString(errors, [...at, 'content'], item.content, {
          min: 1,
          max: 4_000,
          required: true,
        });
      } else {
        errors.add(
          [...at, 'type'],
          'UNION_TYPE_CHOICES',
          'Value of field "type" must be one of (1, 10, 18).',
        );
      }
    });
  }
  if (!errors.empty) throw apiErrors.invalidFormBody(errors.tree);
  return modal;
}

function textInput(
  errors: FormErrors,
  path: FieldPath,
  input: Record<string, unknown>,
  needsLabel: boolean,
  customId: (path: FieldPath, value: unknown) => void,
): void {
  customId([...path, 'custom_id'], input.custom_id);
  if (input.style !== 1 && input.style !== 2) {
    errors.add([...path, 'style'], 'BASE_TYPE_CHOICES', 'Value must be one of {1, 2}.');
  }
  checkString(errors, [...path, 'label'], input.label, {
    min: 1,
    max: MODAL_LIMITS.label,
    required: needsLabel,
  });
  checkString(errors, [...path, 'placeholder'], input.placeholder, {
    max: MODAL_LIMITS.placeholder,
  });
  checkString(errors, [...path, 'value'], input.value, { max: MODAL_LIMITS.inputLength });
  for (const [key, lowest] of [
    ['min_length', 0],
    ['max_length', 1],
  ] as const) {
    const value = input[key];
    if (value === undefined || value === null) continue;
    if (
      typeof value !== 'number' ||
      !Number.isInteger(value) ||
      value < lowest ||
      value > MODAL_LIMITS.inputLength
    ) {
      errors.add(
        [...path, key],
        'NUMBER_TYPE_MAX',
        `int value should be <= ${MODAL_LIMITS.inputLength} and >= ${lowest}.`,
      );
    }
  }
}
