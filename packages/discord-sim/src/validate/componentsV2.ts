import { ComponentType } from 'discord-api-types/v10';
import { button } from './buttonsAndSelects.js';
import { actionRow, COMPONENT_LIMITS, type Walk, withId } from './components.js';
import { checkString, type FieldPath, isRecord } from './FormErrors.js';

export const V2_TYPES = new Set<number>([
  ComponentType.Section,
  ComponentType.TextDisplay,
  ComponentType.Thumbnail,
  ComponentType.MediaGallery,
  ComponentType.File,
  ComponentType.Separator,
  ComponentType.Container,
]);

/** Components V2: layout components nest; interactive ones follow the classic rules. */
export function topLevelV2(
  walk: Walk,
  path: FieldPath,
  component: Record<string, unknown>,
): unknown {
  switch (component.type) {
    case ComponentType.ActionRow:
      return actionRow(walk, path, component);
    case ComponentType.TextDisplay:
      walk.textLength += typeof component.content === 'string' ? [...component.content].length : 0;
      checkString(walk.errors, [...path, 'content'], component.content, {
        min: 1,
        max: COMPONENT_LIMITS.v2Text,
        required: true,
      });
      return withId(walk, component);
    case ComponentType.Section: {
      const result = withId(walk, component);
      const texts = Array.isArray(component.components) ? component.components : [];
      if (texts.length < 1 || texts.length > 3)
        walk.errors.badLength([...path, 'components'], 1, 3);
      result.components = texts.map((text, index) =>
        isRecord(text) ? topLevelV2(walk, [...path, 'components', index], text) : text,
      );
      if (isRecord(component.accessory)) {
        const accessory = component.accessory;
        result.accessory =
          accessory.type === ComponentType.Button
            ? button(walk, [...path, 'accessory'], accessory)
            : withId(walk, accessory);
      }
      return result;
    }
    case ComponentType.Container: {
      const result = withId(walk, component);
      const children = Array.isArray(component.components) ? component.components : [];
      result.components = children.map((child, index) =>
        isRecord(child) ? topLevelV2(walk, [...path, 'components', index], child) : child,
      );
      return result;
    }
    case ComponentType.Thumbnail:
    case ComponentType.MediaGallery:
    case ComponentType.File:
    case ComponentType.Separator:
      return withId(walk, component);
    default:
      walk.errors.add(
        [...path, 'type'],
        'UNION_TYPE_CHOICES',
        'Value of field "type" is not a valid message component type.',
      );
      return component;
  }
}
