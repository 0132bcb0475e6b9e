import { ComponentType } from 'discord-api-types/v10';
import { COMPONENT_LIMITS, type Walk, withId } from './components.js';
import { checkString, type FieldPath, isRecord } from './FormErrors.js';

/** A custom id: 1 to 100 characters, unique within the message. */
function customId(walk: Walk, path: FieldPath, value: unknown): void {
  const id = checkString(walk.errors, [...path, 'custom_id'], value, {
    min: 1,
    max: COMPONENT_LIMITS.customId,
    required: true,
  });
  if (id === undefined) return;
  if (walk.customIds.has(id)) {
    walk.errors.add(
      [...path, 'custom_id'],
      'COMPONENT_CUSTOM_ID_DUPLICATED',
      'Component custom id cannot be duplicated',
    );
  }
  walk.customIds.add(id);
}

export function button(
  walk: Walk,
  path: FieldPath,
  component: Record<string, unknown>,
): Record<string, unknown> {
  const { errors } = walk;
  const style = component.style;
  if (typeof style !== 'number' || style < 1 || style > 6) {
    errors.add([...path, 'style'], 'BASE_TYPE_CHOICES', 'Value must be one of {1, 2, 3, 4, 5, 6}.');
  } else if (style === 5) {
    checkString(errors, [...path, 'url'], component.url, { min: 1, max: 512, required: true });
    if (component.custom_id !== undefined) {
      errors.add(
        [...path, 'custom_id'],
        'BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED',
        'A link button cannot have a custom id',
      );
    }
  } else if (style === 6) {
    checkString(errors, [...path, 'sku_id'], component.sku_id, { min: 1, max: 20, required: true });
  } else {
    customId(walk, path, component.custom_id);
    if (component.url !== undefined) {
      errors.add(
        [...path, 'url'],
        'BUTTON_COMPONENT_URL_NOT_ALLOWED',
        'Only link buttons can have a url',
      );
    }
  }
  checkString(errors, [...path, 'label'], component.label, { max: COMPONENT_LIMITS.buttonLabel });
  if (style !== 6 && component.label === undefined && component.emoji === undefined) {
    errors.add(
      path,
      'BUTTON_COMPONENT_LABEL_OR_EMOJI_REQUIRED',
      'A button needs a label or an emoji',
    );
  }
  return withId(walk, component);
}

export function select(
  walk: Walk,
  path: FieldPath,
  component: Record<string, unknown>,
): Record<string, unknown> {
  const { errors } = walk;
  customId(walk, path, component.custom_id);
  checkString(errors, [...path, 'placeholder'], component.placeholder, {
    max: COMPONENT_LIMITS.placeholder,
  });
  const min = component.min_values ?? 1;
  const max = component.max_values ?? 1;
  if (typeof min !== 'number' || min < 0 || min > 25) {
    errors.add([...path, 'min_values'], 'NUMBER_TYPE_MAX', 'int value should be <= 25 and >= 0.');
  }
  if (typeof max !== 'number' || max < 1 || max > 25) {
    errors.add([...path, 'max_values'], 'NUMBER_TYPE_MAX', 'int value should be <= 25 and >= 1.');
  } else if (typeof min === 'number' && min > max) {
    errors.add(
      [...path, 'min_values'],
      'SELECT_COMPONENT_MIN_GREATER_THAN_MAX',
      'min_values cannot be greater than max_values',
    );
  }
  if (component.type === ComponentType.StringSelect) {
    const options = component.options;
    if (
      !Array.isArray(options) ||
      options.length === 0 ||
      options.length > COMPONENT_LIMITS.selectOptions
    ) {
      errors.badLength([...path, 'options'], 1, COMPONENT_LIMITS.selectOptions);
    } else {
      const values = new Set<string>();
      options.forEach((option: unknown, index) => {
        const at = [...path, 'options', index];
        const record = isRecord(option) ? option : {};
        checkString(errors, [...at, 'label'], record.label, {
          min: 1,
          max: COMPONENT_LIMITS.optionText,
          required: true,
        });
        const value = checkString(errors, [...at, 'value'], record.value, {
          min: 1,
          max: COMPONENT_LIMITS.optionText,
          required: true,
        });
        checkString(errors, [...at, 'description'], record.description, {
          max: COMPONENT_LIMITS.optionText,
        });
        if (value !== undefined && values.has(value)) {
          errors.add(
            [...at, 'value'],
            'SELECT_COMPONENT_OPTION_VALUE_DUPLICATED',
            'Select menu option values must be unique',
          );
        }
        if (value !== undefined) values.add(value);
      });
      if (typeof max === 'number' && max > options.length) {
        errors.add(
          [...path, 'max_values'],
          'SELECT_COMPONENT_MAX_VALUES_TOO_HIGH',
          'max_values cannot exceed the number of options',
        );
      }
    }
  }
  return withId(walk, component);
}
