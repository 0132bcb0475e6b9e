import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { checkValueRules } from './commandOptionRules.js';
import { checkString, type FieldPath, type FormErrors, isRecord } from './FormErrors.js';

export const COMMAND_LIMITS = {
  name: 32,
  description: 100,
  options: 25,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  totalCharacters: 4_000,
  maxNumber: 2 ** 53,
  stringLength: 6_000,
} as const;

const NAME_PATTERN = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** Checks one command body by Discord's rules; returns its total character count. */
export function validateCommand(
  errors: FormErrors,
  path: FieldPath,
  body: Record<string, unknown>,
): number {
  const type = body.type ?? ApplicationCommandType.ChatInput;
  if (typeof type !== 'number' || type < 1 || type > 4) {
    errors.add([...path, 'type'], 'BASE_TYPE_CHOICES', 'Value must be one of {1, 2, 3, 4}.');
    return 0;
  }
  const chatInput = type === ApplicationCommandType.ChatInput;
  let characters = checkName(errors, [...path, 'name'], body.name, chatInput);
  if (chatInput) {
    const description = checkString(errors, [...path, 'description'], body.description, {
      min: 1,
      max: COMMAND_LIMITS.description,
      required: true,
    });
    characters += description?.length ?? 0;
    characters += checkOptions(errors, [...path, 'options'], body.options, 0);
  } else if (typeof body.description === 'string' && body.description.length > 0) {
    errors.add(
      [...path, 'description'],
      'APPLICATION_COMMAND_DESCRIPTION_MUST_BE_EMPTY',
      'Context menu commands cannot have a description',
    );
  } else if (
    body.options !== undefined &&
    (!Array.isArray(body.options) || body.options.length > 0)
  ) {
    errors.add(
      [...path, 'options'],
      'APPLICATION_COMMAND_OPTIONS_NOT_ALLOWED',
      'Context menu commands cannot have options',
    );
  }
  const permissions = body.default_member_permissions;
  if (
    permissions !== undefined &&
    permissions !== null &&
    (typeof permissions !== 'string' || !/^\d+$/.test(permissions))
  ) {
    errors.add(
      [...path, 'default_member_permissions'],
      'PERMISSIONS_INVALID',
      'Permissions must be a string of digits.',
    );
  }
  if (body.contexts !== undefined && body.contexts !== null) {
    if (!Array.isArray(body.contexts) || body.contexts.some((c) => c !== 0 && c !== 1 && c !== 2)) {
      errors.add([...path, 'contexts'], 'BASE_TYPE_CHOICES', 'Value must be a list of {0, 1, 2}.');
    }
  }
  if (characters > COMMAND_LIMITS.totalCharacters) {
    errors.add(
      path,
      'APPLICATION_COMMAND_TOO_LARGE',
      `Command exceeds maximum size (${COMMAND_LIMITS.totalCharacters})`,
    );
  }
  return characters;
}

function checkName(
  errors: FormErrors,
  path: FieldPath,
  value: unknown,
  lowercase: boolean,
): number {
  const name = checkString(errors, path, value, {
    min: 1,
    max: COMMAND_LIMITS.name,
    required: true,
  });
  if (name === undefined) return 0;
  // Context menu names may hold spaces and capitals; slash names may not.
  const valid = lowercase
    ? NAME_PATTERN.test(name) && name === name.toLowerCase()
    : name.trim().length > 0;
  if (!valid) errors.add(path, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
  return name.length;
}

function checkOptions(errors: FormErrors, path: FieldPath, value: unknown, depth: number): number {
  if (value === undefined || value === null) return 0;
  if (!Array.isArray(value)) {
    errors.add(path, 'BASE_TYPE_ARRAY', 'Value must be an array.');
    return 0;
  }
  if (value.length > COMMAND_LIMITS.options) {
    errors.maxLength(path, COMMAND_LIMITS.options);
    return 0;
  }
  let characters = 0;
  let optionalSeen = false;
  const names = new Set<string>();
  const isSub = (o: unknown) =>
    isRecord(o) &&
    (o.type === ApplicationCommandOptionType.Subcommand ||
      o.type === ApplicationCommandOptionType.SubcommandGroup);
  const subs = value.filter(isSub).length;
  value.forEach((option: unknown, index) => {
    const at = [...path, index];
    if (!isRecord(option)) {
      errors.add(at, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
      return;
    }
    const type = option.type;
    if (typeof type !== 'number' || type < 1 || type > 11) {
      errors.add(
        [...at, 'type'],
        'BASE_TYPE_CHOICES',
        'Value must be one of {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}.',
      );
      return;
    }
    characters += checkName(errors, [...at, 'name'], option.name, true);
    const description = checkString(errors, [...at, 'description'], option.description, {
      min: 1,
      max: COMMAND_LIMITS.description,
      required: true,
    });
    characters += description?.length ?? 0;
    if (typeof option.name === 'string') {
      if (names.has(option.name)) {
        errors.add(
          [...at, 'name'],
          'APPLICATION_COMMAND_OPTIONS_DUPLICATE_NAME',
          'Option names must be unique',
        );
      }
      names.add(option.name);
    }
    if (subs > 0 && subs < value.length) {
      errors.add(
        at,
        'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID',
        'Subcommands and groups cannot be mixed with other options',
      );
    }
    if (type === ApplicationCommandOptionType.SubcommandGroup) {
      if (depth > 0)
        errors.add(
          [...at, 'type'],
          'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID',
          'Groups must be at the top level',
        );
      const children = Array.isArray(option.options) ? option.options : [];
      if (
        children.length === 0 ||
        children.some((c) => !isRecord(c) || c.type !== ApplicationCommandOptionType.Subcommand)
      ) {
        errors.add(
          [...at, 'options'],
          'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID',
          'A group holds 1 to 25 subcommands',
        );
      }
      characters += checkOptions(errors, [...at, 'options'], option.options, depth + 1);
      return;
    }
    if (type === ApplicationCommandOptionType.Subcommand) {
      if (depth > 1)
        errors.add(
          [...at, 'type'],
          'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID',
          'Subcommands nest at most in one group',
        );
      if (Array.isArray(option.options) && option.options.some(isSub)) {
        errors.add(
          [...at, 'options'],
          'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID',
          'Subcommands cannot hold subcommands',
        );
      }
      characters += checkOptions(errors, [...at, 'options'], option.options, depth + 2);
      return;
    }
    if (option.required === true && optionalSeen) {
      errors.add(
        at,
        'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
        'Required options must be placed before non-required options',
      );
    }
    if (option.required !== true) optionalSeen = true;
    characters += checkValueRules(errors, at, option, type);
  });
  return characters;
}
