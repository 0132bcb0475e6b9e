import { checkString, type FieldPath, type FormErrors, isRecord } from './FormErrors.js';

export const EMBED_LIMITS = {
  embeds: 10,
  total: 6_000,
  title: 256,
  description: 4_096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1_024,
  footer: 2_048,
  author: 256,
} as const;

/** Checks `embeds` against Discord's limits; returns them with `type: 'rich'` as Discord stores them. */
export function validateEmbeds(errors: FormErrors, path: FieldPath, value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    errors.add(path, 'BASE_TYPE_ARRAY', 'Value must be an array.');
    return [];
  }
  if (value.length > EMBED_LIMITS.embeds) {
    errors.maxLength(path, EMBED_LIMITS.embeds);
    return [];
  }
  let total = 0;
  const embeds = value.map((embed, index) => {
    const at = [...path, index];
    if (!isRecord(embed)) {
      errors.add(at, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
      return embed;
    }
    total += validateEmbed(errors, at, embed);
    return { type: 'rich', ...embed };
  });
  if (total > EMBED_LIMITS.total) {
    errors.add(
      path,
      'MAX_EMBED_SIZE_EXCEEDED',
      `Embed size exceeds maximum size of ${EMBED_LIMITS.total}`,
    );
  }
  return embeds;
}

/** Validates one embed; returns the characters it counts towards the 6,000 total. */
function validateEmbed(
  errors: FormErrors,
  path: FieldPath,
  embed: Record<string, unknown>,
): number {
  let size = 0;
  const count = (text: string | undefined) => {
    size += text === undefined ? 0 : [...text].length;
  };
  count(checkString(errors, [...path, 'title'], embed.title, { max: EMBED_LIMITS.title }));
  count(
    checkString(errors, [...path, 'description'], embed.description, {
      max: EMBED_LIMITS.description,
    }),
  );
  if (embed.color !== undefined && embed.color !== null) {
    const color = embed.color;
    if (typeof color !== 'number' || !Number.isInteger(color) || color < 0 || color > 0xffffff) {
      errors.add(
        [...path, 'color'],
        'NUMBER_TYPE_MAX',
        'int value should be <= 16777215 and >= 0.',
      );
    }
  }
  if (embed.footer !== undefined) {
    const footer = isRecord(embed.footer) ? embed.footer : {};
    count(
      checkString(errors, [...path, 'footer', 'text'], footer.text, {
        max: EMBED_LIMITS.footer,
        required: true,
      }),
    );
  }
  if (embed.author !== undefined) {
    const author = isRecord(embed.author) ? embed.author : {};
    count(
      checkString(errors, [...path, 'author', 'name'], author.name, {
        max: EMBED_LIMITS.author,
        required: true,
      }),
    );
  }
  if (embed.fields !== undefined) {
    const fields = embed.fields;
    if (!Array.isArray(fields)) {
      errors.add([...path, 'fields'], 'BASE_TYPE_ARRAY', 'Value must be an array.');
    } else if (fields.length > EMBED_LIMITS.fields) {
      errors.maxLength([...path, 'fields'], EMBED_LIMITS.fields);
    } else {
      fields.forEach((field: unknown, index) => {
        const at = [...path, 'fields', index];
        const record = isRecord(field) ? field : {};
        count(
          checkString(errors, [...at, 'name'], record.name, {
            min: 1,
            max: EMBED_LIMITS.fieldName,
            required: true,
          }),
        );
        count(
          checkString(errors, [...at, 'value'], record.value, {
            min: 1,
            max: EMBED_LIMITS.fieldValue,
            required: true,
          }),
        );
      });
    }
  }
  return size;
}
