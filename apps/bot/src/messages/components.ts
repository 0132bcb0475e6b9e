import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIButtonComponentWithCustomId,
  type APIButtonComponentWithURL,
  type APIComponentInMessageActionRow,
  type APISelectMenuOption,
  type APIStringSelectComponent,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import { LIMITS } from './limits.js';
import { chunk, truncate } from './truncate.js';

export type MessageRow = APIActionRowComponent<APIComponentInMessageActionRow>;

export interface ButtonSpec {
  readonly customId: string;
  readonly label: string;
  readonly style?:
    | ButtonStyle.Primary
    | ButtonStyle.Secondary
    | ButtonStyle.Success
    | ButtonStyle.Danger;
  readonly disabled?: boolean;
  readonly emoji?: string;
}

export interface LinkButtonSpec {
  readonly url: string;
  readonly label: string;
}

/** A button with its label cut to 80 characters. */
export function button(spec: ButtonSpec): APIButtonComponentWithCustomId {
  return {
    type: ComponentType.Button,
    custom_id: spec.customId,
    label: truncate(spec.label, LIMITS.buttonLabel),
    style: spec.style ?? ButtonStyle.Secondary,
    ...(spec.disabled ? { disabled: true } : {}),
    ...(spec.emoji ? { emoji: { name: spec.emoji } } : {}),
  };
}

export function linkButton(spec: LinkButtonSpec): APIButtonComponentWithURL {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Link,
    url: spec.url,
    label: truncate(spec.label, LIMITS.buttonLabel),
  };
}

/**
 * Buttons laid out five to a row, split into pages of at most `rowsPerPage`
 * rows (5, or fewer when the message keeps rows for other components). Each
 * page fits one message.
 */
export function buttonPages(
  buttons: readonly APIButtonComponent[],
  rowsPerPage: number = LIMITS.rowsPerMessage,
): MessageRow[][] {
  const rows = Math.min(Math.max(1, rowsPerPage), LIMITS.rowsPerMessage);
  return chunk(chunk(buttons, LIMITS.buttonsPerRow).map(row), rows);
}

/** The rows for buttons that must fit one message; throws when more than 25 are given. */
export function buttonRows(buttons: readonly APIButtonComponent[]): MessageRow[] {
  const pages = buttonPages(buttons);
  if (pages.length > 1) {
    throw new RangeError(
      `${buttons.length} buttons do not fit one message (at most 25): paginate with buttonPages`,
    );
  }
  return pages[0] ?? [];
}

function row(components: APIComponentInMessageActionRow[]): MessageRow {
  return { type: ComponentType.ActionRow, components };
}

export interface SelectOptionSpec {
  readonly label: string;
  readonly value: string;
  readonly description?: string;
  readonly default?: boolean;
}

/**
 * A string select menu in its own row. Labels, descriptions and the
 * placeholder are cut to Discord's lengths; a value too long or more than 25
 * options are refused, since cutting them would change what a choice means.
 */
export function selectMenuRow(spec: {
  readonly customId: string;
  readonly placeholder?: string;
  readonly options: readonly SelectOptionSpec[];
  readonly minValues?: number;
  readonly maxValues?: number;
  readonly disabled?: boolean;
}): MessageRow {
  if (spec.options.length < 1 || spec.options.length > LIMITS.selectOptions) {
    throw new RangeError(
      `a select menu holds 1 to 25 options, not ${spec.options.length}: paginate with chunk()`,
    );
  }
  const options: APISelectMenuOption[] = spec.options.map((o) => {
    if (o.value.length > LIMITS.selectOptionText) {
      throw new RangeError(`select option value "${o.value.slice(0, 20)}…" is over 100 characters`);
    }
    return {
      label: truncate(o.label, LIMITS.selectOptionText),
      value: o.value,
      ...(o.description ? { description: truncate(o.description, LIMITS.selectOptionText) } : {}),
      ...(o.default ? { default: true } : {}),
    };
  });
  const menu: APIStringSelectComponent = {
    type: ComponentType.StringSelect,
    custom_id: spec.customId,
    options,
    ...(spec.placeholder ? { placeholder: truncate(spec.placeholder, LIMITS.placeholder) } : {}),
    ...(spec.minValues === undefined ? {} : { min_values: spec.minValues }),
    ...(spec.maxValues === undefined
      ? {}
      : { max_values: Math.min(spec.maxValues, options.length) }),
    ...(spec.disabled ? { disabled: true } : {}),
  };
  return row([menu]);
}
