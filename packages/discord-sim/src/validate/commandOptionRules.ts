import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { COMMAND_LIMITS } from './commands.js';
import { checkString, type FieldPath, type FormErrors, isRecord } from './FormErrors.js';

const CHOICE_TYPES = new Set<number>([
  ApplicationCommandOptionType.String,
  ApplicationCommandOptionType.Integer,
  ApplicationCommandOptionType.Number,
]);
const NUMERIC_TYPES = new Set<number>([
  ApplicationCommandOptionType.Integer,
  ApplicationCommandOptionType.Number,
]);

/** Choices, autocomplete, bounds and lengths of a value option; returns its characters. */
export function checkValueRules(
  errors: FormErrors,
  path: FieldPath,
  option: Record<string, unknown>,
  type: number,
): number {
  let characters = 0;
  const choices = option.choices;
  if (choices !== undefined && choices !== null) {
    if (!CHOICE_TYPES.has(type)) {
      errors.add(
        [...path, 'choices'],
        'APPLICATION_COMMAND_OPTION_CHOICES_NOT_ALLOWED',
        'Only string, integer and number options have choices',
      );
    } else if (!Array.isArray(choices) || choices.length > COMMAND_LIMITS.choices) {
      errors.maxLength([...path, 'choices'], COMMAND_LIMITS.choices);
    } else {
      choices.forEach((choice: unknown, index) => {
        const at = [...path, 'choices', index];
        const record = isRecord(choice) ? choice : {};
        characters +=
          checkString(errors, [...at, 'name'], record.name, {
            min: 1,
            max: COMMAND_LIMITS.choiceName,
            required: true,
          })?.length ?? 0;
        characters += checkChoiceValue(errors, [...at, 'value'], record.value, type);
      });
    }
    if (option.autocomplete === true && Array.isArray(choices) && choices.length > 0) {
      errors.add(
        [...path, 'autocomplete'],
        'APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_WITH_CHOICES',
        'Autocomplete cannot be enabled on an option with choices',
      );
    }
  }
  if (option.autocomplete === true && !CHOICE_TYPES.has(type)) {
    errors.add(
      [...path, 'autocomplete'],
      'APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_NOT_ALLOWED',
      'Only string, integer and number options can autocomplete',
    );
  }
  for (const key of ['min_value', 'max_value'] as const) {
    const bound = option[key];
    if (bound === undefined || bound === null) continue;
    if (!NUMERIC_TYPES.has(type)) {
      errors.add(
        [...path, key],
        'APPLICATION_COMMAND_OPTION_BOUND_NOT_ALLOWED',
        'Only integer and number options have min_value and max_value',
      );
    } else if (
      typeof bound !== 'number' ||
      Math.abs(bound) > COMMAND_LIMITS.maxNumber ||
      (type === ApplicationCommandOptionType.Integer && !Number.isInteger(bound))
    ) {
      errors.add(
        [...path, key],
        'NUMBER_TYPE_MAX',
        `Value must be a ${type === ApplicationCommandOptionType.Integer ? 'int' : 'number'} between -2^53 and 2^53.`,
      );
    }
  }
  if (
    typeof option.min_value === 'number' &&
    typeof option.max_value === 'number' &&
    option.min_value > option.max_value
  ) {
    errors.add(
      [...path, 'min_value'],
      'APPLICATION_COMMAND_OPTION_MIN_GREATER_THAN_MAX',
      'min_value cannot be greater than max_value',
    );
  }
  for (const key of ['min_length', 'max_length'] as const) {
    const length = option[key];
    if (length === undefined || length === null) continue;
    const lowest = key === 'min_length' ? 0 : 1;
    if (type !== ApplicationCommandOptionType.String) {
      errors.add(
        [...path, key],
        'APPLICATION_COMMAND_OPTION_LENGTH_NOT_ALLOWED',
        'Only string options have min_length and max_length',
      );
    } else if (
      typeof length !== 'number' ||
      !Number.isInteger(length) ||
      length < lowest ||
      length > COMMAND_LIMITS.stringLength
    ) {
      errors.add(
        [...path, key],
        'NUMBER_TYPE_MAX',
        `int value should be <= ${COMMAND_LIMITS.stringLength} and >= ${lowest}.`,
      );
    }
  }
  if (option.channel_types !== undefined && type !== ApplicationCommandOptionType.Channel) {
    errors.add(
      [...path, 'channel_types'],
      'APPLICATION_COMMAND_OPTION_CHANNEL_TYPES_NOT_ALLOWED',
      'Only channel options have channel_types',
    );
  }
  return characters;
}

function checkChoiceValue(
  errors: FormErrors,
  path: FieldPath,
  value: unknown,
  type: number,
): number {
  if (type === ApplicationCommandOptionType.String) {
    return (
      checkString(errors, path, value, { min: 1, max: COMMAND_LIMITS.choiceValue, required: true })
        ?.length ?? 0
    );
  }
  const integer = type === ApplicationCommandOptionType.Integer;
  if (
    typeof value !== 'number' ||
    (integer && !Number.isInteger(value)) ||
    Math.abs(value) > COMMAND_LIMITS.maxNumber
  ) {
    errors.add(
      path,
      'NUMBER_TYPE_COERCE',
      `Value "${String(value)}" is not ${integer ? 'int' : 'a number'}.`,
    );
  }
  return String(value).length;
}
